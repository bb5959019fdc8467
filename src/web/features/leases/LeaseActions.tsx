import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LeaseDetail } from '../../../contracts/leases';
import { canOpenArea } from '../../../domain/access/roles';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { MoveInForm, MoveOutForm } from './InspectionForms';
import { LazyDetails } from './LazyDetails';
import { canDecideRenewal, leaseActions, type LeaseAction } from './lease-access';
import { CancelForm, EndLeaseForm, EvictionStepForm, NoticeForm, SignForm } from './LeaseActionForms';
import type { RenewalOutcomeResult } from './leases.api';
import { RenewalOutcomeForm } from './RenewalOutcomeForm';
import { RentAdjustmentForm } from './RentAdjustmentForm';
import { useRole } from './useRole';

type Done = { message: string; caseLink?: { id: string; number: string } };

/** What the user may do with the lease now (lease-access.ts mirrors the server's policy and status rules), one disclosure per action. */
export function LeaseActions({ lease, onChanged }: { lease: LeaseDetail; onChanged: () => Promise<void> }) {
  const t = useT();
  const a = t.leaseActions;
  const role = useRole();
  const [done, setDone] = useState<Done | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  if (!role) return null;

  const finish = (message: string) => async () => {
    await onChanged();
    setDone({ message });
  };
  const renewalDone = async (result: RenewalOutcomeResult) => {
    await onChanged();
    const outcome = result.outcome ? t.leaseLabels.renewalOutcomes[result.outcome] : '';
    setDone({
      message: t.renewals.saved(outcome),
      ...(result.caseId && result.caseNumber && canOpenArea(role, 'persons') ? { caseLink: { id: result.caseId, number: result.caseNumber } } : {}),
    });
  };

  const forms: Record<LeaseAction, { summary: string; form: ReactNode }> = {
    sign: { summary: a.sign, form: <SignForm lease={lease} onDone={finish(a.signed)} /> },
    cancel: { summary: a.cancel, form: <CancelForm lease={lease} onDone={finish(a.cancelled)} /> },
    moveIn: { summary: a.moveIn, form: <MoveInForm lease={lease} onDone={finish(a.movedIn)} /> },
    notice: { summary: a.notice, form: <NoticeForm lease={lease} onDone={finish(a.noticeGiven)} /> },
    adjustRent: { summary: a.adjust, form: <RentAdjustmentForm lease={lease} onDone={finish(a.adjusted)} /> },
    eviction: { summary: a.eviction, form: <EvictionStepForm lease={lease} onDone={finish(a.stepRecorded)} /> },
    end: { summary: a.end, form: <EndLeaseForm lease={lease} onDone={finish(a.ended)} /> },
    moveOut: { summary: a.moveOut, form: <MoveOutForm lease={lease} onDone={finish(a.movedOut)} /> },
  };
  const actions = leaseActions(role, lease);
  const renewalOpen = lease.renewal !== null && lease.renewal.outcome === null && canDecideRenewal(role);

  return (
    <section aria-labelledby="lease-actions" className="section">
      <Heading level={2} data-size="sm" id="lease-actions">
        {a.heading}
      </Heading>
      {done && (
        <Alert data-color="success" ref={doneRef} tabIndex={-1} className="block-gap">
          <Paragraph>{done.message}</Paragraph>
          {done.caseLink && (
            <Paragraph>
              {t.renewals.caseOpened(done.caseLink.number)} <AppLink href={paths.case(done.caseLink.id)}>{t.renewals.openCase(done.caseLink.number)}</AppLink>
            </Paragraph>
          )}
        </Alert>
      )}
      {actions.length === 0 && !renewalOpen ? (
        <Paragraph>{a.none}</Paragraph>
      ) : (
        <div className="action-list">
          {renewalOpen && lease.renewal && (
            <LazyDetails summary={t.renewals.decide}>{() => lease.renewal && <RenewalOutcomeForm renewalId={lease.renewal.id} onDone={renewalDone} />}</LazyDetails>
          )}
          {actions.map((action) => (
            <LazyDetails key={action} summary={forms[action].summary}>
              {() => forms[action].form}
            </LazyDetails>
          ))}
        </div>
      )}
    </section>
  );
}
