import type {
  AppealFacts,
  ApplicationFacts,
  DwellingFacts,
  EvictionFacts,
  HousingEventFacts,
  HousingFirstFacts,
  IndicatorHistory,
  LeaseFacts,
  RentToOwnFacts,
  TemporaryStayFacts,
  WaitingEntryFacts,
} from './history.js';

/**
 * A small fixed history for the indicator and KOSTRA tests: a town of 10 000 inhabitants with
 * districts A (6 000) and B (3 500) — 500 live in no listed district — read on 15 February 2026.
 * Each test file works its expected values out by hand from these facts. Builders return new
 * objects, so no test can change another's data.
 */

export const AS_OF = '2026-02-15';
export const Y2025 = { from: '2025-01-01', to: '2025-12-31' } as const;

export function history(parts: Partial<IndicatorHistory> = {}): IndicatorHistory {
  return {
    asOf: AS_OF,
    inhabitants: 10_000,
    districts: [
      { code: 'A', inhabitants: 6_000 },
      { code: 'B', inhabitants: 3_500 },
    ],
    applications: [],
    appeals: [],
    waiting: [],
    housed: [],
    leases: [],
    dwellings: [],
    evictions: [],
    temporaryStays: [],
    housingFirst: [],
    rentToOwn: [],
    ...parts,
  };
}

export const application = (id: string, more: Partial<ApplicationFacts>): ApplicationFacts => ({
  id,
  householdId: `h-${id}`,
  caseType: 'rental_dwelling',
  rentalKind: 'new',
  livedInMunicipalDwelling: false,
  receivedOn: '2025-01-01',
  preliminaryReplySentOn: null,
  decidedOn: null,
  outcome: null,
  forwardedOn: null,
  closedWithoutDecisionOn: null,
  needCategory: 'other',
  districtCode: null,
  ...more,
});

export const housingEvent = (id: string, housedOn: string, more: Partial<HousingEventFacts> = {}): HousingEventFacts => ({
  id,
  householdId: `h-${id}`,
  dwellingId: 'd1',
  housedOn,
  rentalKind: 'new',
  livedInMunicipalDwelling: false,
  needCategory: 'other',
  refugeeSettledOn: null,
  districtCode: null,
  ...more,
});

export const waitingEntry = (id: string, approvedOn: string, bedroomsNeeded: number, more: Partial<WaitingEntryFacts> = {}): WaitingEntryFacts => ({
  id,
  householdId: `h-${id}`,
  approvedOn,
  validUntil: null,
  housedOn: null,
  leftOn: null,
  bedroomsNeeded,
  rentalKind: 'new',
  livedInMunicipalDwelling: false,
  needCategory: 'other',
  refugeeSettledOn: null,
  districtCode: null,
  ...more,
});

export const stay = (id: string, householdId: string, startDate: string, endDate: string | null, more: Partial<TemporaryStayFacts> = {}): TemporaryStayFacts => ({
  id,
  householdId,
  startDate,
  endDate,
  childrenPresent: false,
  nightShelter: false,
  districtCode: null,
  ...more,
});

export const appeal = (id: string, receivedOn: string, outcome: AppealFacts['outcome'], outcomeOn: string | null, districtCode: string | null = null): AppealFacts => ({
  id,
  caseId: `c-${id}`,
  caseType: 'rental_dwelling',
  receivedOn,
  outcome,
  outcomeOn,
  districtCode,
});

