import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { ShownCount } from '../../../contracts/housing-first';
import { findFidelityScale } from '../../../domain/followup/fidelity-scale';
import { HOUSING_FIRST_EXIT_REASONS } from '../../../domain/followup/housing-first';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { getProgramme, listParticipants, setTarget, type FidelityAssessmentDto, type Programme } from './housing-first.api';
import { ScoreBars } from './ScoreBars';

const parseYear = (text: string | null): number | undefined => (text && /^\d{4}$/.test(text) ? Number(text) : undefined);

/**
 * The Housing First programme (followup, caseworker; the manager in aggregate): the year's figures
 * against the target, retention at 6 and 12 months, the fidelity history with domain scores, and —
 * for those who manage it — the participants. The manager's counts from 1 to 4 come as «<5».
 */
export function HousingFirstPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const year = parseYear(query.get('ar'));
  const programme = useResource(`hf-programme:${year ?? ''}`, (signal) => getProgramme(year, signal));
  return (
    <Page title={t.housingFirst.title}>
      <Paragraph className="lead">{t.housingFirst.intro}</Paragraph>
      <ResourceView resource={programme}>{(data) => <ProgrammeView programme={data} onChanged={() => void programme.refresh()} />}</ResourceView>
    </Page>
  );
}

function ProgrammeView({ programme: p, onChanged }: { programme: Programme; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const h = t.housingFirst;
  return (
    <>
      {p.canManage && (
        <div className="page-actions">
          <ButtonLink href={paths.housingFirstEnrol}>{h.enrolLink}</ButtonLink>
          <ButtonLink href={paths.housingFirstFidelity} variant="secondary">
            {h.fidelityLink}
          </ButtonLink>
        </div>
      )}
      <YearPicker year={p.year} today={p.today} />
      <Paragraph data-size="sm">{h.asOf(formatDate(locale, p.asOf))}</Paragraph>
      {p.suppressed && (
        <Alert data-color="info" className="block-gap">
          <Paragraph>{h.aggregatesOnly}</Paragraph>
        </Alert>
      )}
      <TargetSection programme={p} onChanged={onChanged} />
      <FiguresSection programme={p} />
      <RetentionSection programme={p} />
      <FidelitySection assessments={p.fidelity} canManage={p.canManage} />
      {p.canManage && <ParticipantsSection />}
    </>
  );
}

/** A year to show: a small form, so nothing changes before the user asks (WCAG 3.2.2). */
function YearPicker({ year, today }: { year: number; today: string }) {
  const h = useI18n().t.housingFirst;
  const current = Number(today.slice(0, 4));
  const [value, setValue] = useState(String(year));
  const years = [current + 1, current, current - 1, current - 2, current - 3];
  return (
    <form
      className="filter-form"
      aria-labelledby="hf-year-heading"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(paths.housingFirstYear(Number(value)));
      }}
    >
      <Heading level={2} data-size="xs" id="hf-year-heading">
        {h.yearHeading}
      </Heading>
      <div className="search-row">
        <SelectField id="hf-year" label={h.year} value={value} onChange={setValue} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <Button type="submit" variant="secondary">
          {h.showYear}
        </Button>
      </div>
    </form>
  );
}

const countText = (c: ShownCount, locale: readonly string[]) => (c.value === null ? c.shown : formatNumber(locale, c.value));

function TargetSection({ programme: p, onChanged }: { programme: Programme; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const h = t.housingFirst;
  const actual = p.figures.inProgramme;
  return (
    <section aria-labelledby="hf-target" className="section">
      <Heading level={2} data-size="sm" id="hf-target">
        {h.targetHeading(p.year)}
      </Heading>
      {p.target === null ? (
        <Paragraph>{h.noTarget}</Paragraph>
      ) : (
        <>
          <Paragraph>{h.targetLine(countText(actual, locale), formatNumber(locale, p.target))}</Paragraph>
          {actual.value !== null && (
            <ScoreBars labelledBy="hf-target" bars={[{ key: 'target', label: h.inProgramme, value: actual.value, max: p.target, text: h.ofTarget(formatNumber(locale, actual.value), formatNumber(locale, p.target)) }]} />
          )}
        </>
      )}
      <Paragraph data-size="sm">{h.targetDefinition}</Paragraph>
      {p.canManage && <TargetForm year={p.year} current={p.target} onSaved={onChanged} />}
    </section>
  );
}

type TargetField = 'participants';

function TargetForm({ year, current, onSaved }: { year: number; current: number | null; onSaved: () => void }) {
  const { t } = useI18n();
  const h = t.housingFirst;
  const ids: Record<TargetField, string> = { participants: 'hf-target-participants' };
  const [value, setValue] = useState(current === null ? '' : String(current));
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<TargetField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<TargetField> = {};
    const text = value.trim();
    if (!text) invalid.participants = t.form.required(h.targetLabel);
    else if (!/^\d{1,5}$/.test(text)) invalid.participants = t.form.wholeNumber(h.targetLabel);
    const ok = await form.submit(ids, invalid, async () => {
      await setTarget(year, Number(text));
    });
    if (ok) {
      setSaved(true);
      onSaved();
    }
  }
  return (
    <form className="form block-gap" aria-labelledby="hf-target-form" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="hf-target-form">
        {h.targetFormHeading(year)}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <div className="narrow">
        <Textfield id={ids.participants} label={h.targetLabel} inputMode="numeric" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} error={form.fieldErrors.participants} />
      </div>
      <FormActions label={h.saveTarget} submitting={form.submitting}>
        {saved && <span role="status">{h.targetSaved}</span>}
      </FormActions>
    </form>
  );
}

