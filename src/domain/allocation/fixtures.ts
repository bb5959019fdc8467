/** Small factories for the allocation tests; not used by production code. */
import type { RoundHousehold, RoundInput } from './round-types.js';
import { DEMO_9999_PRIORITY_V1 } from './priority-rules/demo-9999.js';
import { DEMO_9999_SUITABILITY_V1 } from './suitability-rules/demo-9999.js';
import type { DwellingFacts, SpecialNeeds } from './types.js';

/** The round's date unless a test says otherwise. */
export const TODAY = '2025-09-15';

/** No special needs; shared housing not acceptable. */
export const needs = (overrides: Partial<SpecialNeeds> = {}): SpecialNeeds => ({
  wheelchair: false,
  lift: false,
  groundFloor: false,
  staffed: false,
  staffBase: false,
  sharedHousingOk: 'no',
  schoolDistrict: null,
  ...overrides,
});

/** A single adult staying with friends, approved half a year ago, nothing else. */
export const household = (id: string, overrides: Partial<RoundHousehold> = {}): RoundHousehold => ({
  id,
  housingSituation: 'staying_with_friends_family',
  needCategory: 'other',
  childrenAges: [],
  applicantAge: 40,
  specialNeeds: needs(),
  decisionDate: '2025-03-01',
  validUntil: '2026-03-01',
  persons: 1,
  areaWishes: [],
  ...overrides,
});

/** A one-bedroom flat on the 2nd floor with a lift in district 01, building B1. */
export const dwelling = (id: string, overrides: Partial<DwellingFacts> = {}): DwellingFacts => ({
  id,
  districtCode: '01',
  buildingKey: 'B1',
  bedrooms: 1,
  floor: 2,
  hasLift: true,
  wheelchairAccessible: false,
  sharedHousing: false,
  staffed24h: false,
  staffBase: false,
  schoolDistrictPrimary: 'Nord',
  ...overrides,
});

/** A Demo kommune round on TODAY with the built-in rule sets and no occupancy. */
export const roundOf = (households: readonly RoundHousehold[], vacancies: readonly DwellingFacts[], overrides: Partial<RoundInput> = {}): RoundInput => ({
  municipality: '9999',
  today: TODAY,
  seed: 42,
  rules: { priority: DEMO_9999_PRIORITY_V1, suitability: DEMO_9999_SUITABILITY_V1 },
  households,
  vacancies,
  occupancy: [],
  ...overrides,
});
