/**
 * The indicator engine (issue 7 § 1): pure indicators over an IndicatorHistory, for the
 * municipality and per district. A history is read, never changed. The engine checks its dates
 * once; the helpers below compare dates as strings, so give them checked ISO dates.
 */
export type * from './history.js';
export type { IndicatorDefinition, IndicatorKind, IndicatorResult, IndicatorSource, IndicatorText, IndicatorUnit, IndicatorValue } from './types.js';
export { INDICATORS, findIndicator, getIndicator } from './definitions.js';
export { computeIndicator, computeIndicators, computeMunicipality, restrictToDistrict } from './engine.js';
export { REFUGEE_YEARS, isNewApplicant, isNewRentalApplication, isRefugeeOn, mainReason } from './applicants.js';
export { MAIN_REASON_TEXT, newlyHoused, newlyHousedByReason } from './housed.js';
export { SIZE_GROUPS, onWaitingList, sizeGroup, type SizeGroup } from './waiting.js';
export { dwellingsWithRunningLease, inStock, letOn, statusOn, stockOn } from './stock.js';
export { checkHistoryDates, clipPeriod } from './measure.js';
