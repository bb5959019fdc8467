import type { Worklist } from '../../../contracts/cases';
import { api } from '../../app/api';

/** The logged-in caseworker's or NAV adviser's work list, with the counts for the start page. */
export function getWorklist(signal: AbortSignal): Promise<Worklist> {
  return api.get<Worklist>('/api/worklist', signal);
}
