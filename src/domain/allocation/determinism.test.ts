import { describe, expect, it } from 'vitest';
import { NEED_CATEGORIES } from '../cases/case-types.js';
import { HOUSING_SITUATIONS } from '../eligibility/types.js';
import { createRng, type Rng } from '../random/rng.js';
import { canonicalRoundInput } from './canonical.js';
import type { OccupancyCount } from './concentration.js';
import { dwelling, household, needs, roundOf } from './fixtures.js';
import { runAllocationRound } from './round.js';
import type { RoundHousehold, RoundInput } from './round-types.js';

const DISTRICTS = ['01', '02', '03', '04'];
const BUILDINGS = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6'];

/** A varied round drawn from `seed`: limits, exclusions, separations, Housing First and overrides all appear. */
function randomRound(seed: number): RoundInput {
  const rng = createRng(seed);
  const some = <T>(items: readonly T[], p: number): T[] => items.filter(() => rng.chance(p));
  const situations = HOUSING_SITUATIONS.filter((s) => s !== 'own_suitable_dwelling');
  const households: RoundHousehold[] = Array.from({ length: 40 }, (_, i) => {
    const persons = rng.int(1, 5);
    return household(`h${String(i).padStart(2, '0')}`, {
      persons,
      childrenAges: Array.from({ length: rng.int(0, persons - 1) }, () => rng.int(0, 17)),
      applicantAge: rng.int(18, 70),
      housingSituation: rng.pick(situations),
      needCategory: rng.chance(0.4) ? 'substance_use' : rng.pick(NEED_CATEGORIES),
      economicallyDisadvantaged: rng.chance(0.5),
      specialNeeds: needs({ wheelchair: rng.chance(0.1), lift: rng.chance(0.2), sharedHousingOk: rng.pick(['yes', 'no', 'unknown'] as const), schoolDistrict: rng.chance(0.3) ? 'Nord' : null }),
      decisionDate: `2025-0${rng.int(1, 8)}-0${rng.int(1, 9)}`,
      areaWishes: some(DISTRICTS, 0.4),
      networkAreas: some(DISTRICTS, 0.3),
      exclusions: rng.chance(0.1) ? { districts: some(DISTRICTS, 0.3), buildings: some(BUILDINGS, 0.3) } : null,
      housingFirstChoice: rng.chance(0.1) ? { dwellingIds: [`v${rng.int(0, 14)}`], districtCodes: some(DISTRICTS, 0.5) } : null,
      separateFrom: rng.chance(0.1) ? [`h${String(rng.int(0, 39)).padStart(2, '0')}`] : [],
      override: rng.chance(0.05) ? { points: rng.int(50, 150), reason: 'Særlige forhold dokumentert i saken.' } : null,
    });
  });
  const vacancies = Array.from({ length: 15 }, (_, i) =>
    dwelling(`v${i}`, {
      districtCode: rng.pick(DISTRICTS),
      buildingKey: rng.pick(BUILDINGS),
      bedrooms: rng.int(0, 4),
      floor: rng.int(1, 5),
      hasLift: rng.chance(0.5),
      wheelchairAccessible: rng.chance(0.2),
      sharedHousing: rng.chance(0.15),
      schoolDistrictPrimary: rng.pick(['Nord', 'Sør']),
    }),
  );
  const occupancy: OccupancyCount[] = [
    ...DISTRICTS.map((key) => ({ scope: 'district' as const, key, totalDwellings: 30, letByNeedCategory: { substance_use: rng.int(0, 3), refugee: rng.int(0, 5) } })),
    ...BUILDINGS.map((key) => ({ scope: 'building' as const, key, totalDwellings: 8, letByNeedCategory: { substance_use: rng.int(0, 2) } })),
  ];
  return roundOf(households, vacancies, { occupancy, seed: seed * 7919 });
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

/** The same round with households, vacancies, occupancy and every set-like list reordered, and keys reversed. */
function reordered(input: RoundInput, seed: number): RoundInput {
  const rng = createRng(seed);
  const households = shuffled(input.households, rng).map((h) => ({
    ...h,
    childrenAges: shuffled(h.childrenAges, rng),
    networkAreas: shuffled(h.networkAreas ?? [], rng),
    separateFrom: shuffled(h.separateFrom ?? [], rng),
    ...(h.exclusions ? { exclusions: { districts: shuffled(h.exclusions.districts ?? [], rng), buildings: shuffled(h.exclusions.buildings ?? [], rng) } } : {}),
    ...(h.housingFirstChoice ? { housingFirstChoice: { dwellingIds: shuffled(h.housingFirstChoice.dwellingIds, rng), districtCodes: shuffled(h.housingFirstChoice.districtCodes, rng) } } : {}),
  }));
  const shaken = { ...input, households, vacancies: shuffled(input.vacancies, rng), occupancy: shuffled(input.occupancy, rng) };
  return reverseKeys(shaken) as RoundInput;
}

describe('determinism of the round', () => {
  it.each([1, 2, 3])('gives deep-equal output for the same input twice (round %i), with limits in play', (seed) => {
    const input = randomRound(seed);
    const first = runAllocationRound(input);
    expect(runAllocationRound(input)).toEqual(first);
    expect(first.limits.length).toBeGreaterThan(0);
    expect(first.vacancies.some((v) => v.proposal !== null)).toBe(true);
    expect(first.optimal).toBe(true);
  });

  it.each([1, 2, 3])('gives the same output and canonical input however the input is ordered (round %i)', (seed) => {
    const input = randomRound(seed);
    const other = reordered(input, seed + 100);
    expect(other.households[0]?.id).not.toBe(input.households[0]?.id);
    expect(runAllocationRound(other)).toEqual(runAllocationRound(input));
    expect(canonicalRoundInput(other)).toBe(canonicalRoundInput(input));
  });

  it('changes only with what matters: the seed may change the lottery, never the input order', () => {
    const input = randomRound(4);
    expect(canonicalRoundInput({ ...input, seed: input.seed + 1 })).not.toBe(canonicalRoundInput(input));
    const result = runAllocationRound(input);
    const objective = runAllocationRound({ ...input, seed: input.seed + 1 }).objective;
    // A different lottery only reorders equal points; the optimum moves by at most the tie-break's share.
    expect(Math.abs(objective - result.objective) / result.objective).toBeLessThan(0.05);
  });
});
