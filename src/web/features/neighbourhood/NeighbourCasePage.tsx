import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { NeighbourCase } from '../../../contracts/neighbourhood';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { AddPartyForm, AgreementForm, CloseCaseForm, MeetingForm } from './CaseForms';
import { getCase } from './neighbourhood.api';
import { STATUS_COLOR } from './neighbourhood-format';

/** /bomiljo/saker/:id: a neighbour case — facts, parties, meetings and agreements — with the forms its status allows. */
export function NeighbourCasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const nc = useResource(`neighbour-case:${id}`, (signal) => getCase(id, signal));
  if (nc.status !== 'ready') {
    return (
      <Page title={t.neighbourCase.factsHeading}>
        <Paragraph>
          <AppLink href={paths.neighbourhood}>{t.neighbourCase.back}</AppLink>
        </Paragraph>
        <ResourceView resource={nc}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <CaseView nc={nc.data} onChanged={nc.replace} />;
}

function CaseView({ nc, onChanged }: { nc: NeighbourCase; onChanged: (next: NeighbourCase) => void }) {
  const { t } = useI18n();
  const c = t.neighbourCase;
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const saved = (next: NeighbourCase, message: string) => {
    onChanged(next);
    setNotice(message);
  };
  const allows = (action: NeighbourCase['allowedActions'][number]) => nc.allowedActions.includes(action);
  return (
    <Page title={c.title(nc.building.label)}>
      <Paragraph>
        <AppLink href={paths.neighbourhood}>{c.back}</AppLink>
      </Paragraph>
      {notice && (
        <Alert data-color="success" ref={noticeRef} tabIndex={-1} className="block-gap">
          {notice}
        </Alert>
      )}
      <Facts nc={nc} />
      <Parties nc={nc} />
      <Events nc={nc} />
      {nc.status === 'closed' ? (
        <Paragraph className="section">{c.closedNotice}</Paragraph>
      ) : (
        <section aria-labelledby="case-actions" className="section">
          <Heading level={2} data-size="sm" id="case-actions">
            {c.actionsHeading}
          </Heading>
          {allows('add_party') && <AddPartyForm nc={nc} onSaved={saved} />}
          {allows('record_meeting') && <MeetingForm nc={nc} onSaved={saved} />}
          {allows('record_agreement') ? <AgreementForm nc={nc} onSaved={saved} /> : <Paragraph data-size="sm">{c.agreementNeedsMeeting}</Paragraph>}
          {allows('close') && <CloseCaseForm nc={nc} onSaved={saved} />}
        </section>
      )}
    </Page>
  );
}

function Facts({ nc }: { nc: NeighbourCase }) {
  const { t, locale } = useI18n();
  const c = t.neighbourCase;
  const n = t.neighbourhood;
  const date = (value: string) => <time dateTime={value}>{formatDate(locale, value)}</time>;
  return (
    <section aria-labelledby="case-facts" className="section section--first">
      <Heading level={2} data-size="sm" id="case-facts">
        {c.factsHeading}
      </Heading>
      <dl className="facts">
        <dt>{c.kindLabel}</dt>
        <dd>{n.kinds[nc.kind]}</dd>
        <dt>{c.building}</dt>
        <dd>
          <AppLink href={paths.building(nc.building.slug)}>{nc.building.label}</AppLink>
        </dd>
        <dt>{c.status}</dt>
        <dd data-testid="case-status">
          <Tag data-size="sm" data-color={STATUS_COLOR[nc.status]}>
            {n.statuses[nc.status]}
          </Tag>
        </dd>
        <dt>{c.reportedOn}</dt>
        <dd>{date(nc.reportedOn)}</dd>
        <dt>{c.responsible}</dt>
        <dd>{nc.responsibleWorker.name}</dd>
        <dt>{c.description}</dt>
        <dd className="pre-line">{nc.description}</dd>
        {nc.closedOn && (
          <>
            <dt>{c.closedOn}</dt>
            <dd>{date(nc.closedOn)}</dd>
          </>
        )}
        {nc.outcome && (
          <>
            <dt>{c.outcome}</dt>
            <dd data-testid="case-outcome">{c.outcomes[nc.outcome]}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Parties({ nc }: { nc: NeighbourCase }) {
  const c = useI18n().t.neighbourCase;
  return (
    <section aria-labelledby="case-parties" className="section">
      <Heading level={2} data-size="sm" id="case-parties">
        {c.partiesHeading}
      </Heading>
      {nc.partyList.length === 0 ? (
        <Paragraph>{c.noParties}</Paragraph>
      ) : (
        <ul className="compact-list" data-testid="case-parties">
          {nc.partyList.map((p) => (
            <li key={p.id}>
              <strong>{p.nameHidden ? c.nameHidden : p.label}</strong> – {c.partyRoles[p.role]}
              <span className="secondary-line">{p.known ? c.known : c.labelOnly}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Events({ nc }: { nc: NeighbourCase }) {
  const { t, locale } = useI18n();
  const c = t.neighbourCase;
  return (
    <section aria-labelledby="case-events" className="section">
      <Heading level={2} data-size="sm" id="case-events">
        {c.eventsHeading}
      </Heading>
      {nc.events.length === 0 ? (
        <Paragraph>{c.noEvents}</Paragraph>
      ) : (
        <ol className="timeline">
          {nc.events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.heldOn} className="timeline__time">
                {formatDate(locale, e.heldOn)}
              </time>
              <span className="timeline__event">{c.eventKinds[e.kind]}</span>
              {e.summary && <span className="secondary-line pre-line">{e.summary}</span>}
              {e.agreementText && (
                <span className="secondary-line pre-line">
                  {c.agreementText}: «{e.agreementText}»
                </span>
              )}
              <span className="secondary-line">{c.recordedBy(e.recordedBy.name)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
