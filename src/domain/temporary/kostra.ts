import { toIsoDate, type IsoDate } from '../deadlines/calendar.js';
import { continuousChains, type StayChain, type StayFacts } from './chains.js';
import { isOverThreeMonths, SHORT_STAY_MAX_DAYS, stayDays, type StayPeriod } from './stay-length.js';

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
 * Throws a RangeError unless `value` is a calendar date written 'YYYY-MM-DD'. Once checked, ISO
 * dates order correctly as strings, so the figures below compare them without parsing (calendar.ts
 * parses a date on every comparison — the cost that made a year over a large municipality slow).
 */
function checkDate(value: string, valid: Set<string>): void {
  if (valid.has(value)) return;
  if (toIsoDate(value) !== value) throw new RangeError(`not an ISO date: '${value}'`);
  valid.add(value);
}

/** {@link isInPeriod} for dates already checked: string comparisons only. */
export function inPeriodChecked(stay: StayPeriod, period: Period, asOf: IsoDate): boolean {
  if (stay.startDate > asOf) return false;
  // measuredTo: the end date, or asOf while open or ending later.
  const end = stay.endDate !== null && stay.endDate < asOf ? stay.endDate : asOf;
  // The last night is the day before `end` (a stay of 0 nights counts on its first day); it is on or
  // after period.from exactly when `end` is after period.from.
  const reachesPeriod = end > stay.startDate ? end > period.from : stay.startDate >= period.from;
  return stay.startDate <= period.to && reachesPeriod;
}

/**
 * True when the stay has a night in the period, or (a stay of 0 nights) begins in it; a stay
 * not yet begun by `asOf` is in no period.
 * @throws RangeError when a date is not a calendar date.
 */
export function isInPeriod(stay: StayPeriod, period: Period, asOf: IsoDate): boolean {
  const valid = new Set<string>();
  for (const d of [stay.startDate, stay.endDate, period.from, period.to, asOf]) if (d !== null) checkDate(d, valid);
  return inPeriodChecked(stay, period, asOf);
}

/**
 * The household figures for a period, as known on `asOf`. Every date is checked once; then the
 * stays are sorted into the period by string comparison, and only the households with a stay in
 * it are chained (a chain holds one household's stays, so the others cannot change it). A caller
 * that summarises many periods passes `known.chains`: continuousChains of these same stay objects,
 * made once (the chains of the households in the period are among them, unchanged).
 * @throws RangeError when a date is not a calendar date.
 */
export function summarisePeriod(stays: readonly StayFacts[], period: Period, asOf: IsoDate, known?: { readonly chains: readonly StayChain[] }): PeriodSummary {
  const valid = new Set<string>();
  for (const d of [period.from, period.to, asOf]) checkDate(d, valid);
  // Chains made from all the stays (`known`) are checked already: continuousChains reads every date.
  if (!known) {
    for (const s of stays) {
      checkDate(s.startDate, valid);
      if (s.endDate !== null) checkDate(s.endDate, valid);
    }
  }
  const inPeriod = stays.filter((s) => inPeriodChecked(s, period, asOf));
  const inPeriodIds = new Set<StayFacts>(inPeriod);
  const households = new Set(inPeriod.map((s) => s.householdId));
  const chainsByHousehold = new Map<string, StayChain[]>();
  for (const chain of known?.chains ?? continuousChains(stays.filter((s) => households.has(s.householdId)))) {
    if (!chain.stays.some((s) => inPeriodIds.has(s))) continue;
    const own = chainsByHousehold.get(chain.householdId);
    if (own) own.push(chain);
    else chainsByHousehold.set(chain.householdId, [chain]);
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
