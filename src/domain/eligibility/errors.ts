/**
 * Broken invariants in eligibility: the service validates overrides and picks the rule set
 * before calling the domain, so reaching one of these is a programming or data error, not an
 * expected outcome. The service may map `code` to its own error (e.g. rule_violation, not_found).
 */
export const ELIGIBILITY_ERROR_CODES = [
  /** An override names a rule that is not in the rule set. */
  'unknown_rule',
  /** An override names a rule with `overridable: false`. */
  'override_not_allowed',
  /** An override's written reason is shorter than MIN_OVERRIDE_REASON_LENGTH. */
  'override_reason_too_short',
  /** Two overrides name the same rule. */
  'duplicate_override',
  /** No rule set of the municipality is in force on the date. */
  'no_rule_set_in_force',
  /** Two rule sets of the municipality take effect on the same date. */
  'ambiguous_rule_set',
  /** A rule has a kind the evaluator does not know (e.g. stored data from a newer version). */
  'unknown_rule_kind',
] as const;
export type EligibilityErrorCode = (typeof ELIGIBILITY_ERROR_CODES)[number];

/** Thrown for a broken eligibility invariant; a RangeError so callers that only know RangeError still catch it. */
export class EligibilityError extends RangeError {
  constructor(
    readonly code: EligibilityErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'EligibilityError';
  }
}
