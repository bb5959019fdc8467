import type { MunicipalityOverview } from '../../../contracts/municipality';
import { api } from '../../app/api';

/** Aggregates only (roles manager and admin). */
export function fetchMunicipalityOverview(signal: AbortSignal): Promise<MunicipalityOverview> {
  return api.get<MunicipalityOverview>('/api/municipality', signal);
}
