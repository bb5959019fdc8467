import type { StayList } from '../../../contracts/temporary';
import { api } from '../../app/api';

/** Stays open today, with the counts of KOSTRA's flags. */
export function listActiveStays(signal: AbortSignal): Promise<StayList> {
  return api.get<StayList>('/api/temporary/stays?active=true&limit=200', signal);
}
