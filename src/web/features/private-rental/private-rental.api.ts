import type {
  Agreement,
  Attendance,
  ContactList,
  CreateAgreementBody,
  CreateLandlordBody,
  CreateLeaseHelpBody,
  CreateSettlementBody,
  LandlordDetail,
  LandlordList,
  LeaseHelp,
  LeaseHelpList,
  RecordAttendanceBody,
  SettlementDetail,
  SettlementList,
  UpdateLandlordBody,
  UpdateLeaseHelpBody,
  UpdateSettlementBody,
  YearFigures,
} from '../../../contracts/private-rental';
import { api } from '../../app/api';

const id = encodeURIComponent;

export function listLandlords(signal: AbortSignal): Promise<LandlordList> {
  return api.get<LandlordList>('/api/private-rental/landlords', signal);
}

export function getLandlord(landlordId: string, signal: AbortSignal): Promise<LandlordDetail> {
  return api.get<LandlordDetail>(`/api/private-rental/landlords/${id(landlordId)}`, signal);
}

/** Field errors on `orgNumber` (a company needs one, with a valid control digit). */
export function createLandlord(body: CreateLandlordBody): Promise<LandlordDetail> {
  return api.post<LandlordDetail>('/api/private-rental/landlords', body);
}

export function updateLandlord(landlordId: string, body: UpdateLandlordBody): Promise<LandlordDetail> {
  return api.patch<LandlordDetail>(`/api/private-rental/landlords/${id(landlordId)}`, body);
}

/** Field errors on `guaranteeMonths` (1–36), `validTo`, `contactPersonId`. */
export function createAgreement(landlordId: string, body: CreateAgreementBody): Promise<Agreement> {
  return api.post<Agreement>(`/api/private-rental/landlords/${id(landlordId)}/agreements`, body);
}

export async function listContacts(signal: AbortSignal): Promise<ContactList['items']> {
  return (await api.get<ContactList>('/api/private-rental/contacts', signal)).items;
}

export function getFigures(signal: AbortSignal): Promise<YearFigures> {
  return api.get<YearFigures>('/api/private-rental/figures', signal);
}

export function listHelps(signal: AbortSignal): Promise<LeaseHelpList> {
  return api.get<LeaseHelpList>('/api/private-rental/lease-help?limit=200', signal);
}

/** One help; the read of the household is logged. */
export function getHelp(helpId: string, signal: AbortSignal): Promise<LeaseHelp> {
  return api.get<LeaseHelp>(`/api/private-rental/lease-help/${id(helpId)}`, signal);
}

/** Field error on `householdId` when the adviser may not see the household. */
export function createHelp(body: CreateLeaseHelpBody): Promise<LeaseHelp> {
  return api.post<LeaseHelp>('/api/private-rental/lease-help', body);
}

/** `status` signed needs `landlordId` and `leaseStartsOn`; every outcome needs `outcomeOn`. */
export function updateHelp(helpId: string, body: UpdateLeaseHelpBody): Promise<LeaseHelp> {
  return api.patch<LeaseHelp>(`/api/private-rental/lease-help/${id(helpId)}`, body);
}

export function listSettlements(signal: AbortSignal): Promise<SettlementList> {
  return api.get<SettlementList>('/api/private-rental/settlements?limit=200', signal);
}

/** One settlement; the read of the household is logged. */
export function getSettlement(settlementId: string, signal: AbortSignal): Promise<SettlementDetail> {
  return api.get<SettlementDetail>(`/api/private-rental/settlements/${id(settlementId)}`, signal);
}

export function createSettlement(body: CreateSettlementBody): Promise<SettlementDetail> {
  return api.post<SettlementDetail>('/api/private-rental/settlements', body);
}

export function updateSettlement(settlementId: string, body: UpdateSettlementBody): Promise<SettlementDetail> {
  return api.patch<SettlementDetail>(`/api/private-rental/settlements/${id(settlementId)}`, body);
}

export function recordAttendance(settlementId: string, body: RecordAttendanceBody): Promise<Attendance> {
  return api.post<Attendance>(`/api/private-rental/settlements/${id(settlementId)}/boligskole`, body);
}

/** The household's helps into private leases (to link one to its settlement). */
export async function listHouseholdHelps(householdId: string, signal: AbortSignal): Promise<LeaseHelp[]> {
  return (await api.get<LeaseHelpList>(`/api/private-rental/lease-help?householdId=${id(householdId)}`, signal)).items;
}
