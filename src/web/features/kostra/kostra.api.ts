import type { KostraDto } from '../../../contracts/indicators';
import { api } from '../../app/api';

export type { KostraDto };

export function getKostra(year: number, signal?: AbortSignal): Promise<KostraDto> {
  return api.get<KostraDto>(`/api/kostra/${year}`, signal);
}

/** The CSV download (a plain link: the browser saves the attachment). */
export const kostraCsvUrl = (year: number): string => `/api/kostra/${year}.csv`;
