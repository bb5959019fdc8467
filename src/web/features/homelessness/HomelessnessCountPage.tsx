import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { CountFiguresText } from '../../../contracts/homelessness';
import { HOMELESS_CATEGORIES } from '../../../domain/homelessness/categories';
import { AGE_BANDS, DURATION_BANDS, GENDERS } from '../../../domain/homelessness/count';
import { formatDate, formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { getCount, submitCount, type HomelessnessCount } from './homelessness.api';

const parseInt10 = (text: string | null, digits: number): number | undefined => (text && new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : undefined);

/**
 * The homelessness count helper: a week (week 48 of this year by default), the figures the national
 * count's form asks for, the households (caseworker, NAV adviser) with links to their cases, and the
 * one-time submission. The manager sees the figures only, with «<5».
 */
export function HomelessnessCountPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const year = parseInt10(query.get('ar'), 4);
  const week = parseInt10(query.get('uke'), 2);
  const count = useResource(`homeless:${year ?? ''}:${week ?? ''}`, (signal) => getCount(year, week, signal));
  return (
    <Page title={t.homelessness.title}>
      <Paragraph className="lead">{t.homelessness.intro}</Paragraph>
      <Paragraph data-size="sm">{t.homelessness.rule}</Paragraph>
      <ResourceView resource={count}>{(data) => <CountView count={data} onChanged={count.replace} />}</ResourceView>
    </Page>
  );
}

function WeekPicker({ year, week }: { year: number; week: number }) {
  const h = useI18n().t.homelessness;
  const [y, setY] = useState(String(year));
  const [w, setW] = useState(String(week));
  const current = year;
  const years = [current + 1, current, current - 1, current - 2, current - 3, current - 4];
  return (
    <form
      className="filter-form"
      aria-labelledby="hl-picker"
      onSubmit={(event) => {
        event.preventDefault();
        const weekNumber = parseInt10(w.trim(), 2) ?? 48;
        navigate(`${paths.homelessnessCount}?ar=${y}&uke=${Math.min(53, Math.max(1, weekNumber))}`);
      }}
    >
      <Heading level={2} data-size="xs" id="hl-picker">
        {h.pickerHeading}
      </Heading>
      <div className="search-row">
        <SelectField id="hl-year" label={h.year} value={y} onChange={setY} options={years.map((n) => ({ value: String(n), label: String(n) }))} />
        <Textfield id="hl-week" label={h.week} inputMode="numeric" autoComplete="off" value={w} onChange={(e) => setW(e.target.value)} />
        <Button type="submit" variant="secondary">
          {h.show}
        </Button>
      </div>
    </form>
  );
}

function CountView({ count: c, onChanged }: { count: HomelessnessCount; onChanged: (c: HomelessnessCount) => void }) {
  const { t, locale } = useI18n();
  const h = t.homelessness;
  return (
    <>
      <WeekPicker year={c.year} week={c.week} />
      <Heading level={2} data-size="sm">
        {h.weekSpan(c.week, formatDate(locale, c.from), formatDate(locale, c.to))}
      </Heading>
      {c.suppressed && (
        <Alert data-color="info" className="block-gap">
          <Paragraph>{h.suppressed}</Paragraph>
        </Alert>
      )}
      <Figures figures={c.figures} prefix="hl-now" />
      {c.households !== null && <HouseholdList count={c} />}
      <SubmitSection count={c} onChanged={onChanged} />
    </>
  );
}

