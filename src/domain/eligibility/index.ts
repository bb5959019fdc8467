/**
 * Eligibility for a municipal rental dwelling: rule sets as versioned data, one pure evaluator,
 * selection of the version in force, a validator and a text renderer.
 */
export * from './types.js';
export { addMonths, ageOn, formatDate, isIsoDate, wholeMonthsBetween } from './calendar.js';
export { ELIGIBILITY_ERROR_CODES, EligibilityError, type EligibilityErrorCode } from './errors.js';
export { checkRule, evaluateEligibility, type EvaluateOptions, MIN_OVERRIDE_REASON_LENGTH } from './evaluate.js';
export { HOUSING_SITUATION_LABELS, RESIDENCE_STATUS_LABELS } from './labels.js';
export { renderRuleSet, renderRuleSetText, type RenderedSection } from './render.js';
export { BUILT_IN_RULE_SETS, DEMO_9999_V1, NABO_9998_V1 } from './rule-sets/index.js';
export { selectRuleSet } from './select.js';
export { validateRuleSet, type RuleSetProblem } from './validate.js';