/** New rental applications a1–a8 and one other case type, a9 (applications.test.ts works them out). */
export const applications = (): ApplicationFacts[] => [
  application('a1', { receivedOn: '2025-01-10', decidedOn: '2025-02-01', outcome: 'approved', districtCode: 'A' }),
  application('a2', { receivedOn: '2025-03-05', decidedOn: '2025-04-01', outcome: 'refused', districtCode: 'B' }),
  application('a3', { rentalKind: 'change', livedInMunicipalDwelling: true, receivedOn: '2025-03-10', decidedOn: '2025-03-20', outcome: 'refused', districtCode: 'A' }),
  application('a4', { rentalKind: 'renewal', livedInMunicipalDwelling: true, receivedOn: '2025-05-01', decidedOn: '2025-05-15', outcome: 'approved', districtCode: 'A' }),
  application('a5', { livedInMunicipalDwelling: true, receivedOn: '2025-06-01', decidedOn: '2025-06-20', outcome: 'refused', districtCode: 'B' }),
  application('a6', { receivedOn: '2024-12-20', decidedOn: '2025-01-15', outcome: 'refused' }),
  application('a7', { receivedOn: '2025-12-20', decidedOn: '2026-01-10', outcome: 'partly_approved' }),
  application('a8', { rentalKind: null, receivedOn: '2025-08-01', decidedOn: '2025-08-30', outcome: 'partly_approved', districtCode: 'A' }),
  application('a9', { caseType: 'housing_help', rentalKind: null, receivedOn: '2025-02-01', decidedOn: '2025-03-01', outcome: 'refused' }),
];

/** Move-ins e1–e11 (housed.test.ts). */
export const housed = (): HousingEventFacts[] => [
  housingEvent('e1', '2025-02-01', { needCategory: 'mental_illness', dwellingId: 'd1', districtCode: 'A' }),
  housingEvent('e2', '2025-05-01', { needCategory: 'refugee', refugeeSettledOn: '2022-08-01', districtCode: 'A' }),
  housingEvent('e3', '2025-05-01', { needCategory: 'refugee', refugeeSettledOn: '2019-03-01', districtCode: 'B' }),
  housingEvent('e4', '2025-06-01', { needCategory: 'adapted_dwelling', refugeeSettledOn: '2021-10-01', districtCode: 'B' }),
  housingEvent('e5', '2025-06-01', { rentalKind: 'change', livedInMunicipalDwelling: true, needCategory: 'substance_use', districtCode: 'A' }),
  housingEvent('e6', '2025-07-01', { livedInMunicipalDwelling: true, needCategory: 'substance_use', districtCode: 'A' }),
  housingEvent('e7', '2025-08-01', { needCategory: 'refugee', refugeeSettledOn: null }),
  housingEvent('e8', '2026-01-10', { needCategory: 'substance_use', districtCode: 'A' }),
  housingEvent('e9', '2025-01-10', { needCategory: 'refugee', refugeeSettledOn: '2020-12-15', districtCode: 'A' }),
  housingEvent('e10', '2025-12-31', { needCategory: 'no_needs_test', districtCode: 'B' }),
  housingEvent('e11', '2024-12-31', { needCategory: 'mental_illness', districtCode: 'B' }),
];

/** Approvals w1–w8 (waiting.test.ts). */
export const waiting = (): WaitingEntryFacts[] => [
  waitingEntry('w1', '2025-03-01', 1, { needCategory: 'refugee', refugeeSettledOn: '2018-01-01', districtCode: 'A' }),
  waitingEntry('w2', '2025-06-15', 2, { refugeeSettledOn: '2023-05-01', districtCode: 'B' }),
  waitingEntry('w3', '2025-01-10', 2, { housedOn: '2025-09-01', districtCode: 'A' }),
  waitingEntry('w4', '2024-11-01', 3, { validUntil: '2025-10-31', needCategory: 'substance_use' }),
  waitingEntry('w5', '2025-11-20', 0, { leftOn: '2025-12-31' }),
  waitingEntry('w6', '2025-12-31', 4, { needCategory: 'adapted_dwelling', districtCode: 'B' }),
  waitingEntry('w7', '2025-09-01', 1, { housedOn: '2026-01-05', needCategory: 'mental_illness', rentalKind: 'change', livedInMunicipalDwelling: true, districtCode: 'A' }),
  waitingEntry('w8', '2025-07-01', 3, { housedOn: '2025-12-31' }),
];

