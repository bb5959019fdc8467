/** The one evaluator for every municipality's priority rule set (prioritet på ventelisten). */
import { isIsoDate, wholeMonthsBetween } from '../eligibility/calendar.js';
import { MIN_OVERRIDE_REASON_LENGTH } from '../eligibility/evaluate.js';
import { AllocationError } from './errors.js';
import type { PriorityBand, PriorityFacts, PriorityOverride, PriorityResult, PriorityRule, PriorityRuleSet } from './priority-types.js';
import { reason, type Reason } from './reasons.js';

export { MIN_OVERRIDE_REASON_LENGTH };

/** A matching rule's points and reason, or null when the rule does not match. */
type RuleMatch = { readonly points: number; readonly reason: Reason } | null;

/**
 * Whether one rule matches the facts, and with what. Exhaustive over {@link PriorityRule}; throws
 * AllocationError `unknown_rule_kind` for a kind unknown at run time (stored data from elsewhere).
 */
export function matchPriorityRule(rule: PriorityRule, facts: PriorityFacts): RuleMatch {
  const band = rule.band ?? null;
  const at = { ruleId: rule.id, source: rule.source };
  switch (rule.kind) {
    case 'housingSituation':
      if (!rule.situations.includes(facts.housingSituation)) return null;
      return { points: rule.points, reason: reason('priority_housing_situation', { situation: facts.housingSituation, points: rule.points, band }, at) };
    case 'needCategory':
      if (!rule.categories.includes(facts.needCategory)) return null;
      return { points: rule.points, reason: reason('priority_need_category', { category: facts.needCategory, points: rule.points, band }, at) };
    case 'children': {
      const children = facts.childrenAges.filter((age) => age <= rule.maxAge).length;
      if (children === 0) return null;
      const points = rule.points + rule.pointsPerChild * children;
      return { points, reason: reason('priority_children', { children, maxAge: rule.maxAge, points, band }, at) };
    }
    case 'specialNeeds': {
      const needs = rule.needs.filter((need) => facts.specialNeeds[need]);
      if (needs.length === 0) return null;
      return { points: rule.points, reason: reason('priority_special_needs', { needs, points: rule.points, band }, at) };
    }
    case 'youngApplicant': {
      const age = facts.applicantAge;
      if (age === undefined || age === null || age > rule.maxAge) return null;
      if (rule.categories.length > 0 && !rule.categories.includes(facts.needCategory)) return null;
      return { points: rule.points, reason: reason('priority_young_applicant', { age, maxAge: rule.maxAge, points: rule.points, band }, at) };
    }
    case 'economicallyDisadvantaged':
      if (facts.economicallyDisadvantaged !== true) return null;
      return { points: rule.points, reason: reason('priority_economically_disadvantaged', { points: rule.points, band }, at) };
    default:
      return unhandled(rule);
  }
}

function unhandled(rule: never): never {
  const { id, kind } = rule as { id?: unknown; kind?: unknown };
  throw new AllocationError('unknown_rule_kind', `priority rule ${String(id)} has unknown kind ${String(kind)}`);
}

/** The highest band whose floor the points reach; the lowest band when they reach none. */
export function bandForPoints(bands: readonly PriorityBand[], points: number): PriorityBand {
  const band = bands.find((b) => points >= b.minPoints) ?? bands[bands.length - 1];
  if (band === undefined) throw new AllocationError('invalid_input', 'a priority rule set needs at least one band');
  return band;
}

function bandIndex(ruleSet: PriorityRuleSet, id: string): number {
  const index = ruleSet.bands.findIndex((b) => b.id === id);
  if (index < 0) throw new AllocationError('invalid_input', `band ${id} is not in priority rule set ${ruleSet.id}`);
  return index;
}

