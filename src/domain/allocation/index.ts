/**
 * Allocation of municipal dwellings (tildeling): waiting-list priority and dwelling suitability as
 * versioned rule data per municipality, concentration limits, the allocation round over all
 * vacancies at once (with the solver in ./solver), structured reasons and their text in bokmål,
 * nynorsk and English, and the canonical input the server hashes.
 */
export * from './types.js';
export * from './reasons.js';
export { ALLOCATION_ERROR_CODES, AllocationError, type AllocationErrorCode } from './errors.js';
export * from './priority-types.js';
export { assessPriority, bandForPoints, MIN_OVERRIDE_REASON_LENGTH } from './priority.js';
export * from './suitability-types.js';
export { assessSuitability, bedroomNormFor, MAX_SUITABILITY_SCORE } from './suitability.js';
export { concentrationCapacity, inNeedGroup, type LimitCapacity, type OccupancyCount } from './concentration.js';
export { BUILT_IN_PRIORITY_RULE_SETS, DEMO_9999_PRIORITY_V1, NABO_9998_PRIORITY_V1 } from './priority-rules/index.js';
export { BUILT_IN_SUITABILITY_RULE_SETS, DEMO_9999_SUITABILITY_V1, NABO_9998_SUITABILITY_V1 } from './suitability-rules/index.js';
export { selectAllocationRuleSet } from './select.js';
export { type AllocationRuleSetProblem, validatePriorityRuleSet, validateSuitabilityRuleSet } from './validate.js';
export * from './round-types.js';
export { buildQueue, type QueuedHousehold } from './queue.js';
export { DEFAULT_CANDIDATES_PER_VACANCY, DEFAULT_PASSED_OVER_PER_VACANCY, runAllocationRound } from './round.js';
export { CANONICAL_ROUND_FORMAT, canonicalRoundInput, stableStringify } from './canonical.js';
export { explainText } from './explain.js';
export { NEED_CATEGORY_LABELS, needGroupLabel, SPECIAL_NEED_LABELS } from './labels.js';
