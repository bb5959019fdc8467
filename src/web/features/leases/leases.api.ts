import type { z } from 'zod';
import type { alarmListSchema, arrearsListSchema, expiringListSchema, LeaseDetail, ledgerSchema } from '../../../contracts/leases';
import { api } from '../../app/api';

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

/** The lease and its ledger, loaded together (both are logged as reads). */
export async function getLeasePage(id: string, signal: AbortSignal): Promise<LeasePageData> {
  const path = `/api/leases/${encodeURIComponent(id)}`;
  const [lease, ledger] = await Promise.all([api.get<LeaseDetail>(path, signal), api.get<Ledger>(`${path}/ledger`, signal)]);
  return { lease, ledger };
}