/** Band and points from the raw sum, as the rule set's banding says. */
function resolveBand(ruleSet: PriorityRuleSet, rawPoints: number, assignedBands: readonly string[]): { band: PriorityBand; points: number } {
  if (ruleSet.banding === 'by_points') return { band: bandForPoints(ruleSet.bands, rawPoints), points: rawPoints };
  const lowest = ruleSet.bands.length - 1;
  const index = assignedBands.reduce((best, id) => Math.min(best, bandIndex(ruleSet, id)), lowest);
  const band = ruleSet.bands[index];
  if (band === undefined) throw new AllocationError('invalid_input', 'a priority rule set needs at least one band');
  const above = ruleSet.bands[index - 1];
  // Points order households within the band; they never reach the floor of the band above.
  const ceiling = above === undefined ? Number.MAX_SAFE_INTEGER : above.minPoints - 1;
  return { band, points: Math.min(band.minPoints + rawPoints, ceiling) };
}

/** Throws AllocationError when the override is not allowed or not valid. */
function checkOverride(ruleSet: PriorityRuleSet, override: PriorityOverride): void {
  if (!ruleSet.override.allowed) throw new AllocationError('override_not_allowed', `priority rule set ${ruleSet.id} allows no override`);
  if ([...override.reason.trim()].length < MIN_OVERRIDE_REASON_LENGTH) {
    throw new AllocationError('override_reason_too_short', `a priority override needs a written reason of at least ${MIN_OVERRIDE_REASON_LENGTH} characters`);
  }
  if (!Number.isInteger(override.points) || override.points < 1 || override.points > ruleSet.override.maxPoints) {
    throw new AllocationError('override_points_invalid', `override points must be a whole number from 1 to ${ruleSet.override.maxPoints}`);
  }
}

/**
 * A household's priority on `today` under `ruleSet`: base points plus every matching rule, the
 * band, the waiting time (reported; it only breaks ties or is ignored), a caseworker's override
 * and whether the approval is still valid — each with its reason. Points are ≥ 1 for a rule set
 * that passes validatePriorityRuleSet. Throws AllocationError for an
 * invalid override or an unknown band or rule kind, and RangeError for invalid dates or a decision
 * dated after `today`.
 */
export function assessPriority(ruleSet: PriorityRuleSet, facts: PriorityFacts, today: string): PriorityResult {
  for (const date of [today, facts.decisionDate, facts.validUntil]) if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  if (facts.decisionDate > today) throw new RangeError(`decision date ${facts.decisionDate} is after ${today}`);

  const reasons: Reason[] = [reason('priority_base', { points: ruleSet.basePoints }, { source: ruleSet.source })];
  let rawPoints = ruleSet.basePoints;
  const assignedBands: string[] = [];
  for (const rule of ruleSet.rules) {
    const match = matchPriorityRule(rule, facts);
    if (match === null) continue;
    rawPoints += match.points;
    if (rule.band !== undefined) assignedBands.push(rule.band);
    reasons.push(match.reason);
  }
  const computed = resolveBand(ruleSet, rawPoints, assignedBands);

  let { band, points } = computed;
  const override = facts.override ?? null;
  if (override !== null) {
    checkOverride(ruleSet, override);
    points = override.points;
    band = bandForPoints(ruleSet.bands, points);
    reasons.push(reason('priority_override', { points, computedPoints: computed.points, reason: override.reason.trim() }, { source: ruleSet.override.source }));
  }
  reasons.push(reason('priority_band', { band: band.id, points, rawPoints, banding: ruleSet.banding }, { source: ruleSet.source }));

  const waitingMonths = wholeMonthsBetween(facts.decisionDate, today);
  reasons.push(reason('priority_waiting_time', { decisionDate: facts.decisionDate, months: waitingMonths, use: ruleSet.waitingTime.use }, { source: ruleSet.waitingTime.source }));

  const active = today <= facts.validUntil;
  if (!active) reasons.push(reason('priority_approval_expired', { validUntil: facts.validUntil }));

  return { ruleSet: { id: ruleSet.id, version: ruleSet.version }, active, points, computedPoints: computed.points, band: band.id, waitingMonths, reasons };
}
