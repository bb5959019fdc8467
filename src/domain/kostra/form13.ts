import { NEED_CATEGORIES, type NeedCategory } from '../cases/case-types.js';
import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import { DISPOSAL_FORMS, type DisposalForm } from '../dwellings/kinds.js';
import { isNewApplicant, mainReason } from '../indicators/applicants.js';
import { newReceived, newRefused } from '../indicators/applications.js';
import type { IndicatorHistory } from '../indicators/history.js';
import { newlyHousedByReason } from '../indicators/housed.js';
import { checkHistoryDates, clipPeriod } from '../indicators/measure.js';
import { dwellingsWithRunningLease, letOn, statusOn, stockOn } from '../indicators/stock.js';
import { householdsWithChildrenDuring, temporaryPeriodSummary } from '../indicators/temporary.js';
import { onWaitingList } from '../indicators/waiting.js';
import { yearPeriod } from '../temporary/kostra.js';

/**
 * KOSTRA skjema 13 «Kommunalt disponerte boliger» for a year (SSB; domain.md §§ 3, 10.4 (1)):
 * the stock by disposal form and wheelchair access at 31 December, let at 31 December, new
 * applications and refusals, newly housed by main reason, the waiting list by need category and
 * the temporary-accommodation figures. Every figure is one of the indicators' computations
 * (domain/indicators), so the form and the council report cannot disagree.
 */

export type CategoryCounts = Readonly<Record<NeedCategory, number>>;

export interface Form13Figures {
  readonly year: number;
  /** The day the history was read. */
  readonly asOf: IsoDate;
  /** The day the stock figures are measured: 31 December, or `asOf` while the year runs. */
  readonly measuredOn: IsoDate;
  readonly yearComplete: boolean;
  readonly inhabitants: number;
  readonly stock: {
    readonly total: number;
    readonly wheelchairAccessible: number;
    readonly byDisposalForm: Readonly<Record<DisposalForm, { readonly total: number; readonly wheelchairAccessible: number }>>;
    /** Of the total: not in use on the day (counted, but the validation asks the office to look). */
    readonly notInUse: number;
  };
  readonly let: {
    /** Status «let» on the day (KOSTRA «utleid per 31.12»). */
    readonly total: number;
    /** Reconciliation with the leases: let without a running lease, and a running lease on a dwelling not let. */
    readonly withoutRunningLease: number;
    readonly runningLeaseNotLet: number;
  };
  readonly applications: { readonly newReceived: number; readonly newRefused: number };
  readonly newlyHoused: { readonly total: number; readonly byReason: CategoryCounts; readonly withoutReason: number };
  /** New applicants with an approval, waiting for a dwelling on the day, by main reason. */
  readonly waitingList: { readonly total: number; readonly byReason: CategoryCounts; readonly withoutReason: number };
  readonly temporary: {
    readonly households: number;
    readonly shortStay: number;
    readonly over3Months: number;
    readonly withChildren: number;
    readonly childrenOver3Months: number;
    readonly nightShelter: number;
  };
}

function categoryCounts(reasons: ReadonlyArray<NeedCategory | null>): { byReason: CategoryCounts; withoutReason: number } {
  const byReason = Object.fromEntries(NEED_CATEGORIES.map((c) => [c, 0])) as Record<NeedCategory, number>;
  let withoutReason = 0;
  for (const r of reasons) {
    if (r === null) withoutReason += 1;
    else byReason[r] += 1;
  }
  return { byReason, withoutReason };
}

function stockFigures(history: IndicatorHistory, day: IsoDate): Form13Figures['stock'] {
  const stock = stockOn(history, day);
  const byDisposalForm = Object.fromEntries(
    DISPOSAL_FORMS.map((form) => {
      const own = stock.filter((d) => d.disposalForm === form);
      return [form, { total: own.length, wheelchairAccessible: own.filter((d) => d.wheelchairAccessible).length }];
    }),
  ) as Record<DisposalForm, { total: number; wheelchairAccessible: number }>;
  return {
    total: stock.length,
    wheelchairAccessible: stock.filter((d) => d.wheelchairAccessible).length,
    byDisposalForm,
    notInUse: stock.filter((d) => statusOn(d, day) === 'not_in_use').length,
  };
}

function letFigures(history: IndicatorHistory, day: IsoDate): Form13Figures['let'] {
  const letIds = new Set(letOn(history, day).map((d) => d.id));
  const leased = dwellingsWithRunningLease(history, day);
  return {
    total: letIds.size,
    withoutRunningLease: [...letIds].filter((id) => !leased.has(id)).length,
    runningLeaseNotLet: [...leased].filter((id) => !letIds.has(id)).length,
  };
}

/**
 * The form's figures for `year` from the history. While the year runs (the history was read
 * before 31 December) the figures are measured on `asOf` and `yearComplete` is false.
 * @throws RangeError when the history was read before the year began, or a date in it is malformed.
 */
export function form13Figures(history: IndicatorHistory, year: number): Form13Figures {
  checkHistoryDates(history);
  const period = clipPeriod(yearPeriod(year), history.asOf);
  const day = period.to;
  const housedByReason = newlyHousedByReason(history, period);
  const { unknown, ...byReason } = housedByReason;
  const waiting = history.waiting.filter((e) => isNewApplicant(e) && onWaitingList(e, day));
  const temp = temporaryPeriodSummary(history, period);
  return {
    year,
    asOf: history.asOf,
    measuredOn: day,
    yearComplete: compareDates(history.asOf, yearPeriod(year).to) > 0,
    inhabitants: history.inhabitants,
    stock: stockFigures(history, day),
    let: letFigures(history, day),
    applications: { newReceived: newReceived(history, period), newRefused: newRefused(history, period) },
    newlyHoused: { total: Object.values(housedByReason).reduce((a, b) => a + b, 0), byReason, withoutReason: unknown },
    waitingList: { total: waiting.length, ...categoryCounts(waiting.map((e) => mainReason(e, day))) },
    temporary: {
      households: temp.households,
      shortStay: temp.shortStayHouseholds,
      over3Months: temp.over3MonthsHouseholds,
      withChildren: householdsWithChildrenDuring(history, period),
      childrenOver3Months: temp.childrenOver3MonthsHouseholds,
      nightShelter: temp.nightShelterHouseholds,
    },
  };
}
