import { Link } from '@digdir/designsystemet-react';
import { useI18n } from '../../app/i18n/I18nProvider';
import { reasonText, type ReasonDto } from './allocation-format';

/** Reasons as plain sentences, in order; with `sources`, the rule documents they come from, once each. */
export function ReasonList({ reasons, sources = false }: { reasons: readonly ReasonDto[]; sources?: boolean }) {
  const { t, language } = useI18n();
  const documents = new Map<string, string | undefined>();
  if (sources) for (const r of reasons) if (r.source && !documents.has(r.source.document)) documents.set(r.source.document, r.source.url);
  return (
    <>
      <ul className="reason-list">
        {reasons.map((reason, index) => (
          <li key={`${reason.code}:${index}`}>{reasonText(reason, language, t)}</li>
        ))}
      </ul>
      {[...documents].map(([document, url]) => (
        <p key={document} className="reason-source">
          {t.allocation.source}{' '}
          {url ? (
            <Link href={url}>
              {document}
            </Link>
          ) : (
            document
          )}
        </p>
      ))}
    </>
  );
}
