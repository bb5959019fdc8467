import type { EvaluateBody, Evaluation, RuleSetText } from '../../../contracts/cases.js';
import type { Language } from '../../../contracts/common.js';
import { EligibilityError } from '../../../domain/eligibility/errors.js';
import { evaluateEligibility } from '../../../domain/eligibility/evaluate.js';
import { renderRuleSet, renderRuleSetText } from '../../../domain/eligibility/render.js';
import { selectRuleSet } from '../../../domain/eligibility/select.js';
import type { RuleSet } from '../../../domain/eligibility/types.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { getHandleableCase, todayOf } from './case-access.js';
import * as records from './case-records.repo.js';
import { assertCaseArea, canReadRules } from './cases.policy.js';
import { applicationOf } from './cases.present.js';
import { buildFacts } from './eligibility.facts.js';
import * as people from './people-facts.repo.js';
import { presentEvaluation } from './records.present.js';
import { listRuleSets } from './rule-sets.repo.js';

/** Case types the rule sets are written for: «Vilkår for kommunal utleiebolig». */
const EVALUATED_CASE_TYPES = ['rental_dwelling'];

/** The municipality's rule set in force on `date`. @throws AppError (not_found or `status`) when there is none. */
export async function ruleSetInForce(ctx: ServiceContext, tx: Tx, date: string, onMissing: 'not_found' | 'rule_violation'): Promise<RuleSet> {
  const set = await ruleSetInForceOrUndefined(ctx, tx, date);
  if (!set) throw new AppError(onMissing, 'error.no_rule_set');
  return set;
}

/** The municipality's rule set in force on `date`, or undefined when there is none. */
export async function ruleSetInForceOrUndefined(ctx: ServiceContext, tx: Tx, date: string): Promise<RuleSet | undefined> {
  const sets = await listRuleSets(tx, ctx.actor.municipalityId, ctx.actor.kommunenummer);
  try {
    return selectRuleSet(sets, ctx.actor.kommunenummer, date);
  } catch (error) {
    if (error instanceof EligibilityError && error.code === 'no_rule_set_in_force') return undefined;
    throw error;
  }
}

/**
 * The active eligibility rule set rendered as text in `language`, for the admin and the caseworker.
 * @throws AppError forbidden (other roles), not_found (no rule set in force on the date).
 */
export async function getRules(ctx: ServiceContext, language: Language, date?: string): Promise<RuleSetText> {
  if (!canReadRules(ctx.actor.role)) throw forbidden();
  const on = date ?? todayOf(ctx);
  const set = await ctx.transaction((tx) => ruleSetInForce(ctx, tx, on, 'not_found'));
  return {
    ruleSet: { id: set.id, version: set.version, municipality: set.municipality, effectiveFrom: set.effectiveFrom, validityMonths: set.validityMonths },
    language,
    sections: renderRuleSet(set, language).map((s) => ({ heading: s.heading, lines: [...s.lines] })),
    text: renderRuleSetText(set, language),
  };
}

function checkOverrides(set: RuleSet, overrides: EvaluateBody['overrides']): void {
  const problems = overrides.flatMap((o, i) => {
    const rule = set.rules.find((r) => r.id === o.ruleId);
    const code = !rule ? 'unknown_rule' : !rule.overridable ? 'override_not_allowed' : overrides.findIndex((p) => p.ruleId === o.ruleId) !== i ? 'duplicate' : undefined;
    return code ? [{ path: `overrides.${i}.ruleId`, code, messageKey: `field.${code}` as MessageKey }] : [];
  });
  if (problems.length > 0) throw new AppError('rule_violation', 'error.rule_violation', problems);
}

/**
 * Evaluates a rental-dwelling case against the rule set in force today, from the application,
 * the person and the household, and stores the result with every reason. Each override is
 * audited with its written reason (eligibility.overridden).
 * @throws AppError forbidden, not_found, rule_violation (not a rental-dwelling case, no rule set,
 *   an override of an unknown or non-overridable rule).
 */
export async function evaluateCase(ctx: ServiceContext, caseId: string, body: EvaluateBody, language: Language): Promise<Evaluation> {
  assertCaseArea(ctx.actor);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const { municipalityId, userId } = ctx.actor;
    const kase = await getHandleableCase(ctx, tx, caseId);
    if (!EVALUATED_CASE_TYPES.includes(kase.caseType)) {
      throw new AppError('rule_violation', 'error.rule_violation', [{ path: 'caseType', code: 'not_applicable', messageKey: 'field.not_applicable' }]);
    }
    const set = await ruleSetInForce(ctx, tx, today, 'rule_violation');
    checkOverrides(set, body.overrides);
    const person = await people.findPerson(tx, municipalityId, kase.personId);
    if (!person) throw notFound();
    const members = await people.listMembers(tx, municipalityId, kase.householdId, today);
    const facts = buildFacts(applicationOf(kase), person, members, kase.receivedOn);
    const result = evaluateEligibility(set, facts, { date: today, overrides: body.overrides });
    const row = await records.insertEvaluation(tx, {
      municipalityId,
      caseId: kase.id,
      ruleSetId: set.id,
      ruleSetVersion: set.version,
      evaluatedOn: today,
      outcome: result.outcome,
      result: result as unknown as Record<string, unknown>,
      overrides: body.overrides.map((o) => ({ ruleId: o.ruleId, reason: o.reason })),
      evaluatedBy: userId,
    });
    await recordEvent(tx, ctx, {
      type: 'eligibility.evaluated',
      subjectType: 'case',
      subjectId: kase.id,
      data: { evaluationId: row.id, ruleSet: result.ruleSet, outcome: result.outcome },
    });
    for (const reason of result.reasons.filter((r) => r.override)) {
      await recordEvent(tx, ctx, {
        type: 'eligibility.overridden',
        subjectType: 'case',
        subjectId: kase.id,
        reason: reason.override?.reason,
        data: { evaluationId: row.id, ruleId: reason.ruleId, evaluatedOutcome: reason.override?.evaluatedOutcome },
      });
    }
    return presentEvaluation(row, language);
  });
}
