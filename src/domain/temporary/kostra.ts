import { addDays, compareDates, daysBetween, type IsoDate } from '../deadlines/calendar.js';
import { continuousChains, type StayChain, type StayFacts } from './chains.js';
import { isOverThreeMonths, measuredTo, SHORT_STAY_MAX_DAYS, stayDays, type StayPeriod } from './stay-length.js';

/**
 * KOSTRA's temporary-accommodation figures for a period (skjema 13, «Kommunalt disponerte
 * boliger»; domain.md § 3). KOSTRA counts **households**, not stays: «husstander i midlertidig
 * botilbud i løpet av året». A household with two stays in a year counts once in every figure.
 *
 * Decisions [I]:
 * - A stay is **in the period** when it has a night in it (its nights are start … end − 1; a
 *   stay that ends the day it began counts on that day). Stays not yet begun by `asOf` are left out.
 * - Lengths are **whole known lengths**, not cut at the period's edges: a stay from 20 December
 *   to 20 January is 31 days in both years. Cutting would call it short in both.
 * - **≤ 14 days** is the household's **total** in the period: the days of all its continuous
 *   chains that are in the period, added up. Three separate 10-day stays make 30 days, not three
 *   short stays — counting per stay would flatter the short-stay share.
 * - **> 3 months** is judged per continuous chain (stays joined when the gap is ≤ 1 day,
 *   chains.ts): a family moved between places is still in temporary accommodation.
 * - **With children > 3 months**: a chain over three months in which children were present.
 * - **Natthjem**: households with a night-shelter stay in the period, counted once.
 */

export interface Period {
  /** First day, inclusive. */
  readonly from: IsoDate;
  /** Last day, inclusive. */
  readonly to: IsoDate;
}

export interface PeriodSummary {
  readonly households: number;
  readonly stays: number;
  readonly shortStayHouseholds: number;
  readonly over3MonthsHouseholds: number;
  readonly childrenOver3MonthsHouseholds: number;
  readonly nightShelterHouseholds: number;
}

/** The calendar year as a period. */
export function yearPeriod(year: number): Period {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/**
 * True when the stay has a night in the period, or (a stay of 0 nights) begins in it; a stay
 * not yet begun by `asOf` is in no period.
 * @throws RangeError when a date is not a calendar date.
 */
export function isInPeriod(stay: StayPeriod, period: Period, asOf: IsoDate): boolean {
  if (compareDates(stay.startDate, asOf) > 0) return false;
  const end = measuredTo(stay, asOf);
  const lastNight = daysBetween(stay.startDate, end) > 0 ? addDays(end, -1) : stay.startDate;
  return compareDates(stay.startDate, period.to) <= 0 && compareDates(lastNight, period.from) >= 0;
}

/**
 * The household figures for a period, as known on `asOf`.
 * @throws RangeError when a date is not a calendar date.
 */
export function summarisePeriod(stays: readonly StayFacts[], period: Period, asOf: IsoDate): PeriodSummary {
  const inPeriod = stays.filter((s) => isInPeriod(s, period, asOf));
  const chainsByHousehold = new Map<string, StayChain[]>();
  for (const chain of continuousChains(stays)) {
    if (!chain.stays.some((s) => isInPeriod(s, period, asOf))) continue;
    chainsByHousehold.set(chain.householdId, [...(chainsByHousehold.get(chain.householdId) ?? []), chain]);
  }
  let shortStayHouseholds = 0;
  let over3MonthsHouseholds = 0;
  let childrenOver3MonthsHouseholds = 0;
  for (const chains of chainsByHousehold.values()) {
    const totalDays = chains.reduce((sum, c) => sum + stayDays(c, asOf), 0);
    if (totalDays <= SHORT_STAY_MAX_DAYS) shortStayHouseholds += 1;
    const long = chains.filter((c) => isOverThreeMonths(c, asOf));
    if (long.length > 0) over3MonthsHouseholds += 1;
    if (long.some((c) => c.childrenPresent)) childrenOver3MonthsHouseholds += 1;
  }
  return {
    households: chainsByHousehold.size,
    stays: inPeriod.length,
    shortStayHouseholds,
    over3MonthsHouseholds,
    childrenOver3MonthsHouseholds,
    nightShelterHouseholds: new Set(inPeriod.filter((s) => s.nightShelter).map((s) => s.householdId)).size,
  };
}