function Figures({ figures: f, prefix }: { figures: CountFiguresText; prefix: string }) {
  const { t } = useI18n();
  const h = t.homelessness;
  return (
    <>
      <dl className="key-figures" data-testid={`${prefix}-totals`}>
        {(
          [
            [h.households, f.households],
            [h.persons, f.persons],
            [h.children, f.children],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="key-figures__item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <CategoryTable figures={f} />
      <SimpleTable caption={h.ageCaption} head={h.age} rows={AGE_BANDS.map((k) => [h.ageBands[k], f.ageBands[k]])} />
      <SimpleTable caption={h.genderCaption} head={h.gender} rows={GENDERS.map((k) => [h.genders[k], f.gender[k]])} />
      <SimpleTable caption={h.durationCaption} head={h.duration} rows={DURATION_BANDS.map((k) => [h.durations[k], f.duration[k]])} />
    </>
  );
}

function CategoryTable({ figures: f }: { figures: CountFiguresText }) {
  const h = useI18n().t.homelessness;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table className="data-table block-gap" data-size="sm">
        <caption id={captionId}>{h.categoriesCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{h.category}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {h.households}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {h.persons}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {h.children}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {HOMELESS_CATEGORIES.map((k, i) => (
            <Table.Row key={k}>
              <Table.HeaderCell scope="row">{`${i + 1}. ${h.categories[k]}`}</Table.HeaderCell>
              <Table.Cell className="numeric">{f.byCategory[k].households}</Table.Cell>
              <Table.Cell className="numeric">{f.byCategory[k].persons}</Table.Cell>
              <Table.Cell className="numeric">{f.byCategory[k].children}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function SimpleTable({ caption, head, rows }: { caption: string; head: string; rows: Array<[string, string]> }) {
  const h = useI18n().t.homelessness;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table className="data-table block-gap" data-size="sm">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{head}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {h.count}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(([label, value]) => (
            <Table.Row key={label}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              <Table.Cell className="numeric">{value}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function HouseholdList({ count: c }: { count: HomelessnessCount }) {
  const { t, locale } = useI18n();
  const h = t.homelessness;
  const captionId = useId();
  const list = c.households ?? [];
  return (
    <section aria-labelledby="hl-list" className="section">
      <Heading level={2} data-size="sm" id="hl-list">
        {h.listHeading}
      </Heading>
      {c.hiddenHouseholds > 0 && <Paragraph>{h.hiddenHouseholds(c.hiddenHouseholds)}</Paragraph>}
      {list.length === 0 ? (
        <Paragraph>{h.listNone}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table className="data-table" data-size="sm">
            <caption id={captionId}>{h.listCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{h.household}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{h.caseNumber}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{h.category}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{h.since}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {h.persons}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.map((row) => (
                <Table.Row key={row.householdId}>
                  <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                  <Table.Cell>{row.caseId && row.caseNumber ? <AppLink href={paths.case(row.caseId)}>{row.caseNumber}</AppLink> : h.noCase}</Table.Cell>
                  <Table.Cell>{h.categories[row.category]}</Table.Cell>
                  <Table.Cell>{formatDate(locale, row.since)}</Table.Cell>
                  <Table.Cell className="numeric">{row.persons}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function SubmitSection({ count: c, onChanged }: { count: HomelessnessCount; onChanged: (c: HomelessnessCount) => void }) {
  const { t, locale } = useI18n();
  const h = t.homelessness;
  if (c.submitted) {
    return (
      <section aria-labelledby="hl-submitted" className="section">
        <Heading level={2} data-size="sm" id="hl-submitted">
          {h.submittedHeading}
        </Heading>
        <Paragraph role="status">{h.submittedText(formatDateTime(locale, c.submitted.submittedAt), c.submitted.submittedByName)}</Paragraph>
        <Heading level={3} data-size="xs">
          {h.submittedFigures}
        </Heading>
        <Figures figures={c.submitted.figures} prefix="hl-submitted" />
      </section>
    );
  }
  if (c.households === null) return null;
  return (
    <section aria-labelledby="hl-submit" className="section">
      <Heading level={2} data-size="sm" id="hl-submit">
        {h.submitHeading}
      </Heading>
      <Paragraph>{h.submitIntro}</Paragraph>
      {c.canSubmit ? (
        <ConfirmAction
          label={h.submit}
          question={h.submitQuestion(c.week, c.year)}
          confirmLabel={h.confirmSubmit}
          onConfirm={async () => {
            const submitted = await submitCount(c.year, c.week);
            onChanged({ ...submitted, households: c.households });
          }}
        />
      ) : (
        <Paragraph>{h.notStarted}</Paragraph>
      )}
    </section>
  );
}
