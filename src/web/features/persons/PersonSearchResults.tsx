import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { PersonSummary } from '../../../contracts/people';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { TableScroll } from '../../components/TableScroll';

/** Search hits: never an address, and the national id masked to its date part. */
export function PersonSearchResults({ items }: { items: readonly PersonSummary[] }) {
  const { t, locale } = useI18n();
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId}>{t.persons.resultsCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.persons.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.persons.birthDate}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.persons.nationalId}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((person) => (
            <Table.Row key={person.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.person(person.id)}>
                  {person.familyName}, {person.givenName}
                </AppLink>
              </Table.HeaderCell>
              <Table.Cell className="nowrap">{person.birthDate ? formatDate(locale, person.birthDate) : '–'}</Table.Cell>
              <Table.Cell className="nowrap">
                {person.maskedNationalId ? <MaskedId value={person.maskedNationalId} /> : t.persons.noNationalId}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** "010190*****" read aloud as the date part and "hidden digits", not as five asterisks. */
export function MaskedId({ value }: { value: string }) {
  const { t } = useI18n();
  const visible = value.replace(/\*+$/, '');
  const hidden = value.length - visible.length;
  return (
    <span>
      <span aria-hidden="true">{value}</span>
      <span className="ds-sr-only">{t.persons.maskedId(visible, hidden)}</span>
    </span>
  );
}