/** Stays t1–t8 of households h1–h7 (temporary.test.ts). */
export const temporaryStays = (): TemporaryStayFacts[] => [
  stay('t1', 'h1', '2025-03-01', '2025-03-15', { districtCode: 'A' }),
  stay('t2', 'h2', '2025-12-20', '2026-01-20', { districtCode: 'A' }),
  stay('t3', 'h3', '2025-01-10', '2025-05-01', { childrenPresent: true, districtCode: 'B' }),
  stay('t4', 'h4', '2025-06-01', '2025-06-20', { childrenPresent: true }),
  stay('t5', 'h5', '2025-02-01', '2025-02-02', { nightShelter: true }),
  stay('t6', 'h5', '2025-08-01', '2025-08-03', { nightShelter: true }),
  stay('t7', 'h6', '2025-10-01', null, { districtCode: 'B' }),
  stay('t8', 'h7', '2024-11-01', '2025-01-01'),
];

const period = (status: DwellingFacts['statusPeriods'][number]['status'], fromDate: string, toDate: string | null) => ({ status, fromDate, toDate });

/**
 * Dwellings d1–d6 (stock.test.ts). Rents are chosen so a day is whole kroner:
 * 9 125 × 12 / 365 = 300, 7 300 × 12 / 365 = 240, 10 950 × 12 / 365 = 360.
 */
export const dwellings = (): DwellingFacts[] => [
  {
    id: 'd1', disposalForm: 'municipally_owned', wheelchairAccessible: true, bedrooms: 1, monthlyRent: 9_125, districtCode: 'A',
    statusPeriods: [period('let', '2024-01-01', '2025-03-01'), period('vacant', '2025-03-01', '2025-03-11'), period('let', '2025-03-11', null)],
  },
  {
    id: 'd2', disposalForm: 'leased_from_private', wheelchairAccessible: false, bedrooms: 2, monthlyRent: 7_300, districtCode: 'A',
    statusPeriods: [period('vacant', '2024-06-01', '2025-01-21'), period('reserved', '2025-01-21', '2025-02-01'), period('let', '2025-02-01', null)],
  },
  {
    id: 'd3', disposalForm: 'private_with_allocation_right', wheelchairAccessible: true, bedrooms: 3, monthlyRent: 10_950, districtCode: 'B',
    statusPeriods: [period('let', '2020-01-01', '2025-06-01'), period('maintenance', '2025-06-01', '2025-07-01'), period('vacant', '2025-07-01', null)],
  },
  {
    id: 'd4', disposalForm: 'municipally_owned', wheelchairAccessible: false, bedrooms: 2, monthlyRent: 6_000, districtCode: 'B',
    statusPeriods: [period('let', '2020-01-01', '2025-12-31'), period('sold', '2025-12-31', null)],
  },
  {
    id: 'd5', disposalForm: 'municipally_owned', wheelchairAccessible: false, bedrooms: 1, monthlyRent: 5_000, districtCode: null,
    statusPeriods: [period('vacant', '2026-01-01', null)],
  },
  {
    id: 'd6', disposalForm: 'municipally_owned', wheelchairAccessible: false, bedrooms: 0, monthlyRent: 4_000, districtCode: 'A',
    statusPeriods: [period('not_in_use', '2023-01-01', null)],
  },
];

const lease = (id: string, dwellingId: string, householdId: string, startDate: string, endedOn: string | null, districtCode: string | null): LeaseFacts => ({
  id, dwellingId, householdId, startDate, endedOn, districtCode,
});

