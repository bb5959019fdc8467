import type { z } from 'zod';
import type { accessLogListSchema } from '../../../contracts/admin';
import { api } from '../../app/api';

export type AccessLogList = z.infer<typeof accessLogListSchema>;
export type AccessLogEntry = AccessLogList['items'][number];

/** `query` is the `?actor=...&offset=...` string built from the page's URL. */
export function listAccessLog(query: string, signal: AbortSignal): Promise<AccessLogList> {
  return api.get<AccessLogList>(`/api/admin/access-log${query}`, signal);
}
