/** Calendar dates, Norwegian holidays and forvaltningsloven deadlines (pure). */
export {
  addDays,
  addMonths,
  addWeeks,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isValidDate,
  osloDate,
  toIsoDate,
  toPlainDate,
  type DateInput,
  type IsoDate,
  type PlainDate,
} from './calendar.js';
export {
  addWorkingDays,
  easterSunday,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  norwegianPublicHolidays,
  onOrNextWorkingDay,
  type HolidayName,
  type PublicHoliday,
} from './holidays.js';
export {
  DEADLINE_RULES,
  applyRule,
  deadlineRuleOn,
  ruleRef,
  type DeadlineRule,
  type DeadlineRuleId,
  type PeriodUnit,
  type RuleRef,
} from './rules.js';
export {
  DEFAULT_ASSUMED_POSTAL_DELIVERY_DAYS,
  appealDeadline,
  isAppealInTime,
  preliminaryReplyDeadline,
  validUntil,
  type AppealDeadline,
  type AppealTimeliness,
  type DeadlineOptions,
  type NoticeDelivery,
  type PreliminaryReplyDeadline,
} from './deadlines.js';
export {
  caseDeadlineStatus,
  type CaseDeadlineInput,
  type CaseDeadlineState,
  type CaseDeadlineStatus,
} from './case-status.js';
