import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Worklist } from '../../../contracts/cases';
import { formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { getWorklist } from './worklist.api';

const SHOWN = ['preliminaryReply', 'myCases', 'appealsWaiting', 'awaitingAttestation', 'expiringDecisions', 'forwarded'] as const;

/** The work list's counts on the start page; overdue preliminary replies first, so they cannot be missed. */
export function WorklistCounts() {
  const { t } = useI18n();
  const worklist = useResource('worklist', getWorklist);
  return (
    <section aria-labelledby="start-worklist" className="section">
      <Heading level={2} data-size="sm" id="start-worklist">
        {t.worklist.countsHeading}
      </Heading>
      <ResourceView resource={worklist}>{(data) => <Counts worklist={data} />}</ResourceView>
    </section>
  );
}

function Counts({ worklist }: { worklist: Worklist }) {
  const { t, locale } = useI18n();
  const overdue = worklist.counts.preliminaryReplyOverdue;
  return (
    <>
      <dl className="key-figures">
        <div className={`key-figures__item${overdue > 0 ? ' key-figures__item--alert' : ''}`}>
          <dt>{t.worklist.countsOverdue}</dt>
          <dd>{formatNumber(locale, overdue)}</dd>
        </div>
        {SHOWN.map((key) => (
          <div key={key} className="key-figures__item">
            <dt>{t.worklist.sections[key]}</dt>
            <dd>{formatNumber(locale, worklist.counts[key])}</dd>
          </div>
        ))}
      </dl>
      <Paragraph>
        <AppLink href={paths.worklist}>{t.worklist.open}</AppLink>
      </Paragraph>
    </>
  );
}
