import type { HomelessnessCount } from '../../../contracts/homelessness';
import { api } from '../../app/api';

export type { HomelessnessCount };

export function getCount(year: number | undefined, week: number | undefined, signal?: AbortSignal): Promise<HomelessnessCount> {
  const query = new URLSearchParams();
  if (year !== undefined) query.set('year', String(year));
  if (week !== undefined) query.set('week', String(week));
  const qs = query.toString();
  return api.get<HomelessnessCount>(`/api/homelessness-count${qs ? `?${qs}` : ''}`, signal);
}

export function submitCount(year: number, week: number): Promise<HomelessnessCount> {
  return api.post<HomelessnessCount>('/api/homelessness-count', { year, week });
}