function FiguresSection({ programme: p }: { programme: Programme }) {
  const { t, locale } = useI18n();
  const h = t.housingFirst;
  const f = p.figures;
  const captionId = useId();
  const items: Array<[string, ShownCount]> = [
    [h.enrolled, f.enrolled],
    [h.housed, f.housed],
    [h.active, f.active],
    [h.waiting, f.waiting],
    [h.housedNow, f.housedNow],
    [h.exited, f.exited],
  ];
  return (
    <section aria-labelledby="hf-figures" className="section">
      <Heading level={2} data-size="sm" id="hf-figures">
        {h.figuresHeading(p.year)}
      </Heading>
      <dl className="key-figures" data-testid="hf-figures">
        {items.map(([label, count]) => (
          <div key={label} className="key-figures__item">
            <dt>{label}</dt>
            <dd>{countText(count, locale)}</dd>
          </div>
        ))}
      </dl>
      <TableScroll captionId={captionId}>
        <Table className="data-table block-gap" data-size="sm">
          <caption id={captionId}>{h.exitsCaption(p.year)}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{h.exitReason}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {h.count}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {HOUSING_FIRST_EXIT_REASONS.map((reason) => (
              <Table.Row key={reason}>
                <Table.HeaderCell scope="row">{h.exitReasons[reason]}</Table.HeaderCell>
                <Table.Cell className="numeric">{countText(f.exitsByReason[reason], locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

function RetentionSection({ programme: p }: { programme: Programme }) {
  const { t, locale } = useI18n();
  const h = t.housingFirst;
  const captionId = useId();
  const percent = (rate: number | null) => (rate === null ? '–' : `${formatNumber(locale, Math.round(rate * 100))} %`);
  return (
    <section aria-labelledby="hf-retention" className="section">
      <Heading level={2} data-size="sm" id="hf-retention">
        {h.retentionHeading}
      </Heading>
      <TableScroll captionId={captionId}>
        <Table className="data-table" data-size="sm" data-testid="hf-retention">
          <caption id={captionId}>{h.retentionCaption(formatDate(locale, p.asOf))}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{h.retentionAfter}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {h.cohort}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {h.retained}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {h.share}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {p.retention.map((r) => (
              <Table.Row key={r.months}>
                <Table.HeaderCell scope="row">{h.months(r.months)}</Table.HeaderCell>
                <Table.Cell className="numeric">{countText(r.cohort, locale)}</Table.Cell>
                <Table.Cell className="numeric">{countText(r.retained, locale)}</Table.Cell>
                <Table.Cell className="numeric">{percent(r.rate)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Paragraph data-size="sm" className="block-gap">
        {h.retentionDefinition}
      </Paragraph>
    </section>
  );
}

function FidelitySection({ assessments, canManage }: { assessments: readonly FidelityAssessmentDto[]; canManage: boolean }) {
  const { t, language, locale } = useI18n();
  const h = t.housingFirst;
  const captionId = useId();
  const latest = assessments.at(-1);
  const scale = latest ? findFidelityScale(latest.scaleVersion) : undefined;
  const score = (n: number) => formatNumber(locale, n);
  const signed = (n: number) => (n > 0 ? `+${score(n)}` : n < 0 ? `−${score(Math.abs(n))}` : '0');
  const domainName = (id: string) => scale?.domains.find((d) => d.id === id)?.name[language] ?? id;
  return (
    <section aria-labelledby="hf-fidelity" className="section">
      <Heading level={2} data-size="sm" id="hf-fidelity">
        {h.fidelityHeading}
      </Heading>
      <Paragraph data-size="sm">{h.fidelityIntro}</Paragraph>
      {!latest || !scale ? (
        <Paragraph>{h.noFidelity}</Paragraph>
      ) : (
        <>
          <Heading level={3} data-size="xs" id="hf-fidelity-latest" className="block-gap">
            {h.latestAssessment(formatDate(locale, latest.assessedOn))}
          </Heading>
          <Paragraph>
            {h.total(score(latest.total))} <Tag data-color={latest.band === 'high' ? 'success' : latest.band === 'low' ? 'danger' : 'warning'}>{h.bands[latest.band]}</Tag>
          </Paragraph>
          <ScoreBars
            labelledBy="hf-fidelity-latest"
            bars={latest.domains.map((d) => ({ key: d.id, label: domainName(d.id), value: d.score, max: scale.max, text: h.scoreOf(score(d.score), score(scale.max)) }))}
          />
          <TableScroll captionId={captionId}>
            <Table className="data-table data-table--wide block-gap" data-size="sm" data-testid="hf-fidelity-history">
              <caption id={captionId}>{h.historyCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{h.assessedOn}</Table.HeaderCell>
                  {latest.domains.map((d) => (
                    <Table.HeaderCell key={d.id} scope="col" className="numeric">
                      {domainName(d.id)}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell scope="col" className="numeric">
                    {h.totalColumn}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {h.change}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {[...assessments].reverse().map((a) => (
                  <Table.Row key={a.id}>
                    <Table.HeaderCell scope="row" className="nowrap">
                      {formatDate(locale, a.assessedOn)}
                    </Table.HeaderCell>
                    {latest.domains.map((d) => {
                      const s = a.domains.find((x) => x.id === d.id);
                      const c = a.change?.domains[d.id];
                      return (
                        <Table.Cell key={d.id} className="numeric nowrap">
                          {s ? score(s.score) : '–'}
                          {c !== undefined && c !== 0 && <span className="secondary-line">{signed(c)}</span>}
                        </Table.Cell>
                      );
                    })}
                    <Table.Cell className="numeric nowrap">{score(a.total)}</Table.Cell>
                    <Table.Cell className="numeric nowrap">{a.change ? signed(a.change.total) : '–'}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          {canManage && latest.note && <Paragraph data-size="sm">{h.latestNote(latest.note)}</Paragraph>}
        </>
      )}
      <Paragraph data-size="sm">{h.scaleNote}</Paragraph>
    </section>
  );
}

function ParticipantsSection() {
  const { t, locale } = useI18n();
  const h = t.housingFirst;
  const { query } = useLocation();
  const all = query.get('deltakere') === 'alle';
  const list = useResource(`hf-participants:${all}`, (signal) => listParticipants(all ? 'all' : 'active', signal));
  const captionId = useId();
  const year = query.get('ar');
  const toggle = `${paths.housingFirst}?${new URLSearchParams({ ...(year ? { ar: year } : {}), ...(all ? {} : { deltakere: 'alle' }) }).toString()}`.replace(/\?$/, '');
  return (
    <section aria-labelledby="hf-participants" className="section">
      <Heading level={2} data-size="sm" id="hf-participants">
        {h.participantsHeading}
      </Heading>
      <Paragraph>
        <AppLink href={toggle}>{all ? h.showActive : h.showAll}</AppLink>
      </Paragraph>
      <ResourceView resource={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{h.noParticipants}</Paragraph>
          ) : (
            <TableScroll captionId={captionId}>
              <Table zebra className="data-table data-table--wide" data-size="sm" data-testid="hf-participants">
                <caption id={captionId}>{all ? h.allCaption : h.activeCaption}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{h.name}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{h.status}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{h.enrolledOn}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{h.housedOn}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {h.daysToHousing}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col">{h.team}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.items.map((p) => (
                    <Table.Row key={p.id}>
                      <Table.HeaderCell scope="row">
                        <AppLink href={paths.housingFirstParticipant(p.id)}>{p.name}</AppLink>
                      </Table.HeaderCell>
                      <Table.Cell>
                        <Tag data-color={p.status === 'housed' ? 'success' : p.status === 'waiting' ? 'warning' : 'neutral'}>{h.statuses[p.status]}</Tag>
                      </Table.Cell>
                      <Table.Cell className="nowrap">{formatDate(locale, p.enrolledOn)}</Table.Cell>
                      <Table.Cell className="nowrap">{p.housedOn ? formatDate(locale, p.housedOn) : '–'}</Table.Cell>
                      <Table.Cell className="numeric">{p.daysToHousing === null ? '–' : formatNumber(locale, p.daysToHousing)}</Table.Cell>
                      <Table.Cell>{p.team}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )
        }
      </ResourceView>
    </section>
  );
}
