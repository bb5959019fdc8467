/** Small factories for the eligibility tests; not used by production code. */
import { evaluateEligibility, type EvaluateOptions } from './evaluate.js';
import { text } from './labels.js';
import type { EligibilityFacts, EligibilityReason, Rule, RuleBase, RuleSet } from './types.js';

/** The fields every rule has, with test values. */
export const base = (id: string, overridable = true): RuleBase => ({
  id,
  title: text(`Tittel ${id}`, `Tittel ${id}`, `Title ${id}`),
  source: { document: 'Test document', section: '§ 1' },
  overridable,
});

/** A rule set holding the given rules. */
export const ruleSetOf = (...rules: Rule[]): RuleSet => ({
  id: 'test-0000-v1',
  municipality: '0000',
  version: 1,
  effectiveFrom: '2020-01-01',
  source: { document: 'Test rules' },
  validityMonths: 12,
  rules,
});

/** Evaluation date used unless a test says otherwise; G = 130 160 on it. */
export const DATE = '2025-06-01';

/** The reason one rule yields for the facts. */
export function reasonFor(rule: Rule, facts: EligibilityFacts, options: Partial<EvaluateOptions> = {}): EligibilityReason {
  const result = evaluateEligibility(ruleSetOf(rule), facts, { date: DATE, ...options });
  const reason = result.reasons[0];
  if (reason === undefined) throw new Error('no reason');
  return reason;
}
