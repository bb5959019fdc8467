/**
 * Builds the solver's problem for a round: an edge for each household–vacancy pair that passes
 * the hard constraints, weighted priority × suitability, and the limits that could bind —
 * concentration limits with the capacity left per district or building, and separations that keep
 * two households of the round out of one building.
 */
import { compareIds } from './canonical.js';
import { concentrationCapacity, inNeedGroup, type OccupancyCount } from './concentration.js';
import type { QueuedHousehold } from './queue.js';
import type { RoundLimit } from './round-types.js';
import type { AllocationEdge, AllocationLimit, AllocationProblem } from './solver/problem.js';
import { assessSuitability } from './suitability.js';
import type { ConcentrationLimit, SuitabilityResult, SuitabilityRuleSet } from './suitability-types.js';
import type { DwellingFacts } from './types.js';

/** A limit as sent to the solver, with what the round reports and explains about it. */
export interface BuiltLimit {
  readonly limit: AllocationLimit;
  readonly view: Omit<RoundLimit, 'proposedThisRound'>;
  /** The concentration rule, for its source. */
  readonly rule: ConcentrationLimit | null;
  /** For a separation: the two households' indices. */
  readonly pair: readonly [number, number] | null;
}

export interface RoundProblem {
  readonly problem: AllocationProblem;
  /**
   * The suitability of household h for vacancy v, recomputed on demand (it is pure) so a large
   * round does not hold every pair's reasons in memory; only the pairs explained are asked for.
   */
  readonly suitabilityOf: (h: number, v: number) => SuitabilityResult;
  /** Edge index of household h and vacancy v, or -1 when the pair fails a hard constraint or h is not active. */
  readonly edgeOf: (h: number, v: number) => number;
  readonly limits: readonly BuiltLimit[];
}

const keyOf = (scope: 'district' | 'building', v: DwellingFacts): string | null => (scope === 'district' ? v.districtCode : v.buildingKey);

function concentrationLimits(rules: SuitabilityRuleSet, queue: readonly QueuedHousehold[], vacancies: readonly DwellingFacts[], edges: readonly AllocationEdge[], occupancy: readonly OccupancyCount[]): BuiltLimit[] {
  const occupancyOf = new Map(occupancy.map((o) => [`${o.scope}:${o.key}`, o]));
  const out: BuiltLimit[] = [];
  for (const rule of rules.concentrationLimits) {
    const byKey = new Map<string, number[]>();
    edges.forEach((edge, e) => {
      const key = keyOf(rule.scope, vacancies[edge.vacancy] as DwellingFacts);
      if (key === null || !inNeedGroup(rule, (queue[edge.household] as QueuedHousehold).household.needCategory)) return;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [e]);
      else list.push(e);
    });
    for (const key of [...byKey.keys()].sort(compareIds)) {
      const limitEdges = byKey.get(key) ?? [];
      const capacity = concentrationCapacity(rule, key, occupancyOf.get(`${rule.scope}:${key}`));
      // A limit no larger than what could be chosen anyway never binds; leave it out of the problem.
      const reachable = Math.min(new Set(limitEdges.map((e) => edges[e]?.vacancy)).size, new Set(limitEdges.map((e) => edges[e]?.household)).size);
      if (capacity.remaining >= reachable) continue;
      const id = `${rule.scope}:${key}:${rule.group}`;
      out.push({
        limit: { id, edges: limitEdges, limit: capacity.remaining },
        view: { id, kind: 'concentration', ruleId: rule.id, scope: rule.scope, key, group: rule.group, ...capacity },
        rule,
        pair: null,
      });
    }
  }
  return out;
}

function separationLimits(queue: readonly QueuedHousehold[], vacancies: readonly DwellingFacts[], edges: readonly AllocationEdge[]): BuiltLimit[] {
  const indexOf = new Map(queue.map((q, i) => [q.household.id, i]));
  const edgesByHousehold = new Map<number, number[]>();
  edges.forEach((edge, e) => {
    const list = edgesByHousehold.get(edge.household);
    if (list === undefined) edgesByHousehold.set(edge.household, [e]);
    else list.push(e);
  });
  const pairs = new Set<string>();
  const out: BuiltLimit[] = [];
  queue.forEach((q, a) => {
    for (const otherId of q.household.separateFrom ?? []) {
      const b = indexOf.get(otherId);
      if (b === undefined || b === a) continue;
      const [first, second] = a < b ? [a, b] : [b, a];
      if (pairs.has(`${first}:${second}`)) continue;
      pairs.add(`${first}:${second}`);
      const inBuilding = (h: number, key: string): number[] => (edgesByHousehold.get(h) ?? []).filter((e) => vacancies[edges[e]?.vacancy ?? -1]?.buildingKey === key);
      const buildings = [...new Set(vacancies.map((v) => v.buildingKey))].sort(compareIds);
      for (const key of buildings) {
        const ofFirst = inBuilding(first, key);
        const ofSecond = inBuilding(second, key);
        if (ofFirst.length === 0 || ofSecond.length === 0) continue;
        const id = `separation:${key}:${queue[first]?.household.id}:${queue[second]?.household.id}`;
        out.push({
          limit: { id, edges: [...ofFirst, ...ofSecond], limit: 1 },
          view: { id, kind: 'separation', ruleId: null, scope: 'building', key, group: null, cap: 1, alreadyLet: 0, remaining: 1 },
          rule: null,
          pair: [first, second],
        });
      }
    }
  });
  return out;
}

/** The problem for `queue` (households by id, with priorities) and `vacancies` (by id). Throws as assessSuitability and concentrationCapacity. */
export function buildRoundProblem(queue: readonly QueuedHousehold[], vacancies: readonly DwellingFacts[], rules: SuitabilityRuleSet, occupancy: readonly OccupancyCount[]): RoundProblem {
  const edges: AllocationEdge[] = [];
  const width = vacancies.length;
  const edgeIndex = new Int32Array(queue.length * width).fill(-1);
  queue.forEach((q, h) => {
    if (q.position === null) return;
    vacancies.forEach((v, j) => {
      const { feasible, score } = assessSuitability(rules, q.household, v);
      if (!feasible) return;
      edgeIndex[h * width + j] = edges.length;
      edges.push({ household: h, vacancy: j, weight: q.effectivePriority * score });
    });
  });
  const limits = [...concentrationLimits(rules, queue, vacancies, edges, occupancy), ...separationLimits(queue, vacancies, edges)].sort((a, b) => compareIds(a.limit.id, b.limit.id));
  return {
    problem: { households: queue.length, vacancies: width, edges, limits: limits.map((l) => l.limit) },
    suitabilityOf: (h, v) => assessSuitability(rules, (queue[h] as QueuedHousehold).household, vacancies[v] as DwellingFacts),
    edgeOf: (h, v) => edgeIndex[h * width + v] ?? -1,
    limits,
  };
}
