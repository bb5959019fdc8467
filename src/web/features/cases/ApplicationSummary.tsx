import { Heading } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import type { CaseDetail } from '../../../contracts/cases';
import { formatDate, formatG, formatKroner } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { INCOME_FIELDS, SPECIAL_NEEDS } from './application-form';

/** The application as registered: situation, needs, wishes, economy (in kroner and in G) and documentation. */
export function ApplicationSummary({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const a = t.application;
  const app = detail.application;
  const g = app.amountsInG;
  const amount = (kroner: number | null, inG: number | null) =>
    kroner === null ? t.person.notGiven : `${formatKroner(locale, kroner)}${inG !== null ? ` (${a.inG(formatG(locale, inG))})` : ''}`;
  const needs = SPECIAL_NEEDS.filter((need) => app.specialNeeds[need]).map((need) => a.specialNeedLabels[need]);
  const fact = (value: boolean | null) => (value === null ? t.labels.yesNoUnknown.unknown : value ? t.common.yes : t.common.no);
  return (
    <section aria-labelledby="case-application" className="section">
      <Heading level={2} data-size="sm" id="case-application">
        {a.summaryHeading}
      </Heading>
      <dl className="facts">
        <dt>{a.housingSituation}</dt>
        <dd>{t.labels.housingSituations[app.housingSituation]}</dd>
        <dt>{a.needCategory}</dt>
        <dd>{t.labels.needCategories[app.needCategory]}</dd>
        <dt>{a.specialNeeds}</dt>
        <dd>{needs.length > 0 ? needs.join(', ') : t.common.none}</dd>
        <dt>{a.sharedHousingOk}</dt>
        <dd>{t.labels.yesNoUnknown[app.specialNeeds.sharedHousingOk]}</dd>
        {app.specialNeeds.schoolDistrict && (
          <>
            <dt>{a.schoolDistrict}</dt>
            <dd>{app.specialNeeds.schoolDistrict}</dd>
          </>
        )}
        <dt>{a.areaWishes}</dt>
        <dd>{app.areaWishes.length > 0 ? app.areaWishes.join(', ') : t.common.none}</dd>
        {INCOME_FIELDS.map((field) => (
          <Fragment key={field}>
            <dt>{a.income[field]}</dt>
            <dd>{amount(app.income[field], g[field])}</dd>
          </Fragment>
        ))}
        <dt>{a.debt}</dt>
        <dd>
          {app.debtToMunicipality === null
            ? a.notChecked
            : app.debtToMunicipality.amount === 0
              ? a.noDebt
              : `${amount(app.debtToMunicipality.amount, g.debtToMunicipality)}${app.debtToMunicipality.repaymentPlan ? ` – ${a.repaymentPlan.toLowerCase()}` : ''}`}
        </dd>
        <dt>{a.eviction}</dt>
        <dd>{app.lastEvictionDate === undefined ? a.notChecked : app.lastEvictionDate === null ? a.neverEvicted : formatDate(locale, app.lastEvictionDate)}</dd>
        {(['documentedOwnAttempts', 'canMeetLeaseTerms', 'hasDailyCareOfChildren'] as const).map((key) => (
          <Fragment key={key}>
            <dt>{a.facts[key]}</dt>
            <dd>{fact(app.facts[key])}</dd>
          </Fragment>
        ))}
        <dt>{a.documentationLegend}</dt>
        <dd>
          {app.documentation.length === 0 ? (
            t.common.none
          ) : (
            <ul className="compact-list">
              {app.documentation.map((doc) => (
                <li key={doc.item}>
                  {t.labels.documentationItems[doc.item] ?? doc.item}: {t.labels.documentStatuses[doc.status]}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {g.grunnbelop !== null && <p className="table-note">{a.gNote(formatKroner(locale, g.grunnbelop), formatDate(locale, g.date))}</p>}
    </section>
  );
}
