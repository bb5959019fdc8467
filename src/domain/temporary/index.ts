/** Temporary accommodation (midlertidig botilbud, sosialtjenesteloven § 27): lengths, flags, quality, KOSTRA figures, signals (pure). */
export { LONG_STAY_MONTHS, SHORT_STAY_MAX_DAYS, isOverThreeMonths, isShortStay, measuredTo, stayDays, threeMonthsOn, type StayPeriod } from './stay-length.js';
export { JOIN_GAP_MAX_DAYS, continuousChains, flagStays, stayFlags, type StayChain, type StayFacts, type StayFlags } from './chains.js';
export { QUALITY_ITEMS, REQUIRED_WITHOUT_CHILDREN, assessQuality, requiredItems, type QualityAssessment, type QualityChecklist, type QualityItem } from './quality.js';
export { isInPeriod, summarisePeriod, yearPeriod, type Period, type PeriodSummary } from './kostra.js';
export { LONG_STAY_SIGNAL_KIND, longStayReason, longStaySignalKey, longStaySignals, type LongStaySignal } from './signals.js';
export { isValidOrgNumber } from './org-number.js';
