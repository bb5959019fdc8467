import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { PlanSummary } from '../../../contracts/followup';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { TableScroll } from '../../components/TableScroll';
import { frequencyText } from './followup-format';
import { NextVisit, VisitStatus } from './VisitStatus';

/** Plans in a table: the household (a link to its plan), the visit status, next and last visit, the agreed frequency and, when asked, who is responsible. */
export function PlanTable({ plans, caption, showWorker = false }: { plans: readonly PlanSummary[]; caption: string; showWorker?: boolean }) {
  const { t, locale } = useI18n();
  const f = t.followup;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{f.household}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{f.visitStatus}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{f.nextVisit}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{f.lastVisit}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{f.frequency}</Table.HeaderCell>
            {showWorker && <Table.HeaderCell scope="col">{f.worker}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plans.map((plan) => (
            <Table.Row key={plan.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.followupPlan(plan.id)}>{plan.household.headName}</AppLink>
                <span className="secondary-line">
                  {t.followupLabels.teams[plan.responsibleTeam]}
                  {plan.endedOn ? `, ${f.ended.toLowerCase()}` : ''}
                </span>
              </Table.HeaderCell>
              <Table.Cell>{plan.endedOn ? f.ended : <VisitStatus visit={plan.visit} />}</Table.Cell>
              <Table.Cell className="nowrap">
                <NextVisit visit={plan.visit} />
              </Table.Cell>
              <Table.Cell className="nowrap">{plan.visit.lastHeldOn ? formatDate(locale, plan.visit.lastHeldOn) : f.neverVisited}</Table.Cell>
              <Table.Cell>{frequencyText(t, plan.visitEveryDays)}</Table.Cell>
              {showWorker && <Table.Cell>{plan.responsibleWorker.displayName}</Table.Cell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
