/** The one evaluator for every municipality's eligibility rule set. */
import { GRUNNBELOP_TABLE, type GrunnbelopTable } from '../money/grunnbelop.js';
import { addMonths, isIsoDate } from './calendar.js';
import type { CheckContext, CheckResult } from './checks/check.js';
import { checkDebtToMunicipality, checkEvictionQuarantine, checkIncomeCeiling } from './checks/economy.js';
import { checkCanMeetLeaseTerms, checkHousingSituation, checkUnableToObtainHousing } from './checks/housing.js';
import { checkLawfulResidence, checkMinAge, checkResidenceDuration } from './checks/person.js';
import { EligibilityError } from './errors.js';
import { localize } from './labels.js';
import type { EligibilityFacts, EligibilityOutcome, EligibilityReason, EligibilityResult, Rule, RuleOverride, RuleSet } from './types.js';

/** Shortest written reason for an override, in characters after trimming [I]. */
export const MIN_OVERRIDE_REASON_LENGTH = 10;

export interface EvaluateOptions {
  /** Evaluation date, ISO; ages, botid and G are read on it. The caller's clock supplies it. */
  readonly date: string;
  /** Rules the caseworker sets aside («åpenbart urimelig utslag»), each with a written reason. */
  readonly overrides?: readonly RuleOverride[];
  /** The municipality's G table; defaults to {@link GRUNNBELOP_TABLE}. */
  readonly grunnbelop?: GrunnbelopTable;
}

/**
 * Evaluates one rule against the facts. Exhaustive over {@link Rule}: a new kind does not
 * compile until it is handled here. Throws EligibilityError `unknown_rule_kind` for a kind
 * unknown at run time (data from elsewhere), RangeError for invalid dates in the facts.
 */
export function checkRule(rule: Rule, facts: EligibilityFacts, ctx: CheckContext): CheckResult {
  switch (rule.kind) {
    case 'minAge':
      return checkMinAge(rule, facts, ctx);
    case 'lawfulResidence':
      return checkLawfulResidence(rule, facts);
    case 'residenceDuration':
      return checkResidenceDuration(rule, facts, ctx);
    case 'housingSituation':
      return checkHousingSituation(rule, facts);
    case 'unableToObtainHousing':
      return checkUnableToObtainHousing(rule, facts);
    case 'canMeetLeaseTerms':
      return checkCanMeetLeaseTerms(rule, facts);
    case 'incomeCeiling':
      return checkIncomeCeiling(rule, facts, ctx);
    case 'debtToMunicipality':
      return checkDebtToMunicipality(rule, facts);
    case 'evictionQuarantine':
      return checkEvictionQuarantine(rule, facts, ctx);
    default:
      return unhandled(rule);
  }
}

function unhandled(rule: never): never {
  const { id, kind } = rule as { id?: unknown; kind?: unknown };
  throw new EligibilityError('unknown_rule_kind', `rule ${String(id)} has unknown kind ${String(kind)}`);
}

/** Checks the overrides against the rule set and returns them by rule id. Throws EligibilityError. */
function indexOverrides(ruleSet: RuleSet, overrides: readonly RuleOverride[]): Map<string, RuleOverride> {
  const byId = new Map<string, RuleOverride>();
  for (const o of overrides) {
    const rule = ruleSet.rules.find((r) => r.id === o.ruleId);
    if (rule === undefined) throw new EligibilityError('unknown_rule', `rule ${o.ruleId} is not in rule set ${ruleSet.id}`);
    if (!rule.overridable) throw new EligibilityError('override_not_allowed', `rule ${o.ruleId} may not be overridden`);
    if ([...o.reason.trim()].length < MIN_OVERRIDE_REASON_LENGTH) {
      throw new EligibilityError('override_reason_too_short', `override of ${o.ruleId} needs a written reason of at least ${MIN_OVERRIDE_REASON_LENGTH} characters`);
    }
    if (byId.has(o.ruleId)) throw new EligibilityError('duplicate_override', `rule ${o.ruleId} is overridden twice`);
    byId.set(o.ruleId, o);
  }
  return byId;
}

function overridden(rule: Rule, result: CheckResult, override: RuleOverride): EligibilityReason {
  const reason = override.reason.trim();
  // The caseworker's text is quoted as written; add a full stop only when it lacks one.
  const stop = /[.!?]$/.test(reason) ? '' : '.';
  return {
    ruleId: rule.id,
    kind: rule.kind,
    outcome: 'overridden',
    explanation: localize(
      (l) =>
        ({
          nb: `Saksbehandleren har gjort unntak fra vilkåret fordi det ville gi et åpenbart urimelig utslag. Begrunnelse: «${reason}»${stop} Vurdering uten unntaket: ${result.explanation.nb}`,
          nn: `Sakshandsamaren har gjort unntak frå vilkåret fordi det ville gi eit openbert urimeleg utslag. Grunngiving: «${reason}»${stop} Vurdering utan unntaket: ${result.explanation.nn}`,
          en: `The caseworker has made an exception because the condition would be obviously unreasonable here. Reason: “${reason}”${stop} Assessment without the exception: ${result.explanation.en}`,
        })[l],
    ),
    source: rule.source,
    values: result.values,
    missingFacts: result.missingFacts,
    override: { reason, evaluatedOutcome: result.outcome },
  };
}

/**
 * Evaluates every rule of `ruleSet` against `facts` on `options.date`. All rules must be met or
 * overridden for `eligible`; any rule not met makes the result `not_eligible`; otherwise any
 * rule lacking facts makes it `incomplete`. Every rule yields a reason, in rule order.
 * Throws EligibilityError for an invalid override (unknown rule, rule not overridable, reason
 * shorter than {@link MIN_OVERRIDE_REASON_LENGTH}, duplicate) and RangeError for an invalid date
 * or when no G is in force on the date.
 */
export function evaluateEligibility(ruleSet: RuleSet, facts: EligibilityFacts, options: EvaluateOptions): EligibilityResult {
  if (!isIsoDate(options.date)) throw new RangeError(`not an ISO date: ${options.date}`);
  const overrides = indexOverrides(ruleSet, options.overrides ?? []);
  const ctx: CheckContext = { date: options.date, grunnbelop: options.grunnbelop ?? GRUNNBELOP_TABLE };

  const reasons = ruleSet.rules.map((rule): EligibilityReason => {
    const result = checkRule(rule, facts, ctx);
    const override = overrides.get(rule.id);
    if (override !== undefined) return overridden(rule, result, override);
    return { ruleId: rule.id, kind: rule.kind, source: rule.source, ...result };
  });

  const outcome: EligibilityOutcome = reasons.some((r) => r.outcome === 'not_met')
    ? 'not_eligible'
    : reasons.some((r) => r.outcome === 'unknown')
      ? 'incomplete'
      : 'eligible';

  return {
    outcome,
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    date: options.date,
    ...(outcome === 'eligible' ? { validUntil: addMonths(options.date, ruleSet.validityMonths) } : {}),
    reasons,
  };
}
