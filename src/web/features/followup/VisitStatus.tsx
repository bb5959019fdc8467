import { Tag } from '@digdir/designsystemet-react';
import type { VisitStatusDto } from '../../../contracts/followup';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';

/**
 * The plan's visits against the agreed frequency: overdue (with days), or the day the next visit
 * is due; missed visits in a row and planned visits left unrecorded, when there are any.
 */
export function VisitStatus({ visit }: { visit: VisitStatusDto }) {
  const { t, locale } = useI18n();
  const f = t.followup;
  return (
    <span className="followup-status">
      {visit.overdue ? (
        <Tag data-size="sm" data-color="danger">
          {f.overdue(visit.daysOverdue)}
        </Tag>
      ) : visit.dueOn ? (
        <span>{f.dueBy(formatDate(locale, visit.dueOn))}</span>
      ) : (
        <span>{f.noFrequency}</span>
      )}
      {visit.missedInARow >= 2 && (
        <Tag data-size="sm" data-color="warning">
          {f.missedInARow(visit.missedInARow)}
        </Tag>
      )}
      {visit.unrecorded > 0 && (
        <Tag data-size="sm" data-color="info">
          {f.unrecorded(visit.unrecorded)}
        </Tag>
      )}
    </span>
  );
}

/** «12. nov. 2026 kl. 09:30», or «Ikke planlagt». */
export function NextVisit({ visit }: { visit: VisitStatusDto }) {
  const { t, locale } = useI18n();
  if (!visit.nextPlanned) return <>{t.followup.nonePlanned}</>;
  return (
    <>
      <time dateTime={visit.nextPlanned.plannedOn}>{formatDate(locale, visit.nextPlanned.plannedOn)}</time>
      {visit.nextPlanned.plannedTime && ` ${visit.nextPlanned.plannedTime}`}
    </>
  );
}
