import type { LeaseDetail, LeaseSummary, Renewal } from '../../../contracts/leases.js';
import type { Role } from '../../../domain/access/roles.js';
import { allowedNextSteps, type EvictionStep } from '../../../domain/leases/eviction.js';
import { RUNNING_STATUSES } from '../../../domain/leases/lease-status.js';
import { section92Alarm } from '../../../domain/leases/signals.js';
import type { AdjustmentRow, EvictionStepRow, RenewalRow } from './lease-records.repo.js';
import type { LeaseSummaryRow } from './leases.repo.js';
import { maySeeTenancy } from './leases.policy.js';

/** Rows to DTOs. Row types stop here (docs/style.md); undeclared fields are stripped by the response schema as well. */

export function dwellingAddress(r: Pick<LeaseSummaryRow, 'streetName' | 'houseNumber' | 'houseLetter' | 'extraReference' | 'postalCode' | 'postalCity'>): string {
  const street = [r.streetName, `${r.houseNumber}${r.houseLetter}`].filter((s) => s !== '').join(' ');
  const unit = r.extraReference ? `, ${r.extraReference}` : '';
  return `${street}${unit}, ${r.postalCode} ${r.postalCity}`.trim();
}

export function presentSummary(r: LeaseSummaryRow, role: Role): LeaseSummary {
  const l = r.lease;
  const visible = maySeeTenancy(role, r.addressProtection);
  return {
    id: l.id,
    dwellingId: l.dwellingId,
    dwellingAddress: dwellingAddress(r),
    householdId: l.householdId,
    tenantName: visible ? `${r.givenName} ${r.familyName}` : null,
    tenantProtected: r.addressProtection !== 'none',
    status: l.status,
    startDate: l.startDate,
    endDate: l.endDate,
    monthlyRent: l.monthlyRent,
    rentModel: l.rentModel,
    section111: l.section111,
    signedOn: l.signedOn,
    noticeGivenOn: l.noticeGivenOn,
    endedOn: l.endedOn,
  };
}

export function presentRenewal(r: RenewalRow): Renewal {
  return { id: r.id, leaseId: r.leaseId, openedOn: r.openedOn, outcome: (r.outcome as Renewal['outcome']) ?? null, outcomeOn: r.outcomeOn, caseId: r.caseId, note: r.note };
}

export interface DetailParts {
  steps: readonly EvictionStepRow[];
  adjustments: readonly AdjustmentRow[];
  renewal: RenewalRow | undefined;
  criticalDays: number;
  today: string;
}

export function presentDetail(r: LeaseSummaryRow, role: Role, parts: DetailParts): LeaseDetail {
  const l = r.lease;
  const recorded = parts.steps.map((s) => ({ step: s.step as EvictionStep, stepOn: s.stepOn }));
  return {
    ...presentSummary(r, role),
    decisionId: l.decisionId,
    section111NoticeOn: l.section111NoticeOn,
    shortTermReason: l.shortTermReason,
    lengthRule: l.lengthRule,
    depositType: l.depositType,
    depositAmount: l.depositAmount,
    lastIndexAdjustmentOn: l.lastIndexAdjustmentOn,
    lastGjengsAdjustmentOn: l.lastGjengsAdjustmentOn,
    endReason: l.endReason,
    moveIn: l.moveInChecklist ?? null,
    moveOut: l.moveOutInspection ?? null,
    evictionSteps: parts.steps.map((s) => ({ id: s.id, step: s.step as EvictionStep, stepOn: s.stepOn, note: s.note, createdAt: s.createdAt.toISOString() })),
    allowedEvictionSteps: RUNNING_STATUSES.includes(l.status) ? [...allowedNextSteps(recorded)] : [],
    adjustments: parts.adjustments.map((a) => ({
      id: a.id,
      kind: a.kind,
      noticeSentOn: a.noticeSentOn,
      effectiveOn: a.effectiveOn,
      oldRent: a.oldRent,
      newRent: a.newRent,
      basis: a.basis,
    })),
    renewal: parts.renewal ? presentRenewal(parts.renewal) : null,
    section92: section92Alarm(l, parts.today, parts.criticalDays),
  };
}
