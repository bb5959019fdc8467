import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Worklist } from '../../../contracts/cases';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { getWorklist } from './worklist.api';
import { WorklistTable, type Column } from './WorklistTable';

type SectionKey = keyof Worklist['counts'] & keyof Worklist & keyof typeof SECTION_COLUMNS;

/**
 * The columns of each section. Deadlines first where they matter: the preliminary-reply list
 * is the one that must never let a case rot (Sivilombudet on Stavanger and Lillehammer).
 */
const SECTION_COLUMNS = {
  preliminaryReply: ['deadline', 'status', 'assignedTo'],
  myCases: ['status', 'deadline'],
  appealsWaiting: ['appeal', 'assignedTo'],
  awaitingAttestation: ['status', 'assignedTo'],
  expiringDecisions: ['validUntil', 'assignedTo'],
  forwarded: ['status', 'assignedTo'],
  appealsAtAppealBody: ['appeal', 'assignedTo'],
} as const satisfies Record<string, readonly Column[]>;

const SECTIONS = Object.keys(SECTION_COLUMNS) as SectionKey[];

export function WorklistPage() {
  const { t } = useI18n();
  const worklist = useResource('worklist', getWorklist);
  return (
    <Page title={t.worklist.title}>
      <Paragraph>{t.worklist.intro}</Paragraph>
      <ResourceView resource={worklist}>{(data) => <WorklistSections worklist={data} />}</ResourceView>
    </Page>
  );
}

function WorklistSections({ worklist }: { worklist: Worklist }) {
  const { t, locale } = useI18n();
  const overdue = worklist.counts.preliminaryReplyOverdue;
  return (
    <>
      <Paragraph data-size="sm">{t.worklist.asOf(formatDate(locale, worklist.today))}</Paragraph>
      {overdue > 0 && (
        <Alert data-color="danger" className="block-gap">
          <Paragraph>{t.worklist.overdueAlert(overdue)}</Paragraph>
        </Alert>
      )}
      {SECTIONS.map((key) => (
        <section key={key} aria-labelledby={`worklist-${key}`} className="section">
          <Heading level={2} data-size="sm" id={`worklist-${key}`}>
            {t.worklist.sections[key]} <span className="count">({worklist.counts[key]})</span>
          </Heading>
          <Paragraph data-size="sm">{t.worklist.sectionHints[key]}</Paragraph>
          {worklist[key].length === 0 ? (
            <Paragraph>{t.worklist.empty}</Paragraph>
          ) : (
            <WorklistTable caption={t.worklist.sections[key]} items={worklist[key]} columns={SECTION_COLUMNS[key]} today={worklist.today} />
          )}
        </section>
      ))}
    </>
  );
}
