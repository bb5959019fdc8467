import type { Application } from '../../../contracts/cases.js';
import type { NeedCategory } from '../../../domain/cases/case-types.js';
import type { OccupancyCount } from '../../../domain/allocation/concentration.js';
import type { PriorityRuleSet } from '../../../domain/allocation/priority-types.js';
import { BUILT_IN_PRIORITY_RULE_SETS } from '../../../domain/allocation/priority-rules/index.js';
import type { RoundHousehold } from '../../../domain/allocation/round-types.js';
import { selectAllocationRuleSet } from '../../../domain/allocation/select.js';
import { BUILT_IN_SUITABILITY_RULE_SETS } from '../../../domain/allocation/suitability-rules/index.js';
import type { SuitabilityRuleSet } from '../../../domain/allocation/suitability-types.js';
import { buildingKey, type DwellingFacts, type DwellingRequirement, type HousingSituation, type SpecialNeeds } from '../../../domain/allocation/types.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import type { OccupancyRow, VacancyRow, WaitingRow } from './allocation.repo.js';
import { ageOrNull } from '../../../domain/eligibility/calendar.js';

/**
 * From database rows to the pure round's facts (domain/allocation/round-types.ts). One waiting
 * entry is one approved case: the round's household id is the case id, so a proposal names the
 * approval an offer rests on.
 */

/**
 * The municipality's rule sets in force on `today`. A municipality without its own versions gets
 * the Demo defaults relabelled for it until it registers its own (docs/adr/0013) [I].
 */
export function ruleSetsFor(kommunenummer: string, today: string): { priority: PriorityRuleSet; suitability: SuitabilityRuleSet } {
  const own = BUILT_IN_PRIORITY_RULE_SETS.some((r) => r.municipality === kommunenummer);
  const from = own ? kommunenummer : '9999';
  const priority = selectAllocationRuleSet(BUILT_IN_PRIORITY_RULE_SETS, from, today);
  const suitability = selectAllocationRuleSet(BUILT_IN_SUITABILITY_RULE_SETS, from, today);
  return own ? { priority, suitability } : { priority: { ...priority, municipality: kommunenummer }, suitability: { ...suitability, municipality: kommunenummer } };
}

const NO_NEEDS: SpecialNeeds = { wheelchair: false, lift: false, groundFloor: false, staffed: false, staffBase: false, sharedHousingOk: 'unknown', schoolDistrict: null };

/** Children: members registered as children, or under 18 today. */
export function childrenAges(row: Pick<WaitingRow, 'members'>, today: string): number[] {
  return row.members.flatMap((m) => {
    const age = ageOrNull(m.birthDate, today);
    const child = m.relation === 'child' || m.relation === 'other_child' || (age !== null && age < 18);
    return child ? [age ?? 0] : [];
  });
}

/** Approval valid without an end date: far ahead, so the priority rules never see it as expired. */
const OPEN_VALIDITY = '9999-12-31';

/**
 * `housingFirstChoice`: the own choice of the household's active Housing First participants
 * (housing-first participants.service housingFirstChoicesFor) — their dwellings and districts; the
 * dwelling types they chose are not passed, as the suitability rules have no dwelling type to match.
 */
export function toRoundHousehold(
  row: WaitingRow,
  today: string,
  avoidBuildings: readonly string[],
  housingFirstChoice: RoundHousehold['housingFirstChoice'] = null,
): RoundHousehold {
  const app = row.application as Partial<Application>;
  const requirement = (row.decisionContent.dwelling ?? null) as DwellingRequirement | null;
  const excludedDistricts = app.safety?.excludedDistricts ?? [];
  return {
    id: row.caseId,
    housingSituation: (row.housingSituation ?? app.housingSituation ?? 'unsuitable_dwelling') as HousingSituation,
    needCategory: (row.needCategory ?? app.needCategory ?? 'other') as NeedCategory,
    childrenAges: childrenAges(row, today),
    applicantAge: ageOrNull(row.birthDate, today),
    specialNeeds: { ...NO_NEEDS, ...(app.specialNeeds ?? {}) },
    decisionDate: row.decidedOn,
    validUntil: row.validUntil ?? OPEN_VALIDITY,
    override: row.overridePoints === null ? null : { points: row.overridePoints, reason: row.overrideReason ?? '' },
    persons: Math.max(1, row.members.length),
    dwellingRequirement: requirement === null ? null : { bedrooms: requirement.bedrooms, floorRequirement: requirement.floorRequirement ?? 'none', lift: requirement.lift ?? false, wheelchair: requirement.wheelchair ?? false },
    areaWishes: app.areaWishes ?? [],
    networkAreas: app.networkAreas ?? [],
    housingFirstChoice,
    exclusions: excludedDistricts.length + avoidBuildings.length > 0 ? { districts: excludedDistricts, buildings: [...avoidBuildings] } : null,
  };
}

/** Whether the household takes part in a round today: no pending offer, not paused after an unreasonable refusal. */
export function inRound(row: WaitingRow, today: string): boolean {
  return row.pendingOfferId === null && (row.pausedUntil === null || compareDates(row.pausedUntil, today) < 0);
}

export function toDwellingFacts(v: VacancyRow): DwellingFacts {
  return {
    id: v.dwellingId,
    districtCode: v.districtCode,
    buildingKey: buildingKey(v),
    bedrooms: v.bedrooms,
    floor: v.floor,
    hasLift: v.hasLift,
    wheelchairAccessible: v.wheelchairAccessible,
    sharedHousing: v.sharedHousing,
    staffed24h: v.staffed24h,
    staffBase: v.staffBase,
    schoolDistrictPrimary: v.schoolDistrictPrimary,
  };
}

export function toOccupancy(let_: readonly OccupancyRow[], stock: ReadonlyArray<{ scope: 'district' | 'building'; key: string; count: number }>): OccupancyCount[] {
  const byKey = new Map<string, { scope: 'district' | 'building'; key: string; totalDwellings: number; letByNeedCategory: Partial<Record<NeedCategory, number>> }>();
  for (const s of stock) byKey.set(`${s.scope}|${s.key}`, { scope: s.scope, key: s.key, totalDwellings: s.count, letByNeedCategory: {} });
  for (const o of let_) {
    if (o.needCategory === null) continue;
    const entry = byKey.get(`${o.scope}|${o.key}`);
    if (!entry) continue;
    const category = o.needCategory as NeedCategory;
    entry.letByNeedCategory[category] = (entry.letByNeedCategory[category] ?? 0) + o.count;
  }
  return [...byKey.values()];
}
