/**
 * The allocation round (tildelingsrunde): all current vacancies at once, every household on the
 * waiting list, the rule versions and a seed in; a proposal (forslag til tilbud) per vacancy with
 * its ranked candidates and the reasons out. The input is replayable: the server stores it, its
 * SHA-256 over canonicalRoundInput, the seed and the rule versions with the round.
 */
import type { OccupancyCount } from './concentration.js';
import type { PriorityFacts, PriorityRuleSet } from './priority-types.js';
import type { Reason } from './reasons.js';
import type { SuitabilityHousehold, SuitabilityRuleSet } from './suitability-types.js';
import type { DwellingFacts, RuleSetVersion } from './types.js';

/** A household on the waiting list with everything the priority and suitability rules read. */
export interface RoundHousehold extends PriorityFacts, SuitabilityHousehold {
  readonly id: string;
  /** Households of this round that must not live in the same building (safety); ids not in the round are ignored. */
  readonly separateFrom?: readonly string[];
}

export interface RoundOptions {
  /** Candidates listed per vacancy, best weight first (default 5). */
  readonly candidatesPerVacancy?: number;
  /** Higher-priority households not proposed, explained per vacancy (default 10). */
  readonly passedOverPerVacancy?: number;
  /** Passed to the solver: stop once the relative gap is at most this (default 0: prove optimality). */
  readonly gapTolerance?: number;
  /** Passed to the solver: node limit of branch and bound. */
  readonly maxNodes?: number;
}

export interface RoundInput {
  /** Kommunenummer; both rule sets must belong to it. */
  readonly municipality: string;
  /** The round's date (ISO); priorities, waiting time and validity are read on it. */
  readonly today: string;
  /** Unsigned 32-bit integer; used only for the lottery that breaks ties between equal priorities. */
  readonly seed: number;
  /** The rule versions in force on `today`, in full, so the round can be replayed as it ran. */
  readonly rules: { readonly priority: PriorityRuleSet; readonly suitability: SuitabilityRuleSet };
  readonly households: readonly RoundHousehold[];
  readonly vacancies: readonly DwellingFacts[];
  /** What is let today per district and per building (for concentration limits). */
  readonly occupancy: readonly OccupancyCount[];
  readonly options?: RoundOptions;
}

/** A household's place on the round's waiting list. */
export interface QueueEntry {
  readonly householdId: string;
  /** False when the approval has run out: not considered. */
  readonly active: boolean;
  /** 1 = first; null when not active. */
  readonly queuePosition: number | null;
  readonly points: number;
  readonly computedPoints: number;
  readonly band: string;
  /** Points with the tie-break folded in; the solver's weight is this × suitability score. 0 when not active. */
  readonly effectivePriority: number;
  /** Priority reasons, then the queue position. */
  readonly reasons: readonly Reason[];
  readonly proposedVacancyId: string | null;
  /** Vacancies whose hard constraints the household passes. */
  readonly feasibleVacancies: number;
}

/** A household that passes the hard constraints for a vacancy, with why it ranks where it does. */
export interface Candidate {
  readonly householdId: string;
  /** 1 = highest weight for this vacancy. */
  readonly rank: number;
  readonly weight: number;
  readonly score: number;
  readonly points: number;
  readonly band: string;
  readonly queuePosition: number;
  /** `proposed`, or why not: proposed elsewhere, a limit, a lower joint weight. */
  readonly outcome: Reason;
  /** candidate_rank, then the priority reasons, then the suitability reasons. */
  readonly reasons: readonly Reason[];
}

/** A household ahead of the proposed one in the queue, and why it was not proposed for this vacancy. */
export interface PassedOver {
  readonly householdId: string;
  readonly queuePosition: number;
  readonly points: number;
  readonly band: string;
  readonly reasons: readonly Reason[];
}

export interface VacancyResult {
  readonly vacancyId: string;
  readonly districtCode: string | null;
  readonly buildingKey: string;
  /** The proposed household, or null when the dwelling is left for a later round. */
  readonly proposal: Candidate | null;
  /** The best candidates by weight; the proposal is added when it is not among them. */
  readonly candidates: readonly Candidate[];
  /** All households that pass the hard constraints for this vacancy. */
  readonly candidateCount: number;
  /** Higher-priority households than the proposal (all active ones when none), queue order. */
  readonly passedOver: readonly PassedOver[];
  /** Round-level notes on the vacancy (vacancy_left_empty). */
  readonly notes: readonly Reason[];
}

/** A side constraint of the round's problem, as sent to the solver and used. */
export interface RoundLimit {
  /** `district:03:substance_use`, `building:<key>:substance_use`, `separation:<key>:<id>:<id>`. */
  readonly id: string;
  readonly kind: 'concentration' | 'separation';
  /** The concentration limit's id in the suitability rule set; null for separations. */
  readonly ruleId: string | null;
  readonly scope: 'district' | 'building';
  readonly key: string;
  /** Need group; null for separations. */
  readonly group: string | null;
  readonly cap: number;
  readonly alreadyLet: number;
  /** What this round could propose: the solver's limit. */
  readonly remaining: number;
  readonly proposedThisRound: number;
}

export interface RoundResult {
  readonly municipality: string;
  readonly today: string;
  readonly seed: number;
  readonly ruleVersions: { readonly priority: RuleSetVersion; readonly suitability: RuleSetVersion };
  /** Sum of the proposals' weights. */
  readonly objective: number;
  /** Proven upper bound; equals objective when optimal. */
  readonly bound: number;
  readonly gap: number;
  readonly optimal: boolean;
  readonly solver: { readonly method: string; readonly nodes: number; readonly iterations: number };
  /** One per vacancy, by vacancy id. */
  readonly vacancies: readonly VacancyResult[];
  /** The waiting list: active households in queue order, then the others by id. */
  readonly households: readonly QueueEntry[];
  /** The limits that could bind, by id. */
  readonly limits: readonly RoundLimit[];
}
