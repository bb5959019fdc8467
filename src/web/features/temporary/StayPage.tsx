import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Fragment, useEffect, useRef, useState } from 'react';
import type { Stay } from '../../../contracts/temporary';
import { canHandleCase } from '../../../domain/access/person-access';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { EditStayForm, EndStaySection } from './StayForms';
import { getStay } from './temporary.api';
import { itemList, STAY_FLAGS } from './temporary-format';

/** One stay: where, how long (on its continuous chain), KOSTRA's flags, the place's quality, agreements and cases; NAV changes and ends it. */
export function StayPage({ id }: { id: string }) {
  const t = useI18n().t;
  const stay = useResource(`stay:${id}`, (signal) => getStay(id, signal));
  if (stay.status !== 'ready') {
    return (
      <Page title={t.tempStay.summaryHeading}>
        <Paragraph>
          <AppLink href={paths.temporary}>{t.tempStay.backToStays}</AppLink>
        </Paragraph>
        <ResourceView resource={stay}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <StayView stay={stay.data} onChanged={stay.replace} />;
}

function StayView({ stay, onChanged }: { stay: Stay; onChanged: (stay: Stay) => void }) {
  const { t } = useI18n();
  const s = t.tempStay;
  const { role } = useCurrentSession();
  const handles = canHandleCase(role, 'temporary_accommodation');
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const changed = (message: string) => (next: Stay) => {
    onChanged(next);
    setNotice(message);
  };
  const title = s.pageTitle(stay.household.headName);
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink href={paths.temporary}>{s.backToStays}</AppLink>
      </Paragraph>
      {notice && (
        <Alert data-color="success" ref={noticeRef} tabIndex={-1} className="block-gap">
          {notice}
        </Alert>
      )}
      <SummarySection stay={stay} />
      <FlagsSection stay={stay} />
      <QualitySection stay={stay} />
      <FollowUpSection stay={stay} />
      {handles && (
        <>
          <section aria-labelledby="stay-edit" className="section">
            <Heading level={2} data-size="sm" id="stay-edit">
              {s.editHeading}
            </Heading>
            <EditStayForm stay={stay} onSaved={changed(s.saved)} />
          </section>
          <EndStaySection stay={stay} onEnded={(next) => changed(next.endDate ? s.endedOn(next.endDate) : s.reopened)(next)} />
        </>
      )}
    </Page>
  );
}

function SummarySection({ stay }: { stay: Stay }) {
  const { t, locale } = useI18n();
  const s = t.tempStay;
  const date = (value: string) => <time dateTime={value}>{formatDate(locale, value)}</time>;
  return (
    <section aria-labelledby="stay-summary" className="section section--first">
      <Heading level={2} data-size="sm" id="stay-summary">
        {s.summaryHeading}
      </Heading>
      <dl className="facts">
        <dt>{s.household}</dt>
        <dd>{stay.household.headName}</dd>
        <dt>{s.where}</dt>
        <dd>
          {stay.locationProtected || !stay.provider ? (
            s.protected
          ) : (
            <>
              <AppLink href={paths.temporaryProvider(stay.provider.id)}>{stay.provider.name}</AppLink>
              <span className="secondary-line">{stay.place ? stay.place.label : s.noPlace}</span>
            </>
          )}
        </dd>
        <dt>{s.startDate}</dt>
        <dd>{date(stay.startDate)}</dd>
        <dt>{s.status}</dt>
        <dd data-testid="stay-status">
          {stay.open ? s.open : s.ended}
          {stay.endDate && <span className="secondary-line">{s.endedOn(formatDate(locale, stay.endDate))}</span>}
        </dd>
        <dt>{s.days}</dt>
        <dd data-testid="stay-days">{formatNumber(locale, stay.days)}</dd>
        <dt>{s.continuous}</dt>
        <dd>{s.continuousSince(stay.continuousDays, formatDate(locale, stay.continuousSince))}</dd>
        <dt>{s.threeMonthsOn}</dt>
        <dd>{date(stay.threeMonthsOn)}</dd>
      </dl>
    </section>
  );
}

function FlagsSection({ stay }: { stay: Stay }) {
  const { t } = useI18n();
  const s = t.tempStay;
  return (
    <section aria-labelledby="stay-flags" className="section">
      <Heading level={2} data-size="sm" id="stay-flags">
        {s.flagsHeading}
      </Heading>
      <Paragraph data-size="sm" className="block-gap">
        {s.flagsHint}
      </Paragraph>
      <dl className="facts">
        {STAY_FLAGS.map(([flag, color]) => (
          <Fragment key={flag}>
            <dt>{t.temporary[flag]}</dt>
            <dd data-testid={`flag-${flag}`}>
              {stay.flags[flag] ? (
                <Tag data-size="sm" data-color={color}>
                  {t.common.yes}
                </Tag>
              ) : (
                t.common.no
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

function QualitySection({ stay }: { stay: Stay }) {
  const { t } = useI18n();
  const s = t.tempStay;
  const q = stay.quality;
  return (
    <section aria-labelledby="stay-quality" className="section">
      <Heading level={2} data-size="sm" id="stay-quality">
        {s.qualityHeading}
      </Heading>
      {!q ? (
        <Paragraph>{s.qualityUnknown}</Paragraph>
      ) : q.complete ? (
        <Paragraph>{s.qualityComplete}</Paragraph>
      ) : q.meetsRequirement ? (
        <Paragraph>{s.qualityMeets(itemList(q.missing, t))}</Paragraph>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{s.qualityShort(itemList(q.missingRequired, t))}</Paragraph>
        </Alert>
      )}
    </section>
  );
}

function FollowUpSection({ stay }: { stay: Stay }) {
  const { t, locale } = useI18n();
  const s = t.tempStay;
  const caseLink = (c: Stay['case']) => (c ? <AppLink href={paths.case(c.id)}>{c.caseNumber}</AppLink> : s.none);
  return (
    <section aria-labelledby="stay-follow-up" className="section">
      <Heading level={2} data-size="sm" id="stay-follow-up">
        {s.followUpHeading}
      </Heading>
      <dl className="facts">
        <dt>{s.children}</dt>
        <dd data-testid="stay-children">{stay.childrenPresent ? t.common.yes : t.common.no}</dd>
        <dt>{s.cooperation}</dt>
        <dd data-testid="stay-cooperation">{stay.cooperationAgreementSignedOn ? s.signedOn(formatDate(locale, stay.cooperationAgreementSignedOn)) : s.notSigned}</dd>
        <dt>{s.cleaning}</dt>
        <dd data-testid="stay-cleaning">{stay.cleaningOffered ? t.common.yes : t.common.no}</dd>
        <dt>{s.temporaryCase}</dt>
        <dd>{caseLink(stay.case)}</dd>
        <dt>{s.linkedHousingCase}</dt>
        <dd>{caseLink(stay.housingCase)}</dd>
        <dt>{s.permanentCase}</dt>
        <dd>{stay.permanentHousingCase ? caseLink(stay.permanentHousingCase) : s.noPermanentCase}</dd>
      </dl>
    </section>
  );
}
