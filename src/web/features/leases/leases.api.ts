import type { z } from 'zod';
import type {
  AdjustmentBody,
  alarmListSchema,
  arrearsListSchema,
  createLeaseBodySchema,
  endLeaseBodySchema,
  evictionStepBodySchema,
  expiringListSchema,
  LeaseDetail,
  ledgerSchema,
  moveInBodySchema,
  moveOutBodySchema,
  noticeBodySchema,
  RenewalOutcomeBody,
  renewalListSchema,
  renewalOutcomeResultSchema,
  SignLeaseBody,
} from '../../../contracts/leases';
import { api, toQuery } from '../../app/api';

export type ExpiringList = z.infer<typeof expiringListSchema>;
export type AlarmList = z.infer<typeof alarmListSchema>;
export type ArrearsList = z.infer<typeof arrearsListSchema>;

export type LeaseLists = { expiring: ExpiringList; alarms: AlarmList; arrears: ArrearsList };

/** The three follow-up lists, loaded together. */
export async function getLeaseLists(signal: AbortSignal): Promise<LeaseLists> {
  const [expiring, alarms, arrears] = await Promise.all([
    api.get<ExpiringList>('/api/leases/expiring', signal),
    api.get<AlarmList>('/api/leases/alarms', signal),
    api.get<ArrearsList>('/api/leases/arrears', signal),
  ]);
  return { expiring, alarms, arrears };
}

export type Ledger = z.infer<typeof ledgerSchema>;
export type LeasePageData = { lease: LeaseDetail; ledger: Ledger };

const leasePath = (id: string) => `/api/leases/${encodeURIComponent(id)}`;

/** The lease and its ledger, loaded together (both are logged as reads). */
export async function getLeasePage(id: string, signal: AbortSignal): Promise<LeasePageData> {
  const path = leasePath(id);
  const [lease, ledger] = await Promise.all([api.get<LeaseDetail>(path, signal), api.get<Ledger>(`${path}/ledger`, signal)]);
  return { lease, ledger };
}

export type RenewalList = z.infer<typeof renewalListSchema>;
export type RenewalOutcomeResult = z.infer<typeof renewalOutcomeResultSchema>;

/** Renewal assessments: `open` (no outcome yet, earliest lease end first) or `decided`. */
export function listRenewals(state: 'open' | 'decided', signal: AbortSignal): Promise<RenewalList> {
  return api.get<RenewalList>(`/api/renewals${toQuery({ state })}`, signal);
}

/** The caseworker's outcome; `renew` opens a renewal case (its id and number come back). */
export function recordRenewalOutcome(id: string, body: RenewalOutcomeBody): Promise<RenewalOutcomeResult> {
  return api.post<RenewalOutcomeResult>(`/api/renewals/${encodeURIComponent(id)}/outcome`, body);
}

/** A draft; the server applies the municipality's length rule when `endDate` is left out. */
export function createLease(body: z.input<typeof createLeaseBodySchema>): Promise<LeaseDetail> {
  return api.post<LeaseDetail>('/api/leases', body);
}

export function signLease(id: string, body: SignLeaseBody): Promise<LeaseDetail> {
  return api.post<LeaseDetail>(`${leasePath(id)}/sign`, body);
}

export function cancelLease(id: string, reason: string): Promise<LeaseDetail> {
  return api.post<LeaseDetail>(`${leasePath(id)}/cancel`, { reason });
}

export function recordMoveIn(id: string, body: z.input<typeof moveInBodySchema>): Promise<LeaseDetail> {
  return api.post<LeaseDetail>(`${leasePath(id)}/move-in`, body);
}

export function recordMoveOut(id: string, body: z.input<typeof moveOutBodySchema>): Promise<LeaseDetail> {
  return api.post<LeaseDetail>(`${leasePath(id)}/move-out`, body);
}

/** § 9-2 (3): the written demand to move out when the lease ends. */
export function giveNotice(id: string, body: z.input<typeof noticeBodySchema>): Promise<LeaseDetail> {
  return api.post<LeaseDetail>(`${leasePath(id)}/notice`, body);
}

export function endLease(id: string, body: z.input<typeof endLeaseBodySchema>): Promise<LeaseDetail> {
  return api.post<LeaseDetail>(`${leasePath(id)}/end`, body);
}

export function addEvictionStep(id: string, body: z.input<typeof evictionStepBodySchema>): Promise<LeaseDetail> {
  return api.post<LeaseDetail>(`${leasePath(id)}/eviction-steps`, body);
}

/** KPI (§ 4-2) or gjengs leie (§ 4-3); the law's refusals come back as field errors. */
export function adjustRent(id: string, body: AdjustmentBody): Promise<LeaseDetail> {
  return api.post<LeaseDetail>(`${leasePath(id)}/adjustments`, body);
}
