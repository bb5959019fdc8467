import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { canOpenArea } from '../../../domain/access/roles';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { listRenewals, type RenewalList, type RenewalOutcomeResult } from './leases.api';
import { LazyDetails } from './LazyDetails';
import { RenewalOutcomeForm } from './RenewalOutcomeForm';
import { useRole } from './useRole';

type Done = { message: string; caseId: string | null; caseNumber: string | null };

/**
 * Renewal assessments due (ny vurdering ved kontraktsutløp): the open ones, each with the
 * outcome form for the caseworker, and the assessed ones on request. A renewal is due by the
 * lease's last day (the renewal task's due date).
 */
export function RenewalsSection({ canDecide }: { canDecide: boolean }) {
  const { t } = useI18n();
  const r = t.renewals;
  const open = useResource('renewals:open', (signal) => listRenewals('open', signal));
  const [done, setDone] = useState<Done | null>(null);
  const role = useRole();
  const linksToCases = role !== null && canOpenArea(role, 'persons');
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function recorded(result: RenewalOutcomeResult) {
    await open.refresh();
    const outcome = result.outcome ? t.leaseLabels.renewalOutcomes[result.outcome] : '';
    setDone({ message: r.saved(outcome), caseId: result.caseId, caseNumber: result.caseNumber });
  }

  return (
    <section aria-labelledby="leases-renewals" className="section">
      <Heading level={2} data-size="sm" id="leases-renewals">
        {r.heading} {open.status === 'ready' && <span className="count">({open.data.items.length})</span>}
      </Heading>
      <Paragraph data-size="sm">{r.hint}</Paragraph>
      {!canDecide && <Paragraph data-size="sm">{r.caseworkerOnly}</Paragraph>}
      {done && (
        <Alert data-color="success" ref={doneRef} tabIndex={-1} className="block-gap">
          <Paragraph>{done.message}</Paragraph>
          {done.caseId && done.caseNumber && (
            <Paragraph>
              {r.caseOpened(done.caseNumber)} {linksToCases && <AppLink href={paths.case(done.caseId)}>{r.openCase(done.caseNumber)}</AppLink>}
            </Paragraph>
          )}
        </Alert>
      )}
      <ResourceView resource={open}>
        {(data) => (data.items.length === 0 ? <Paragraph>{r.empty}</Paragraph> : <OpenRenewals items={data.items} canDecide={canDecide} onRecorded={recorded} />)}
      </ResourceView>
      <div className="block-gap">
        <LazyDetails summary={r.decidedHeading}>{() => <DecidedRenewals refreshKey={done?.message ?? ''} linksToCases={linksToCases} />}</LazyDetails>
      </div>
    </section>
  );
}

function OpenRenewals({ items, canDecide, onRecorded }: { items: RenewalList['items']; canDecide: boolean; onRecorded: (result: RenewalOutcomeResult) => Promise<void> }) {
  const { t, locale } = useI18n();
  const r = t.renewals;
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDate(locale, value)}</time> : t.leases.openEnded);
  return (
    <ul className="plain-list">
      {items.map((renewal) => (
        <li key={renewal.id} className="list-card">
          <Heading level={3} data-size="xs">
            <AppLink href={paths.lease(renewal.leaseId)}>{renewal.lease.dwellingAddress}</AppLink>
          </Heading>
          <dl className="facts facts--compact">
            <dt>{t.leases.tenant}</dt>
            <dd>{renewal.lease.tenantName ?? t.leases.tenantHidden}</dd>
            <dt>{r.due}</dt>
            <dd>{date(renewal.lease.endDate)}</dd>
            <dt>{r.opened}</dt>
            <dd>{date(renewal.openedOn)}</dd>
          </dl>
          {canDecide && <LazyDetails summary={r.decide}>{() => <RenewalOutcomeForm renewalId={renewal.id} onDone={onRecorded} />}</LazyDetails>}
        </li>
      ))}
    </ul>
  );
}

/** The assessed renewals, loaded when first shown (and again after an outcome is recorded). */
function DecidedRenewals({ refreshKey, linksToCases }: { refreshKey: string; linksToCases: boolean }) {
  const { t, locale } = useI18n();
  const r = t.renewals;
  const decided = useResource(`renewals:decided:${refreshKey}`, (signal) => listRenewals('decided', signal));
  const captionId = useId();
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDate(locale, value)}</time> : '–');
  return (
    <ResourceView resource={decided}>
      {(data) =>
        data.items.length === 0 ? (
          <Paragraph>{t.leases.empty}</Paragraph>
        ) : (
          <TableScroll captionId={captionId}>
            <Table zebra className="data-table data-table--wide">
              <caption id={captionId} className="ds-sr-only">
                {r.decidedHeading}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.leases.dwelling}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.leases.tenant}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.leases.endDate}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.decidedOn}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.outcome}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.case}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.items.map((renewal) => (
                  <Table.Row key={renewal.id}>
                    <Table.HeaderCell scope="row">
                      <AppLink href={paths.lease(renewal.leaseId)}>{renewal.lease.dwellingAddress}</AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>{renewal.lease.tenantName ?? t.leases.tenantHidden}</Table.Cell>
                    <Table.Cell className="nowrap">{date(renewal.lease.endDate)}</Table.Cell>
                    <Table.Cell className="nowrap">{date(renewal.outcomeOn)}</Table.Cell>
                    <Table.Cell>{renewal.outcome ? t.leaseLabels.renewalOutcomes[renewal.outcome] : '–'}</Table.Cell>
                    <Table.Cell>{renewal.caseId && linksToCases ? <AppLink href={paths.case(renewal.caseId)}>{r.goToCase}</AppLink> : '–'}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )
      }
    </ResourceView>
  );
}
