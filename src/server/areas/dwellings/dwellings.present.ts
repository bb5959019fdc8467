import type { Dwelling, DwellingSummary } from '../../../contracts/dwellings.js';
import type { dwelling } from '../../../db/schema/index.js';
import type { DwellingFields } from '../../../domain/dwellings/dwelling.js';
import { DISPOSAL_FORMS, DWELLING_TYPES, type DisposalForm, type DwellingType } from '../../../domain/dwellings/kinds.js';
import { isDwellingStatus, type DwellingStatus } from '../../../domain/dwellings/status.js';
import type { StatusPeriod } from '../../../domain/dwellings/vacancy.js';
import type { DwellingRow, PeriodRow } from './dwellings.repo.js';

/** Row ↔ DTO mappers of the dwelling register. Row types stop here (docs/style.md). */

const num = (value: string | null): number | null => (value === null ? null : Number(value));
const numeric = (value: number | null): string | null => (value === null ? null : String(value));

function statusOf(value: string): DwellingStatus {
  if (!isDwellingStatus(value)) throw new Error(`unknown dwelling status in the database: ${value}`);
  return value;
}
function typeOf(value: string): DwellingType {
  if (!(DWELLING_TYPES as readonly string[]).includes(value)) throw new Error(`unknown dwelling type in the database: ${value}`);
  return value as DwellingType;
}
function disposalOf(value: string): DisposalForm {
  if (!(DISPOSAL_FORMS as readonly string[]).includes(value)) throw new Error(`unknown disposal form in the database: ${value}`);
  return value as DisposalForm;
}

/** The registered facts of a row, typed as the domain has them. */
export function fieldsOf(row: DwellingRow): DwellingFields {
  return {
    knr: row.knr,
    gnr: row.gnr,
    bnr: row.bnr,
    fnr: row.fnr,
    snr: row.snr,
    unitNumber: row.unitNumber,
    extraReference: row.extraReference,
    streetName: row.streetName,
    houseNumber: row.houseNumber,
    houseLetter: row.houseLetter,
    postalCode: row.postalCode,
    postalCity: row.postalCity,
    dwellingType: typeOf(row.dwellingType),
    subcategory: row.subcategory,
    disposalForm: disposalOf(row.disposalForm),
    ownershipForm: row.ownershipForm,
    ownerName: row.ownerName,
    ownerOrgNumber: row.ownerOrgNumber,
    ownerPhone: row.ownerPhone,
    bedrooms: row.bedrooms,
    usableAreaM2: num(row.usableAreaM2),
    floor: row.floor,
    hasLift: row.hasLift,
    wheelchairAccessible: row.wheelchairAccessible,
    sharedHousing: row.sharedHousing,
    staffed24h: row.staffed24h,
    staffBase: row.staffBase,
    schoolDistrictPrimary: row.schoolDistrictPrimary,
    schoolDistrictLowerSecondary: row.schoolDistrictLowerSecondary,
    monthlyRent: row.monthlyRent,
    deposit: row.deposit,
    electricityMeter: row.electricityMeter,
    waterMeter: row.waterMeter,
    vatCompensation: row.vatCompensation,
    rentToOwnPotential: row.rentToOwnPotential,
    districtCode: row.districtCode,
    latitude: num(row.latitude),
    longitude: num(row.longitude),
    notes: row.notes,
  };
}

/** Domain fields → the columns to write (numeric columns travel as text). */
export function columnsOf(fields: Partial<DwellingFields>): Partial<typeof dwelling.$inferInsert> {
  const { usableAreaM2, latitude, longitude, ...rest } = fields;
  return {
    ...rest,
    ...(usableAreaM2 !== undefined ? { usableAreaM2: numeric(usableAreaM2) } : {}),
    ...(latitude !== undefined ? { latitude: numeric(latitude) } : {}),
    ...(longitude !== undefined ? { longitude: numeric(longitude) } : {}),
  };
}

const currentOf = (row: DwellingRow) =>
  row.currentStatus === null || row.currentFrom === null
    ? null
    : { status: statusOf(row.currentStatus), fromDate: row.currentFrom, expectedReadyOn: row.currentExpectedReadyOn };

export function presentDwelling(row: DwellingRow): Dwelling {
  return { ...fieldsOf(row), id: row.id, districtName: row.districtName, createdAt: row.createdAt.toISOString(), current: currentOf(row) };
}

export function presentSummary(row: DwellingRow): DwellingSummary {
  return {
    id: row.id,
    streetName: row.streetName,
    houseNumber: row.houseNumber,
    houseLetter: row.houseLetter,
    postalCode: row.postalCode,
    postalCity: row.postalCity,
    unitNumber: row.unitNumber,
    extraReference: row.extraReference,
    districtCode: row.districtCode,
    districtName: row.districtName,
    dwellingType: typeOf(row.dwellingType),
    disposalForm: disposalOf(row.disposalForm),
    bedrooms: row.bedrooms,
    usableAreaM2: num(row.usableAreaM2),
    floor: row.floor,
    hasLift: row.hasLift,
    wheelchairAccessible: row.wheelchairAccessible,
    sharedHousing: row.sharedHousing,
    staffed24h: row.staffed24h,
    monthlyRent: row.monthlyRent,
    current: currentOf(row),
  };
}

export function periodOf(row: PeriodRow): StatusPeriod {
  return { status: statusOf(row.status), fromDate: row.fromDate, toDate: row.toDate };
}
