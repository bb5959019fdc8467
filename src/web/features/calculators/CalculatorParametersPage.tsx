import { Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { CalculatorParameterDto, CalculatorParameterList } from '../../../contracts/calculators';
import { api } from '../../app/api';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from '../temporary/temporary-format';
import { parseDecimal } from './calculators.api';

type Spec = CalculatorParameterDto['fields'][number];

const getParameters = (signal?: AbortSignal) => api.get<CalculatorParameterList>('/api/calculators/parameters', signal);
const addParameter = (body: { key: string; validFrom: string; value: unknown; source: string }) => api.post<CalculatorParameterList>('/api/calculators/parameters', body);

/** The element id of a value field; the API's path is `value` for a single number, `value.<name>` otherwise. */
const fieldPath = (f: Spec) => (f.name === '' ? 'value' : `value.${f.name}`);
const fieldId = (f: Spec) => `cp-field-${f.name === '' ? 'value' : f.name}`;

/**
 * The calculators' parameters (under the admin's rules): the value each calculation uses today
 * with its date and source, and — for the municipality admin — a form to add the municipality's
 * own value from a date, checked per parameter by the server.
 */
export function CalculatorParametersPage() {
  const { t } = useI18n();
  const p = t.calculatorParameters;
  const list = useResource('calculator-parameters', getParameters);
  return (
    <Page title={p.title}>
      <Paragraph className="lead">{p.intro}</Paragraph>
      <Paragraph>
        <AppLink href={paths.calculators}>{p.toCalculators}</AppLink>
      </Paragraph>
      <ResourceView resource={list}>{(data) => <Parameters list={data} onAdded={list.replace} />}</ResourceView>
    </Page>
  );
}

function useValueText() {
  const { t, locale } = useI18n();
  const c = t.calculators;
  const p = t.calculatorParameters;
  const one = (f: Spec, value: unknown): string => {
    if (f.kind === 'choice') return typeof value === 'string' ? (p.choices[value as keyof typeof p.choices] ?? value) : '–';
    if (typeof value !== 'number') return '–';
    if (f.unit === 'persons') return p.persons(formatNumber(locale, value));
    const unit = f.unit as keyof typeof c.units;
    const text = unit.startsWith('kr') ? formatKroner(locale, value) : formatNumber(locale, value);
    return c.units[unit] ? c.units[unit](text) : text;
  };
  return (item: Pick<CalculatorParameterDto, 'shape' | 'fields' | 'key'>, value: unknown): string => {
    if (item.shape === 'number') return one(item.fields[0]!, value);
    const record = (value ?? {}) as Record<string, unknown>;
    return item.fields.map((f) => `${p.fieldLabel(item.key, f.name)}: ${one(f, record[f.name])}`).join('; ');
  };
}

function Parameters({ list, onAdded }: { list: CalculatorParameterList; onAdded: (list: CalculatorParameterList) => void }) {
  const { t, locale } = useI18n();
  const p = t.calculatorParameters;
  const c = t.calculators;
  return (
    <>
      <Paragraph data-size="sm">{p.inForceOn(formatDate(locale, list.today))}</Paragraph>
      {(['startlan', 'bostotte'] as const).map((calculator) => (
        <ParameterTable key={calculator} calculator={calculator} items={list.items.filter((i) => i.calculator === calculator)} />
      ))}
      <OwnValues items={list.items} />
      {list.canEdit ? <AddForm items={list.items} onAdded={onAdded} /> : <Paragraph>{p.onlyAdmin}</Paragraph>}
      <Paragraph data-size="sm" className="block-gap">
        {p.tagsNote(c.tags.M)}
      </Paragraph>
    </>
  );
}

function ParameterTable({ calculator, items }: { calculator: 'startlan' | 'bostotte'; items: readonly CalculatorParameterDto[] }) {
  const { t, locale } = useI18n();
  const p = t.calculatorParameters;
  const c = t.calculators;
  const valueText = useValueText();
  const captionId = useId();
  return (
    <section aria-labelledby={`cp-${calculator}`} className="section">
      <Heading level={2} data-size="sm" id={`cp-${calculator}`}>
        {p.calculators[calculator]}
      </Heading>
      <TableScroll captionId={captionId}>
        <Table className="data-table data-table--wide" data-size="sm" data-testid={`cp-table-${calculator}`}>
          <caption id={captionId}>{p.caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{c.parameter}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{c.value}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{c.from}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{c.source}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{c.tag}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((item) => (
              <Table.Row key={item.key}>
                <Table.HeaderCell scope="row">
                  {p.keys[item.key] ?? item.key}
                  <span className="secondary-line">
                    <code>{item.key}</code>
                  </span>
                </Table.HeaderCell>
                <Table.Cell>{item.inForce ? valueText(item, item.inForce.value) : p.none}</Table.Cell>
                <Table.Cell className="nowrap">{item.inForce ? formatDate(locale, item.inForce.validFrom) : '–'}</Table.Cell>
                <Table.Cell>{item.inForce?.source ?? '–'}</Table.Cell>
                <Table.Cell>{item.inForce ? c.tags[item.inForce.tag] : '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

function OwnValues({ items }: { items: readonly CalculatorParameterDto[] }) {
  const { t, locale } = useI18n();
  const p = t.calculatorParameters;
  const valueText = useValueText();
  const captionId = useId();
  const rows = items.flatMap((item) => item.own.map((o) => ({ item, o })));
  return (
    <section aria-labelledby="cp-own" className="section">
      <Heading level={2} data-size="sm" id="cp-own">
        {p.ownHeading}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{p.noOwn}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table className="data-table data-table--wide" data-size="sm" data-testid="cp-own">
            <caption id={captionId}>{p.ownCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.calculators.parameter}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.calculators.from}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.calculators.value}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.calculators.source}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{p.enteredBy}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map(({ item, o }) => (
                <Table.Row key={`${item.key}@${o.validFrom}`}>
                  <Table.HeaderCell scope="row">{p.keys[item.key] ?? item.key}</Table.HeaderCell>
                  <Table.Cell className="nowrap">{formatDate(locale, o.validFrom)}</Table.Cell>
                  <Table.Cell>{valueText(item, o.value)}</Table.Cell>
                  <Table.Cell>{o.source}</Table.Cell>
                  <Table.Cell>{o.enteredBy}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function AddForm({ items, onAdded }: { items: readonly CalculatorParameterDto[]; onAdded: (list: CalculatorParameterList) => void }) {
  const { t } = useI18n();
  const p = t.calculatorParameters;
  const [key, setKey] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso);
  const [values, setValues] = useState<Record<string, string>>({});
  const [source, setSource] = useState('');
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<string>();
  const item = items.find((i) => i.key === key);
  const ids: Record<string, string> = {
    key: 'cp-key',
    validFrom: 'cp-valid-from',
    ...Object.fromEntries((item?.fields ?? []).map((f) => [fieldPath(f), fieldId(f)])),
    ...(item && item.shape !== 'number' ? { value: item.fields[0] ? fieldId(item.fields[0]) : 'cp-key' } : {}),
    source: 'cp-source',
  };

  /** Starts the form from the value in force, so a change of one field keeps the others. */
  function choose(next: string) {
    setKey(next);
    setSaved(false);
    const found = items.find((i) => i.key === next);
    const current = found?.inForce?.value;
    if (!found) return setValues({});
    const start = (f: Spec): string => {
      const v = found.shape === 'number' ? current : (current as Record<string, unknown> | undefined)?.[f.name];
      return v === undefined || v === null ? '' : String(v).replace('.', ',');
    };
    setValues(Object.fromEntries(found.fields.map((f) => [f.name, start(f)])));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<string> = {};
    if (!key) invalid.key = t.form.chooseRequired(p.key);
    if (!validFrom) invalid.validFrom = t.form.required(p.validFrom);
    if (!source.trim()) invalid.source = t.form.required(p.source);
    const parsed: Record<string, number | string | null> = {};
    for (const f of item?.fields ?? []) {
      const label = p.fieldLabel(key, f.name);
      const text = values[f.name] ?? '';
      if (f.kind === 'choice') {
        if (!text) invalid[fieldPath(f)] = t.form.chooseRequired(label);
        parsed[f.name] = text || null;
        continue;
      }
      const number = parseDecimal(text);
      if (number === undefined) invalid[fieldPath(f)] = t.form.required(label);
      else if (number === 'invalid') invalid[fieldPath(f)] = t.calculators.numberInvalid(label);
      parsed[f.name] = typeof number === 'number' ? number : null;
    }
    const value = !item ? null : item.shape === 'number' ? parsed[''] : item.shape === 'list' ? item.fields.map((f) => parsed[f.name]) : parsed;
    const ok = await form.submit(ids, invalid, async () => {
      onAdded(await addParameter({ key, validFrom, value, source: source.trim() }));
    });
    if (ok) {
      setSaved(true);
      setSource('');
    }
  }

  return (
    <section aria-labelledby="cp-add" className="section">
      <Heading level={2} data-size="sm" id="cp-add">
        {p.addHeading}
      </Heading>
      <Paragraph>{p.addIntro}</Paragraph>
      <form className="form block-gap" aria-labelledby="cp-add" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <SelectField
          id={ids.key!}
          label={p.key}
          placeholder={p.chooseKey}
          value={key}
          onChange={choose}
          options={items.map((i) => ({ value: i.key, label: `${p.calculators[i.calculator]}: ${p.keys[i.key] ?? i.key}` }))}
          error={form.fieldErrors.key}
        />
        <div className="narrow">
          <Textfield id={ids.validFrom} type="date" label={p.validFrom} description={p.validFromHint} value={validFrom} onChange={(e) => setValidFrom(e.target.value)} error={form.fieldErrors.validFrom} />
        </div>
        {item && (
          <div className="field-grid">
            {item.fields.map((f) =>
              f.kind === 'choice' ? (
                <SelectField
                  key={f.name}
                  id={fieldId(f)}
                  label={p.fieldLabel(key, f.name)}
                  value={values[f.name] ?? ''}
                  onChange={(v) => setValues((s) => ({ ...s, [f.name]: v }))}
                  options={f.choices.map((choice) => ({ value: choice, label: p.choices[choice as keyof typeof p.choices] ?? choice }))}
                  error={form.fieldErrors[fieldPath(f)]}
                />
              ) : (
                <Textfield
                  key={f.name}
                  id={fieldId(f)}
                  label={p.fieldLabel(key, f.name)}
                  description={p.unitHint(f.unit)}
                  inputMode="decimal"
                  autoComplete="off"
                  value={values[f.name] ?? ''}
                  onChange={(e) => setValues((s) => ({ ...s, [f.name]: e.target.value }))}
                  error={form.fieldErrors[fieldPath(f)] ?? (item.shape !== 'number' && f === item.fields[0] ? form.fieldErrors.value : undefined)}
                />
              ),
            )}
          </div>
        )}
        <Textfield id={ids.source} label={p.source} description={p.sourceHint} autoComplete="off" value={source} onChange={(e) => setSource(e.target.value)} error={form.fieldErrors.source} />
        <FormActions label={p.addSubmit} submitting={form.submitting}>
          {saved && <span role="status">{p.added}</span>}
        </FormActions>
      </form>
    </section>
  );
}
