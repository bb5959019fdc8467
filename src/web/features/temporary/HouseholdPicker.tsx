import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { PersonSummary } from '../../../contracts/people';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FormError } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { searchPersons } from '../persons/persons.api';

export const HOUSEHOLD_SEARCH_ID = 'stay-household-search';

/** The person chosen and their current household. */
export type ChosenHousehold = { personId: string; householdId: string; name: string };

/**
 * Finds a household through one of its members (the person register's search: name, national
 * id or case number; only persons the user may see). Choosing a person picks their household.
 */
export function HouseholdPicker({ onChoose }: { onChoose: (chosen: ChosenHousehold) => void }) {
  const { t } = useI18n();
  const s = t.tempStay;
  const [value, setValue] = useState('');
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [summary, setSummary] = useState<readonly FormError[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = value.trim();
    if (text.length < 2) {
      const message = t.form.tooShort(s.searchLabel, 2);
      setError(message);
      setSummary([{ fieldId: HOUSEHOLD_SEARCH_ID, message }]);
      return;
    }
    setError(undefined);
    setSummary([]);
    setQ(text);
  }

  return (
    <>
      <form role="search" aria-labelledby="stay-household-search-heading" className="filter-form" onSubmit={handleSubmit} noValidate>
        <Heading level={3} data-size="xs" id="stay-household-search-heading">
          {s.searchHeading}
        </Heading>
        <ErrorSummary errors={summary} />
        <div className="search-row">
          <Textfield
            id={HOUSEHOLD_SEARCH_ID}
            label={s.searchLabel}
            description={s.searchHint}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={error}
          />
          <Button type="submit">{s.searchButton}</Button>
        </div>
      </form>
      {q && <Results q={q} onChoose={onChoose} />}
    </>
  );
}

function Results({ q, onChoose }: { q: string; onChoose: (chosen: ChosenHousehold) => void }) {
  const s = useI18n().t.tempStay;
  const result = useResource(`stay-household-search:${q}`, (signal) => searchPersons(q, signal));
  return (
    <ResourceView resource={result}>
      {(data) =>
        data.items.length === 0 ? (
          <Paragraph role="status">{s.noResults(q)}</Paragraph>
        ) : (
          <>
            {data.hasMore && <Paragraph role="status">{s.moreResults}</Paragraph>}
            <ResultTable items={data.items} onChoose={onChoose} />
          </>
        )
      }
    </ResourceView>
  );
}

function ResultTable({ items, onChoose }: { items: readonly PersonSummary[]; onChoose: (chosen: ChosenHousehold) => void }) {
  const { t, locale } = useI18n();
  const s = t.tempStay;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {s.resultsCaption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{s.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{s.birthDate}</Table.HeaderCell>
            <Table.HeaderCell scope="col">
              <span className="ds-sr-only">{s.choose}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((person) => {
            const name = `${person.givenName} ${person.familyName}`;
            const householdId = person.householdId;
            return (
              <Table.Row key={person.id}>
                <Table.HeaderCell scope="row">
                  {person.familyName}, {person.givenName}
                </Table.HeaderCell>
                <Table.Cell className="nowrap">{person.birthDate ? formatDate(locale, person.birthDate) : '–'}</Table.Cell>
                <Table.Cell>
                  {householdId ? (
                    <Button type="button" variant="secondary" data-size="sm" aria-label={s.chooseLabel(name)} onClick={() => onChoose({ personId: person.id, householdId, name })}>
                      {s.choose}
                    </Button>
                  ) : (
                    s.noHousehold
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
