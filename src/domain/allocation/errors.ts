/**
 * Broken invariants in allocation: the service picks the rule sets, checks overrides and
 * assembles the round before calling the domain, so reaching one of these is a programming or
 * data error, not an expected outcome. The service may map `code` to its own error.
 */
export const ALLOCATION_ERROR_CODES = [
  /** No rule set of the municipality is in force on the date. */
  'no_rule_set_in_force',
  /** Two rule sets of the municipality take effect on the same date. */
  'ambiguous_rule_set',
  /** A priority override where the rule set allows none. */
  'override_not_allowed',
  /** A priority override's written reason is shorter than MIN_OVERRIDE_REASON_LENGTH. */
  'override_reason_too_short',
  /** A priority override's points are not a whole number from 1 to the rule set's maximum. */
  'override_points_invalid',
  /** A rule set has a rule kind the evaluator does not know (stored data from a newer version). */
  'unknown_rule_kind',
  /** A rule set belongs to another municipality or is not in force on the round's date. */
  'rule_set_mismatch',
  /** The input breaks an invariant (duplicate ids, invalid dates or numbers, unknown band ids). */
  'invalid_input',
  /** A share limit needs the number of dwellings in a district or building the occupancy lacks. */
  'missing_occupancy',
] as const;
export type AllocationErrorCode = (typeof ALLOCATION_ERROR_CODES)[number];

/** Thrown for a broken allocation invariant; a RangeError so callers that only know RangeError still catch it. */
export class AllocationError extends RangeError {
  constructor(
    readonly code: AllocationErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'AllocationError';
  }
}
