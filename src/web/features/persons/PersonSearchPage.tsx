import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { toQuery } from '../../app/api';
import { useT } from '../../app/i18n/I18nProvider';
import { navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { ButtonLink } from '../../components/ButtonLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FormError } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { searchPersons } from './persons.api';
import { PersonSearchResults } from './PersonSearchResults';

const QUERY_ID = 'person-search-q';

/** Search by name, national id or case number; the query is in the URL, so back and reload keep it. */
export function PersonSearchPage() {
  const t = useT();
  const { query } = useLocation();
  const q = query.get('q')?.trim() ?? '';
  const [value, setValue] = useState(q);
  const [error, setError] = useState<string | undefined>();
  const [summary, setSummary] = useState<readonly FormError[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = value.trim();
    if (text.length < 2) {
      const message = t.form.tooShort(t.persons.searchLabel, 2);
      setError(message);
      setSummary([{ fieldId: QUERY_ID, message }]);
      return;
    }
    setError(undefined);
    setSummary([]);
    navigate(paths.persons + toQuery({ q: text }));
  }

  return (
    <Page title={q ? t.persons.searchTitleWithQuery(q) : t.persons.searchTitle} heading={t.persons.searchHeading}>
      <Paragraph>{t.persons.searchIntro}</Paragraph>
      <form role="search" aria-labelledby="person-search-heading" className="filter-form" onSubmit={handleSubmit} noValidate>
        <Heading level={2} data-size="xs" id="person-search-heading">
          {t.persons.searchFormHeading}
        </Heading>
        <ErrorSummary errors={summary} />
        <div className="search-row">
          <Textfield
            id={QUERY_ID}
            label={t.persons.searchLabel}
            description={t.persons.searchHint}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={error}
          />
          <Button type="submit">{t.persons.searchButton}</Button>
        </div>
      </form>
      <Paragraph>
        <ButtonLink href={paths.newPerson} variant="secondary">
          {t.persons.registerNew}
        </ButtonLink>
      </Paragraph>
      {/* The API needs at least two characters; a shorter query from the URL is not sent. */}
      {q.length >= 2 && <SearchResults q={q} />}
    </Page>
  );
}

function SearchResults({ q }: { q: string }) {
  const t = useT();
  const result = useResource(`persons?q=${q}`, (signal) => searchPersons(q, signal));
  return (
    <section aria-labelledby="person-search-results" className="section">
      <Heading level={2} data-size="sm" id="person-search-results">
        {t.persons.resultsHeading}
      </Heading>
      <ResourceView resource={result}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph role="status">{t.persons.noResults(q)}</Paragraph>
          ) : (
            <>
              <Paragraph role="status">{t.persons.resultCount(data.items.length, data.hasMore)}</Paragraph>
              <PersonSearchResults items={data.items} />
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
