import type { DwellingList, DwellingPage, ImportResult, StatusChangeBody, VacancyBoard } from '../../../contracts/dwellings';
import { api, toQuery } from '../../app/api';

export type DwellingFilters = {
  district: string;
  status: string;
  bedroomsMin: string;
  bedroomsMax: string;
  wheelchair: string;
  shared: string;
  staffed: string;
  disposalForm: string;
  q: string;
};

export const FILTER_NAMES = ['district', 'status', 'bedroomsMin', 'bedroomsMax', 'wheelchair', 'shared', 'staffed', 'disposalForm', 'q'] as const satisfies readonly (keyof DwellingFilters)[];

/** The stock list under the filters, with the counts per status. */
export function listDwellings(filters: DwellingFilters, offset: number, signal: AbortSignal): Promise<DwellingList> {
  return api.get<DwellingList>(`/api/dwellings${toQuery({ ...filters, limit: 50, offset })}`, signal);
}

/** Every dwelling standing empty, longest first. */
export function getVacancyBoard(signal: AbortSignal): Promise<VacancyBoard> {
  return api.get<VacancyBoard>('/api/dwellings/vacancies', signal);
}

export function getDwellingPage(id: string, signal: AbortSignal): Promise<DwellingPage> {
  return api.get<DwellingPage>(`/api/dwellings/${encodeURIComponent(id)}`, signal);
}

export function changeDwellingStatus(id: string, body: StatusChangeBody): Promise<unknown> {
  return api.post(`/api/dwellings/${encodeURIComponent(id)}/status`, body);
}

export function importDwellings(file: File): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file);
  return api.postForm<ImportResult>('/api/dwellings/import', form);
}

export const EXPORT_PATHS = { xlsx: '/api/dwellings/export.xlsx', csv: '/api/dwellings/export.csv' } as const;
