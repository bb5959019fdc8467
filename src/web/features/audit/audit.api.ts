import type { z } from 'zod';
import type { auditEventListSchema } from '../../../contracts/admin';
import { api } from '../../app/api';

export type AuditEventList = z.infer<typeof auditEventListSchema>;
export type AuditEvent = AuditEventList['items'][number];

/** `query` is the `?type=...&offset=...` string built from the page's URL. */
export function listAuditEvents(query: string, signal: AbortSignal): Promise<AuditEventList> {
  return api.get<AuditEventList>(`/api/admin/audit${query}`, signal);
}
