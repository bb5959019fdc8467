import type { CaseSummary } from '../../../contracts/cases';
import type {
  CreatePlaceBody,
  CreateProviderBody,
  CreateStayBody,
  Place,
  Provider,
  Stay,
  StayList,
  UpdatePlaceBody,
  UpdateProviderBody,
  UpdateStayBody,
} from '../../../contracts/temporary';
import { api } from '../../app/api';

const id = encodeURIComponent;

/** Stays open today, with the counts of KOSTRA's flags. */
export function listActiveStays(signal: AbortSignal): Promise<StayList> {
  return api.get<StayList>('/api/temporary/stays?active=true&limit=200', signal);
}

/** Every provider of the municipality with its places and open stays. */
export async function listProviders(signal: AbortSignal): Promise<Provider[]> {
  return (await api.get<{ items: Provider[] }>('/api/temporary/providers', signal)).items;
}

export function getProvider(providerId: string, signal: AbortSignal): Promise<Provider> {
  return api.get<Provider>(`/api/temporary/providers/${id(providerId)}`, signal);
}

/** Field errors on `orgNumber` (control digit), `contractTerms`/`contractFrom` (a private operator needs a contract), `contractTo`. */
export function createProvider(body: CreateProviderBody): Promise<Provider> {
  return api.post<Provider>('/api/temporary/providers', body);
}

/** `null` clears a field; the rules are checked on the result. */
export function updateProvider(providerId: string, body: UpdateProviderBody): Promise<Provider> {
  return api.patch<Provider>(`/api/temporary/providers/${id(providerId)}`, body);
}

export function createPlace(providerId: string, body: CreatePlaceBody): Promise<Place> {
  return api.post<Place>(`/api/temporary/providers/${id(providerId)}/places`, body);
}

export function updatePlace(placeId: string, body: UpdatePlaceBody): Promise<Place> {
  return api.patch<Place>(`/api/temporary/places/${id(placeId)}`, body);
}

/** One stay; the read is written to the access log. */
export function getStay(stayId: string, signal: AbortSignal): Promise<Stay> {
  return api.get<Stay>(`/api/temporary/stays/${id(stayId)}`, signal);
}

/** NAV adviser only. Field errors on the references, `startDate` (ahead of today, or overlapping another stay). */
export function registerStay(body: CreateStayBody): Promise<Stay> {
  return api.post<Stay>('/api/temporary/stays', body);
}

/** NAV adviser only. `endDate` ends the stay (null reopens it). */
export function updateStay(stayId: string, body: UpdateStayBody): Promise<Stay> {
  return api.patch<Stay>(`/api/temporary/stays/${id(stayId)}`, body);
}

/** The person's cases the user may see (as main person or household member). */
export async function listPersonCases(personId: string, signal: AbortSignal): Promise<CaseSummary[]> {
  return (await api.get<{ items: CaseSummary[] }>(`/api/persons/${id(personId)}/cases`, signal)).items;
}