/** Leases l1–l6 of the dwellings above: l6 renews l5 back to back (stock.test.ts). */
export const leases = (): LeaseFacts[] => [
  lease('l1', 'd1', 'hA', '2024-01-01', '2025-02-28', 'A'),
  lease('l2', 'd1', 'hB', '2025-03-11', null, 'A'),
  lease('l3', 'd2', 'hC', '2025-02-01', null, 'A'),
  lease('l4', 'd3', 'hD', '2020-01-01', '2025-05-31', 'B'),
  lease('l5', 'd4', 'hE', '2020-01-01', '2024-12-31', 'B'),
  lease('l6', 'd4', 'hE', '2025-01-01', '2025-12-30', 'B'),
];

export const evictions = (): EvictionFacts[] => [
  { leaseId: 'l4', step: 'requested', stepOn: '2025-03-01', districtCode: 'B' },
  { leaseId: 'l4', step: 'carried_out', stepOn: '2025-05-31', districtCode: 'B' },
  { leaseId: 'l2', step: 'requested', stepOn: '2025-11-15', districtCode: 'A' },
  { leaseId: 'l9', step: 'requested', stepOn: '2024-12-01', districtCode: null },
  { leaseId: 'l9', step: 'carried_out', stepOn: '2025-01-10', districtCode: null },
  { leaseId: 'l3', step: 'requested', stepOn: '2026-01-05', districtCode: 'A' },
];

const participant = (id: string, enrolledOn: string, housedOn: string | null, exitedOn: string | null, exitReason: HousingFirstFacts['exitReason'], districtCode: string | null): HousingFirstFacts => ({
  id, enrolledOn, housedOn, exitedOn, exitReason, districtCode,
});

/** Housing First participants p1–p5 (tenancy.test.ts). */
export const housingFirst = (): HousingFirstFacts[] => [
  participant('p1', '2024-11-01', '2024-12-01', null, null, 'A'),
  participant('p2', '2025-01-02', '2025-01-15', '2025-05-01', 'left_programme', 'B'),
  participant('p3', '2025-02-01', '2025-03-01', '2025-06-01', 'moved_on_own_home', 'A'),
  participant('p4', '2025-05-01', null, null, null, null),
  participant('p5', '2025-08-01', '2025-08-31', null, null, 'B'),
];

export const rentToOwn = (): RentToOwnFacts[] => [
  { id: 'r1', householdId: 'hB', leaseId: 'l2', status: 'moved_to_owned', outcomeOn: '2025-06-01', districtCode: 'A' },
  { id: 'r2', householdId: 'hC', leaseId: 'l3', status: 'ended', outcomeOn: '2025-07-01', districtCode: 'A' },
  { id: 'r3', householdId: 'hD', leaseId: 'l4', status: 'active', outcomeOn: null, districtCode: 'B' },
  { id: 'r4', householdId: 'hE', leaseId: 'l6', status: 'moved_to_owned', outcomeOn: '2026-01-20', districtCode: 'B' },
];

/** Appeals ap1–ap7 (appeals.test.ts). */
export const appeals = (): AppealFacts[] => [
  appeal('ap1', '2025-02-01', 'reversed_by_first_instance', '2025-02-20', 'A'),
  appeal('ap2', '2025-03-01', 'upheld', '2025-06-01', 'B'),
  appeal('ap3', '2025-04-01', 'reversed', '2025-09-01'),
  appeal('ap4', '2025-05-01', 'remanded', '2026-01-10', 'A'),
  appeal('ap5', '2025-06-01', 'withdrawn', '2025-06-15'),
  appeal('ap6', '2025-11-01', 'pending', null, 'B'),
  appeal('ap7', '2024-12-01', 'dismissed', '2025-01-20'),
];

/** The whole fixed history. */
export const fixedHistory = (): IndicatorHistory =>
  history({
    applications: applications(),
    appeals: appeals(),
    waiting: waiting(),
    housed: housed(),
    leases: leases(),
    dwellings: dwellings(),
    evictions: evictions(),
    temporaryStays: temporaryStays(),
    housingFirst: housingFirst(),
    rentToOwn: rentToOwn(),
  });
