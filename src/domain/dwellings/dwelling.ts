import { DISPOSAL_FORMS, OWNER_REQUIRED, type DisposalForm, type DwellingType } from './kinds.js';

/**
 * A dwelling's registered facts, with Kobo's fields (domain.md § 4, Bolig API): matrikkel
 * (knr/gnr/bnr/fnr/snr), bruksenhetsnummer, ekstraReferanse, address, type, disposal form,
 * owner, size, properties, school districts, rent, deposit, meters, VAT compensation,
 * rent-to-own potential, district (levekårssone) and coordinates.
 */
export interface DwellingFields {
  knr: string;
  gnr: number;
  bnr: number;
  fnr: number;
  snr: number;
  /** Bruksenhetsnummer, e.g. H0101; '' when the building has one unit. */
  unitNumber: string;
  /** ekstraReferanse: tells apart several units in one matrikkel unit, e.g. rooms in shared housing. */
  extraReference: string;
  streetName: string;
  houseNumber: string;
  houseLetter: string;
  postalCode: string;
  postalCity: string;
  dwellingType: DwellingType;
  subcategory: string | null;
  disposalForm: DisposalForm;
  ownershipForm: string | null;
  ownerName: string | null;
  ownerOrgNumber: string | null;
  ownerPhone: string | null;
  bedrooms: number;
  usableAreaM2: number | null;
  floor: number | null;
  hasLift: boolean;
  wheelchairAccessible: boolean;
  sharedHousing: boolean;
  staffed24h: boolean;
  staffBase: boolean;
  schoolDistrictPrimary: string | null;
  schoolDistrictLowerSecondary: string | null;
  /** Whole kroner per month. */
  monthlyRent: number;
  deposit: number | null;
  electricityMeter: string | null;
  waterMeter: string | null;
  vatCompensation: boolean;
  rentToOwnPotential: boolean;
  districtCode: string | null;
  latitude: number | null;
  longitude: number | null;
  notes: string | null;
}

/** husleieloven § 3-5: a deposit may be at most six months' rent. */
export const MAX_DEPOSIT_MONTHS = 6;

export type DwellingProblemCode = 'owner_required' | 'deposit_too_high' | 'invalid_org_number' | 'unknown_district';

export interface DwellingProblem {
  field: keyof DwellingFields;
  code: DwellingProblemCode;
}

/**
 * Organisasjonsnummer (Enhetsregisteret): nine digits, the last a modulus-11 check digit with
 * weights 3 2 7 6 5 4 3 2; a remainder giving check digit 10 means the number cannot exist.
 */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(value[8]);
}

/** The unique identity of a dwelling in the register: matrikkel, bruksenhetsnummer and extra reference. */
export function identityKey(d: Pick<DwellingFields, 'knr' | 'gnr' | 'bnr' | 'fnr' | 'snr' | 'unitNumber' | 'extraReference'>): string {
  return [d.knr, d.gnr, d.bnr, d.fnr, d.snr, d.unitNumber, d.extraReference].join('|');
}

/**
 * The rules that span fields, shared by the register form and the import; every problem at once.
 * `districtCodes`: the municipality's districts (levekårssoner).
 */
export function checkDwelling(d: DwellingFields, districtCodes: ReadonlySet<string>): DwellingProblem[] {
  const problems: DwellingProblem[] = [];
  if (OWNER_REQUIRED.has(d.disposalForm) && !d.ownerName) problems.push({ field: 'ownerName', code: 'owner_required' });
  if (d.ownerOrgNumber !== null && !isValidOrgNumber(d.ownerOrgNumber)) problems.push({ field: 'ownerOrgNumber', code: 'invalid_org_number' });
  if (d.deposit !== null && d.deposit > MAX_DEPOSIT_MONTHS * d.monthlyRent) problems.push({ field: 'deposit', code: 'deposit_too_high' });
  if (d.districtCode !== null && !districtCodes.has(d.districtCode)) problems.push({ field: 'districtCode', code: 'unknown_district' });
  return problems;
}

export const isDisposalForm = (value: string): value is DisposalForm => (DISPOSAL_FORMS as readonly string[]).includes(value);
