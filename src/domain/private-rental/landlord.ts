import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import { isValidOrgNumber } from '../temporary/org-number.js';

/**
 * Private landlords and the agreements with them — Sandnes' «fordelspakke»: the municipality
 * guarantees the rent for a number of months and promises follow-up of the tenant, with a named
 * contact person, so private landlords let to households who would otherwise not be chosen.
 */
export const LANDLORD_KINDS = ['person', 'company'] as const;
export type LandlordKind = (typeof LANDLORD_KINDS)[number];

export type FieldProblem = { path: string; code: string };

/**
 * A landlord as it will be stored: a company needs an organisation number (Enhetsregisteret) with a
 * valid control digit; a person may have one (enkeltpersonforetak), and then it must be valid too.
 */
export function checkLandlord(landlord: { kind: LandlordKind; orgNumber: string | null }): FieldProblem[] {
  if (landlord.orgNumber === null) return landlord.kind === 'company' ? [{ path: 'orgNumber', code: 'company_needs_org_number' }] : [];
  return isValidOrgNumber(landlord.orgNumber) ? [] : [{ path: 'orgNumber', code: 'invalid_org_number' }];
}

/** A name compared without case or extra spaces. */
export const normaliseName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/**
 * Whether a dwelling in the register (disposal form leased_from_private) is leased from this
 * landlord: a company by its organisation number; a person — who has none in the register — by
 * name, and a person with an organisation number by that number.
 */
export function ownsDwelling(
  landlord: { kind: LandlordKind; name: string; orgNumber: string | null },
  dwelling: { ownerName: string | null; ownerOrgNumber: string | null },
): boolean {
  if (landlord.orgNumber !== null && dwelling.ownerOrgNumber !== null) return landlord.orgNumber === dwelling.ownerOrgNumber;
  if (landlord.kind === 'company') return false;
  return dwelling.ownerName !== null && normaliseName(dwelling.ownerName) === normaliseName(landlord.name);
}

/** Months of rent the municipality may guarantee [I]: at least one, at most three years. */
export const GUARANTEE_MONTHS = { min: 1, max: 36 } as const;

export interface AgreementTerms {
  rentGuarantee: boolean;
  guaranteeMonths: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** An agreement's benefits package and period, all problems at once (the database checks the same). */
export function checkAgreement(a: AgreementTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (a.rentGuarantee) {
    if (a.guaranteeMonths === null) problems.push({ path: 'guaranteeMonths', code: 'guarantee_months_range' });
    else if (a.guaranteeMonths < GUARANTEE_MONTHS.min || a.guaranteeMonths > GUARANTEE_MONTHS.max) problems.push({ path: 'guaranteeMonths', code: 'guarantee_months_range' });
  } else if (a.guaranteeMonths !== null) {
    problems.push({ path: 'guaranteeMonths', code: 'no_guarantee' });
  }
  if (a.validTo !== null && compareDates(a.validTo, a.validFrom) < 0) problems.push({ path: 'validTo', code: 'end_before_start' });
  return problems;
}

/** Whether the agreement's period covers `today`. */
export function agreementInForce(a: { validFrom: IsoDate; validTo: IsoDate | null }, today: IsoDate): boolean {
  return compareDates(a.validFrom, today) <= 0 && (a.validTo === null || compareDates(today, a.validTo) <= 0);
}
