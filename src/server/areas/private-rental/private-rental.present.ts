import type { Agreement, Landlord, LeaseHelp, Settlement } from '../../../contracts/private-rental.js';
import { addMonths, addDays } from '../../../domain/deadlines/calendar.js';
import { agreementInForce, inIntroductionOn, isRefugeeOn, nextStatuses, REFUGEE_YEARS } from '../../../domain/private-rental/index.js';
import type { AgreementView, LandlordRow } from './landlords.repo.js';
import type { HelpView } from './lease-help.repo.js';
import type { SettlementView } from './settlements.repo.js';

/** Rows to the API's shapes. */

export function presentLandlord(row: LandlordRow, facts: { agreements: readonly AgreementView[]; leasedDwellings: number; signedLeases: number; today: string }): Landlord {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    orgNumber: row.orgNumber,
    contactName: row.contactName,
    phone: row.phone,
    email: row.email,
    note: row.note,
    agreementInForce: facts.agreements.some((a) => a.landlordId === row.id && agreementInForce(a, facts.today)),
    leasedDwellings: facts.leasedDwellings,
    signedLeases: facts.signedLeases,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentAgreement(row: AgreementView, today: string): Agreement {
  return {
    id: row.id,
    landlordId: row.landlordId,
    rentGuarantee: row.rentGuarantee,
    guaranteeMonths: row.guaranteeMonths,
    followupPromise: row.followupPromise,
    contactPerson: { id: row.contactPersonId, name: row.contactName },
    terms: row.terms,
    validFrom: row.validFrom,
    validTo: row.validTo,
    inForce: agreementInForce(row, today),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentHelp(row: HelpView, settledOn: readonly string[], today: string): LeaseHelp {
  return {
    id: row.id,
    household: { id: row.householdId, headName: row.headName },
    landlord: row.landlordId === null ? null : { id: row.landlordId, name: row.landlordName ?? '' },
    helpedBy: { id: row.helpedById, name: row.helpedByName },
    startedOn: row.startedOn,
    depositGuarantee: row.depositGuarantee,
    monthlyRent: row.monthlyRent,
    status: row.status,
    outcomeOn: row.outcomeOn,
    leaseStartsOn: row.leaseStartsOn,
    note: row.note,
    refugee: settledOn.some((d) => isRefugeeOn(d, today)),
    nextStatuses: nextStatuses(row.status),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentSettlement(row: SettlementView, today: string): Settlement {
  return {
    id: row.id,
    household: { id: row.householdId, headName: row.headName },
    settledOn: row.settledOn,
    introductionFrom: row.introductionFrom,
    introductionTo: row.introductionTo,
    inIntroduction: inIntroductionOn(row, today),
    refugeeUntil: addDays(addMonths(row.settledOn, REFUGEE_YEARS * 12), -1),
    housing: row.housing,
    privateLeaseHelp: row.privateLeaseHelpId === null || row.helpStatus === null ? null : { id: row.privateLeaseHelpId, status: row.helpStatus, landlordName: row.helpLandlordName },
    boligskole: { sessions: row.sessions, attended: row.attended },
    createdAt: row.createdAt.toISOString(),
  };
}
