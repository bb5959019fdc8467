import type {
  AddMemberBody,
  Consent,
  CreateConsentBody,
  CreateHouseholdBody,
  CreateRepresentativeBody,
  DuplicateList,
  Household,
  MergePersonBody,
  Person,
  PersonAccessLog,
  PersonSearchResult,
  Representative,
  WithdrawConsentBody,
} from '../../../contracts/people';
import { api, toQuery } from '../../app/api';

const id = encodeURIComponent;

/** `q`: a name, an 11-digit national id or a case number. Each person found is access-logged. */
export function searchPersons(q: string, signal: AbortSignal): Promise<PersonSearchResult> {
  return api.get<PersonSearchResult>(`/api/persons${toQuery({ q, limit: 20 })}`, signal);
}

export function getPerson(personId: string, signal: AbortSignal): Promise<Person> {
  return api.get<Person>(`/api/persons/${id(personId)}`, signal);
}

/** Registers the head (new or existing) and the household at once; field errors under `headPerson.`. */
export function createHousehold(body: CreateHouseholdBody): Promise<Household> {
  return api.post<Household>('/api/households', body);
}

export function getHousehold(householdId: string, signal: AbortSignal): Promise<Household> {
  return api.get<Household>(`/api/households/${id(householdId)}`, signal);
}

/** Field errors under `person.` for a new member. */
export function addMember(householdId: string, body: AddMemberBody): Promise<Household> {
  return api.post<Household>(`/api/households/${id(householdId)}/members`, body);
}

export function listConsents(personId: string, signal: AbortSignal): Promise<{ items: Consent[] }> {
  return api.get<{ items: Consent[] }>(`/api/persons/${id(personId)}/consents`, signal);
}

export function registerConsent(personId: string, body: CreateConsentBody): Promise<Consent> {
  return api.post<Consent>(`/api/persons/${id(personId)}/consents`, body);
}

/** Takes effect at once: an agency that had access through the consent loses it on its next request. */
export function withdrawConsent(personId: string, consentId: string, body: WithdrawConsentBody): Promise<Consent> {
  return api.post<Consent>(`/api/persons/${id(personId)}/consents/${id(consentId)}/withdraw`, body);
}

export function addRepresentative(personId: string, body: CreateRepresentativeBody): Promise<Representative> {
  return api.post<Representative>(`/api/persons/${id(personId)}/representatives`, body);
}

export function endRepresentative(personId: string, representativeId: string): Promise<Representative> {
  return api.post<Representative>(`/api/persons/${id(personId)}/representatives/${id(representativeId)}/end`, {});
}

export function listDuplicates(personId: string, signal: AbortSignal): Promise<DuplicateList> {
  return api.get<DuplicateList>(`/api/persons/${id(personId)}/duplicates`, signal);
}

/** Merges `personId` into `body.intoId`, which survives with the history of both. */
export function mergePerson(personId: string, body: MergePersonBody): Promise<Person> {
  return api.post<Person>(`/api/persons/${id(personId)}/merge`, body);
}

/** Who has read the person's file (caseworker only). */
export function listPersonAccessLog(personId: string, offset: number, signal: AbortSignal): Promise<PersonAccessLog> {
  return api.get<PersonAccessLog>(`/api/persons/${id(personId)}/access-log${toQuery({ limit: 50, offset })}`, signal);
}
