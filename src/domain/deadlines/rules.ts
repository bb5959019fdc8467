import { addDays, addMonths, addWeeks, compareDates, toIsoDate, type DateInput, type IsoDate } from './calendar.js';
import { onOrNextWorkingDay } from './holidays.js';

/**
 * Deadline rules as versioned data (docs/style.md, «Rules as versioned data»). A deadline
 * is computed with the rule version in force on the day it starts to run, so a change in
 * the law (the new forvaltningslov, Innst. 478 L (2024–2025), date not yet known) is a new
 * version here, and old cases keep the deadline they were given.
 *
 * Counting (domstolloven § 148, which the forvaltningslov's drafters took as the model for
 * klagefrister [S: regjeringen.no, Lovavdelingen 2004/02280]; that fvl. deadlines are
 * counted by it is [R]): the start day is not counted; a deadline in weeks ends on the same
 * weekday, one in months on the same day number or the month's last day.
 */

export type DeadlineRuleId = 'preliminary_reply' | 'preliminary_reply_warning' | 'appeal' | 'late_appeal_cutoff';

export type PeriodUnit = 'days' | 'weeks' | 'months';

export interface DeadlineRule {
  readonly id: DeadlineRuleId;
  readonly version: number;
  /** The first start date to which this version applies. */
  readonly effectiveFrom: IsoDate;
  /** Law or document and section, as shown to caseworkers. */
  readonly source: string;
  readonly period: { readonly amount: number; readonly unit: PeriodUnit };
  /**
   * Whether a period ending on a Saturday, Sunday or public holiday is extended to the next
   * working day (domstolloven § 149 first paragraph). Per rule, and callers may override it.
   */
  readonly rollToWorkingDay: boolean;
  /** One sentence a municipality's admin can read. */
  readonly description: string;
}

/** What a result cites so a caseworker (or the Ombudsman) can see which rule gave the date. */
export interface RuleRef {
  readonly id: DeadlineRuleId;
  readonly version: number;
  readonly source: string;
}

/**
 * [R] forvaltningsloven (lov 10. februar 1967) has applied since 1 January 1970 and § 11a
 * was added later; Husly holds no case that old, so this date only anchors the versions.
 */
const FVL_IN_FORCE: IsoDate = '1970-01-01';

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'preliminary_reply',
    version: 1,
    effectiveFrom: FVL_IN_FORCE,
    source: 'fvl. § 11a tredje ledd',
    /** fvl. § 11a third paragraph: a foreløpig svar when the case cannot be answered within one month of receipt. */
    period: { amount: 1, unit: 'months' },
    // [I] Off by default: this is the municipality's own duty, and the work list should
    // warn on the earliest reading rather than let a weekend push the reply later.
    rollToWorkingDay: false,
    description: 'Foreløpig svar innen én måned etter at henvendelsen er mottatt.',
  },
  {
    id: 'preliminary_reply_warning',
    version: 1,
    effectiveFrom: FVL_IN_FORCE,
    source: 'Husly praksis (domain.md § 10.1 punkt 2)',
    /** [I] Three weeks after receipt: one week's notice before the fvl. § 11a month runs out. */
    period: { amount: 3, unit: 'weeks' },
    rollToWorkingDay: false,
    description: 'Varsel i arbeidslisten tre uker etter mottak dersom foreløpig svar ikke er sendt.',
  },
  {
    id: 'appeal',
    version: 1,
    effectiveFrom: FVL_IN_FORCE,
    source: 'fvl. § 29 første ledd',
    /** fvl. § 29 first paragraph: three weeks from the day the notice of the decision reached the party. */
    period: { amount: 3, unit: 'weeks' },
    // domstolloven § 149 first paragraph, applied to fvl. deadlines [R].
    rollToWorkingDay: true,
    description: 'Klagefrist tre uker fra underretningen om vedtaket kom fram til parten.',
  },
  {
    id: 'late_appeal_cutoff',
    version: 1,
    effectiveFrom: FVL_IN_FORCE,
    source: 'fvl. § 31 tredje ledd',
    /** fvl. § 31 third paragraph: a late appeal is not considered when more than one year has passed since the decision. */
    period: { amount: 12, unit: 'months' },
    rollToWorkingDay: false,
    description: 'For sen klage kan ikke behandles når det er gått mer enn ett år siden vedtaket ble truffet.',
  },
];

/**
 * The version of a rule in force on `onDate` (the latest `effectiveFrom` on or before it).
 * @throws RangeError when `onDate` is not a calendar date or no version is in force then.
 */
export function deadlineRuleOn(
  id: DeadlineRuleId,
  onDate: DateInput,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): DeadlineRule {
  const date = toIsoDate(onDate);
  let found: DeadlineRule | undefined;
  for (const rule of rules) {
    if (rule.id !== id || compareDates(rule.effectiveFrom, date) > 0) continue;
    if (!found || compareDates(rule.effectiveFrom, found.effectiveFrom) > 0) found = rule;
  }
  if (!found) throw new RangeError(`no version of rule '${id}' in force on ${date}`);
  return found;
}

/** The short reference a result carries. */
export function ruleRef(rule: DeadlineRule): RuleRef {
  return { id: rule.id, version: rule.version, source: rule.source };
}

/**
 * The last day of a rule's period counted from `start`, extended to the next working day
 * when `rollToWorkingDay` (the rule's own setting unless overridden) says so.
 * @throws RangeError when `start` is not a calendar date.
 */
export function applyRule(rule: DeadlineRule, start: DateInput, rollToWorkingDay = rule.rollToWorkingDay): IsoDate {
  const { amount, unit } = rule.period;
  const end =
    unit === 'days' ? addDays(start, amount) : unit === 'weeks' ? addWeeks(start, amount) : addMonths(start, amount);
  return rollToWorkingDay ? onOrNextWorkingDay(end) : end;
}
