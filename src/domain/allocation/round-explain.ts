/**
 * Explains a solved round: for each vacancy the proposal, the best candidates and why each ranks
 * where it does, and for each household ahead of the proposal in the queue why it was not
 * proposed here — a failed hard constraint, a limit, a proposal elsewhere with a better joint
 * result, or a lower weight here.
 */
import type { QueuedHousehold } from './queue.js';
import { HARD_CONSTRAINT_CODES, reason, type Reason } from './reasons.js';
import type { BuiltLimit, RoundProblem } from './round-problem.js';
import type { Candidate, PassedOver, QueueEntry, RoundLimit, VacancyResult } from './round-types.js';
import type { AllocationSolution } from './solver/problem.js';
import type { DwellingFacts } from './types.js';

const HARD = new Set<string>(HARD_CONSTRAINT_CODES);

export interface ExplainOptions {
  readonly candidatesPerVacancy: number;
  readonly passedOverPerVacancy: number;
}

export interface ExplainedRound {
  readonly vacancies: VacancyResult[];
  readonly households: QueueEntry[];
  readonly limits: RoundLimit[];
}

/** Explains `solution` of `built` for the queue and vacancies the problem was built from. */
export function explainRound(queue: readonly QueuedHousehold[], vacancies: readonly DwellingFacts[], built: RoundProblem, solution: AllocationSolution, options: ExplainOptions): ExplainedRound {
  const { problem, edgeOf, limits, suitabilityOf } = built;
  const chosen = new Set(solution.chosenEdges);
  const used = limits.map((l) => l.limit.edges.filter((e) => chosen.has(e)).length);
  const limitsOfEdge = new Map<number, number[]>();
  limits.forEach((l, i) => {
    for (const e of l.limit.edges) {
      const list = limitsOfEdge.get(e);
      if (list === undefined) limitsOfEdge.set(e, [i]);
      else list.push(i);
    }
  });

  const feasible = (h: number, v: number): boolean => edgeOf(h, v) >= 0;
  const weight = (h: number, v: number): number => problem.edges[edgeOf(h, v)]?.weight ?? 0;
  const q = (h: number): QueuedHousehold => queue[h] as QueuedHousehold;

  function limitReason(l: BuiltLimit, index: number, h: number): Reason {
    const v = l.view;
    if (l.rule === null) {
      const other = l.pair?.[0] === h ? l.pair[1] : (l.pair?.[0] ?? h);
      return reason('separation_required', { limitId: v.id, buildingKey: v.key, otherHouseholdId: q(other).household.id });
    }
    const params = { limitId: v.id, scope: v.scope, key: v.key, group: v.group ?? '', cap: v.cap, alreadyLet: v.alreadyLet, proposedThisRound: used[index] ?? 0 };
    return reason('concentration_limit_reached', params, { ruleId: l.rule.id, source: l.rule.source });
  }

  /** Why household h was not proposed for vacancy v (or `proposed` when it was). */
  function outcome(h: number, v: number, proposed: number): Reason[] {
    const e = edgeOf(h, v);
    if (e < 0) return suitabilityOf(h, v).reasons.filter((r) => HARD.has(r.code));
    const there = solution.householdToVacancy[h] ?? -1;
    if (there === v) return [reason('proposed', { vacancyId: (vacancies[v] as DwellingFacts).id })];
    const out: Reason[] = [];
    if (there >= 0) out.push(reason('proposed_elsewhere', { vacancyId: (vacancies[there] as DwellingFacts).id, weightThere: weight(h, there), weightHere: weight(h, v) }));
    for (const i of limitsOfEdge.get(e) ?? []) {
      const l = limits[i] as BuiltLimit;
      if ((used[i] ?? 0) >= l.limit.limit) out.push(limitReason(l, i, h));
    }
    if (out.length > 0) return out;
    if (proposed >= 0) out.push(reason('lower_joint_weight', { weight: weight(h, v), proposedWeight: weight(proposed, v) }));
    if (!solution.optimal) out.push(reason('search_stopped', { gap: solution.gap }));
    return out;
  }

  function candidate(h: number, v: number, rank: number, of: number, proposed: number): Candidate {
    const { priority, position, reasons } = q(h);
    const { score, reasons: suitabilityReasons } = suitabilityOf(h, v);
    const w = weight(h, v);
    const rankReason = reason('candidate_rank', { rank, of, points: priority.points, band: priority.band, score, weight: w });
    const soft = suitabilityReasons.filter((r) => !HARD.has(r.code));
    const [first] = outcome(h, v, proposed);
    return {
      householdId: q(h).household.id,
      rank,
      weight: w,
      score,
      points: priority.points,
      band: priority.band,
      queuePosition: position ?? 0,
      outcome: first ?? reason('lower_joint_weight', { weight: w, proposedWeight: proposed >= 0 ? weight(proposed, v) : 0 }),
      reasons: [rankReason, ...reasons, ...soft],
    };
  }

  const active = queue.map((_, h) => h).filter((h) => q(h).position !== null);
  const inQueueOrder = [...active].sort((a, b) => (q(a).position ?? 0) - (q(b).position ?? 0));

  const vacancyResults = vacancies.map((dwelling, v): VacancyResult => {
    const proposed = solution.vacancyToHousehold[v] ?? -1;
    const candidatesHere = active.filter((h) => feasible(h, v)).sort((a, b) => weight(b, v) - weight(a, v) || (q(a).position ?? 0) - (q(b).position ?? 0));
    const ranked = candidatesHere.map((h, i) => ({ h, rank: i + 1 }));
    const shown = ranked.slice(0, options.candidatesPerVacancy);
    const proposedEntry = ranked.find((c) => c.h === proposed);
    if (proposedEntry !== undefined && !shown.includes(proposedEntry)) shown.push(proposedEntry);
    const candidates = shown.map((c) => candidate(c.h, v, c.rank, candidatesHere.length, proposed));

    const bar = proposed >= 0 ? q(proposed).effectivePriority : 0;
    const passedOver = inQueueOrder
      .filter((h) => h !== proposed && q(h).effectivePriority > bar)
      .slice(0, options.passedOverPerVacancy)
      .map((h): PassedOver => ({ householdId: q(h).household.id, queuePosition: q(h).position ?? 0, points: q(h).priority.points, band: q(h).priority.band, reasons: outcome(h, v, proposed) }));

    return {
      vacancyId: dwelling.id,
      districtCode: dwelling.districtCode,
      buildingKey: dwelling.buildingKey,
      proposal: proposedEntry === undefined ? null : candidate(proposed, v, proposedEntry.rank, candidatesHere.length, proposed),
      candidates,
      candidateCount: candidatesHere.length,
      passedOver,
      notes: proposed < 0 ? [reason('vacancy_left_empty', { candidates: candidatesHere.length })] : [],
    };
  });

  const inactive = queue.map((_, h) => h).filter((h) => q(h).position === null);
  const households = [...inQueueOrder, ...inactive].map((h): QueueEntry => {
    const { household, priority, position, effectivePriority, reasons } = q(h);
    const there = solution.householdToVacancy[h] ?? -1;
    return {
      householdId: household.id,
      active: priority.active,
      queuePosition: position,
      points: priority.points,
      computedPoints: priority.computedPoints,
      band: priority.band,
      effectivePriority,
      reasons,
      proposedVacancyId: there >= 0 ? (vacancies[there] as DwellingFacts).id : null,
      feasibleVacancies: vacancies.filter((_, v) => feasible(h, v)).length,
    };
  });

  return { vacancies: vacancyResults, households, limits: limits.map((l, i) => ({ ...l.view, proposedThisRound: used[i] ?? 0 })) };
}
