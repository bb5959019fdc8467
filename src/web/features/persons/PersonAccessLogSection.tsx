import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ResourceView } from '../../components/Loading';
import { AccessLogTable } from '../access-log/AccessLogTable';
import { listPersonAccessLog } from './persons.api';

/** "Who has read this file": the access log for the person (caseworker only; GDPR art. 15). */
export function PersonAccessLogSection({ personId }: { personId: string }) {
  const t = useT();
  const log = useResource(`person-access:${personId}`, (signal) => listPersonAccessLog(personId, 0, signal));
  return (
    <section aria-labelledby="person-readers" className="section">
      <Heading level={2} data-size="sm" id="person-readers">
        {t.person.readersHeading}
      </Heading>
      <Paragraph>{t.person.readersIntro}</Paragraph>
      <ResourceView resource={log}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{t.person.noReaders}</Paragraph>
          ) : (
            <>
              <AccessLogTable entries={data.items} caption={t.person.readersCaption} />
              {data.total > data.items.length && <Paragraph>{t.person.moreReaders(data.items.length, data.total)}</Paragraph>}
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
