import { addDays, compareDates, type IsoDate } from '../deadlines/index.js';

/**
 * The municipality's rules for offers (tilbud om bolig) as versioned data: how long a household
 * has to answer, how soon after the answer the lease may start, which refusal reasons count as
 * reasonable («saklig grunn»), and what an unreasonable refusal leads to. Pure; the server
 * stores the version with each offer.
 *
 * Municipalities write this into their allocation guidelines; none of the seed sources gives
 * numbers, so every value here is [I] (inferred practice) and a municipality sets its own.
 */

export const REFUSAL_REASONS = [
  /** The dwelling does not meet a documented health or accessibility need (wheelchair, stairs…). */
  'health_or_accessibility',
  /** Safety: a threat, violence or a person the household must avoid in the area or building. */
  'safety',
  /** Too far from the children's school, work or treatment the household depends on. */
  'distance_school_work_treatment',
  /** Wrong size for the household (too small by the municipality's norm). */
  'size',
  /** The rent is above what the household can pay with bostøtte. */
  'rent_too_high',
  /** The household has found a dwelling on its own. */
  'found_own_dwelling',
  /** A preference (area, standard, floor) that is not a documented need. */
  'preference',
  'other',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type RefusalConsequence =
  /** Nothing follows; the household keeps its place. */
  | { readonly kind: 'none' }
  /** The household is left out of allocation rounds for `days` days and a caseworker reviews the approval. */
  | { readonly kind: 'pause_and_review'; readonly days: number }
  /** The household no longer needs a dwelling: the waiting-list entry ends (the case is closed by a caseworker). */
  | { readonly kind: 'leaves_list' };

export interface OfferRules {
  readonly id: string;
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  readonly source: string;
  /** Calendar days from the offer letter to the last day to answer. [I] */
  readonly answerDays: number;
  /** Earliest move-in, days after the offer. [I] */
  readonly earliestMoveInDays: number;
  readonly reasonable: readonly RefusalReason[];
  /** What follows the n-th unreasonable refusal (1-based; the last entry applies to every later one). */
  readonly unreasonable: readonly RefusalConsequence[];
  readonly foundOwnDwelling: RefusalConsequence;
}

export const OFFER_RULES: readonly OfferRules[] = [
  {
    id: 'demo-9999',
    version: 1,
    effectiveFrom: '2024-01-01',
    source: '[I] Practice as described for Sandnes and Mandal (seeds); no published numbers — the municipality sets its own.',
    answerDays: 7,
    earliestMoveInDays: 14,
    reasonable: ['health_or_accessibility', 'safety', 'distance_school_work_treatment', 'size'],
    unreasonable: [{ kind: 'none' }, { kind: 'pause_and_review', days: 90 }],
    foundOwnDwelling: { kind: 'leaves_list' },
  },
  {
    id: 'nabo-9998',
    version: 1,
    effectiveFrom: '2024-01-01',
    source: '[I] Inferred from Bergen\'s guidelines (bystyresak 268/16) — check the municipality\'s own text.',
    answerDays: 10,
    earliestMoveInDays: 14,
    reasonable: ['health_or_accessibility', 'safety', 'size'],
    unreasonable: [{ kind: 'pause_and_review', days: 180 }],
    foundOwnDwelling: { kind: 'leaves_list' },
  },
];

/** The offer rules in force for a municipality on a day (the latest version that has begun). */
export function offerRulesFor(kommunenummer: string, on: IsoDate): OfferRules {
  const id = kommunenummer === '9998' ? 'nabo-9998' : 'demo-9999';
  const candidates = OFFER_RULES.filter((r) => r.id === id && compareDates(r.effectiveFrom, on) <= 0).sort((a, b) => b.version - a.version);
  const found = candidates[0];
  if (!found) throw new RangeError(`no offer rules for ${kommunenummer} on ${on}`);
  return found;
}

export interface OfferDates {
  readonly answerDeadline: IsoDate;
  readonly earliestMoveIn: IsoDate;
}

export function offerDates(rules: OfferRules, offeredOn: IsoDate): OfferDates {
  return { answerDeadline: addDays(offeredOn, rules.answerDays), earliestMoveIn: addDays(offeredOn, rules.earliestMoveInDays) };
}

/** An offer still pending after its last day to answer has expired. */
export function isExpired(answerDeadline: IsoDate, today: IsoDate): boolean {
  return compareDates(today, answerDeadline) > 0;
}

export interface RefusalJudgement {
  readonly reasonable: boolean;
  readonly consequence: RefusalConsequence;
  /** `<rules id>/<version>`: stored with the refusal. */
  readonly rulesVersion: string;
}

/**
 * Judges a refusal by the municipality's rule. `earlierUnreasonable` is how many of the
 * household's earlier refusals on this approval were judged unreasonable. A caseworker may
 * judge differently with a written reason (the service records it).
 */
export function judgeRefusal(rules: OfferRules, reason: RefusalReason, earlierUnreasonable: number): RefusalJudgement {
  const rulesVersion = `${rules.id}/${rules.version}`;
  if (reason === 'found_own_dwelling') return { reasonable: true, consequence: rules.foundOwnDwelling, rulesVersion };
  if (rules.reasonable.includes(reason)) return { reasonable: true, consequence: { kind: 'none' }, rulesVersion };
  const steps = rules.unreasonable;
  const consequence = steps[Math.min(earlierUnreasonable, steps.length - 1)] ?? { kind: 'none' as const };
  return { reasonable: false, consequence, rulesVersion };
}
