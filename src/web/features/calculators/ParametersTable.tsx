import { Details, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';
import type { AppliedParameter } from './calculators.api';

/** Every parameter a calculation used, with its value, date, source and provenance tag; folded away. */
export function ParametersTable({ parameters }: { parameters: readonly AppliedParameter[] }) {
  const { t, locale } = useI18n();
  const c = t.calculators;
  const captionId = useId();
  const value = (p: AppliedParameter) => {
    const text = p.unit.startsWith('kr') ? formatKroner(locale, p.value) : formatNumber(locale, p.value);
    return c.units[p.unit](text);
  };
  return (
    <Details className="block-gap">
      <Details.Summary>{c.parameters}</Details.Summary>
      <Details.Content>
        <TableScroll captionId={captionId}>
          <Table className="data-table data-table--wide" data-size="sm">
            <caption id={captionId}>{c.parametersCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{c.parameter}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{c.value}</Table.HeaderCell>
                <Table.HeaderCell>{c.from}</Table.HeaderCell>
                <Table.HeaderCell>{c.source}</Table.HeaderCell>
                <Table.HeaderCell>{c.tag}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {parameters.map((p) => (
                <Table.Row key={p.name}>
                  <Table.Cell>
                    <code>{p.name}</code>
                  </Table.Cell>
                  <Table.Cell className="numeric nowrap">{value(p)}</Table.Cell>
                  <Table.Cell className="nowrap">{p.effectiveFrom ? formatDate(locale, p.effectiveFrom) : c.entered}</Table.Cell>
                  <Table.Cell>{p.source === 'entered' ? c.entered : p.source}</Table.Cell>
                  <Table.Cell>{p.tag ? c.tags[p.tag] : c.entered}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </Details.Content>
    </Details>
  );
}
