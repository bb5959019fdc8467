import { compareDates, daysBetween, type IsoDate } from '../deadlines/calendar.js';
import { isOverThreeMonths, isShortStay, stayDays, threeMonthsOn, type StayPeriod } from './stay-length.js';

/**
 * A household's consecutive stays joined into one continuous period [I]. A family moved from
 * one emergency dwelling to another has not left temporary accommodation: its three months run
 * from the first stay. Two stays are joined when the next begins at most one day after the
 * previous ended (`next.start − previous.end ≤ 1`, i.e. at most one night elsewhere), or while
 * the previous is still open or overlaps it.
 */

/** Days. A gap of this many days or fewer between two stays of a household joins them [I]. */
export const JOIN_GAP_MAX_DAYS = 1;

/** What the domain needs to know about one stay. */
export interface StayFacts extends StayPeriod {
  readonly id: string;
  readonly householdId: string;
  readonly childrenPresent: boolean;
  readonly nightShelter: boolean;
}

/** Consecutive stays of one household, oldest first. */
export interface StayChain<S extends StayFacts = StayFacts> extends StayPeriod {
  readonly householdId: string;
  readonly stays: readonly S[];
  /** The first stay's id: the chain's stable identity (signal keys use it). */
  readonly firstStayId: string;
  /** Children were present in at least one of the stays. */
  readonly childrenPresent: boolean;
}

/** Checked ISO dates order as strings. */
const byStart = (a: StayFacts, b: StayFacts): number => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The later of two checked end dates, where null (open) is the latest. */
function laterEnd(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null || b === null) return null;
  return a >= b ? a : b;
}

/**
 * Groups stays (of any number of households) into continuous chains, each household's
 * oldest first; chains are returned in order of household first appearance, then start.
 * @throws RangeError when a date is not a calendar date.
 */
export function continuousChains<S extends StayFacts>(stays: readonly S[]): Array<StayChain<S>> {
  // Every date is checked once (calendar.ts throws for one that is not a calendar date); after
  // that they compare as strings.
  const checked = new Set<IsoDate>();
  const check = (date: IsoDate | null): void => {
    if (date === null || checked.has(date)) return;
    compareDates(date, date);
    checked.add(date);
  };
  const byHousehold = new Map<string, S[]>();
  for (const stay of stays) {
    check(stay.startDate);
    check(stay.endDate);
    const own = byHousehold.get(stay.householdId);
    if (own) own.push(stay);
    else byHousehold.set(stay.householdId, [stay]);
  }
  const chains: Array<StayChain<S>> = [];
  for (const [householdId, own] of byHousehold) {
    let current: S[] = [];
    let end: IsoDate | null = null;
    const close = () => {
      const first = current[0];
      if (!first) return;
      chains.push({
        householdId,
        stays: current,
        firstStayId: first.id,
        startDate: first.startDate,
        endDate: end,
        childrenPresent: current.some((s) => s.childrenPresent),
      });
    };
    for (const stay of own.sort(byStart)) {
      const joins = current.length > 0 && (end === null || daysBetween(end, stay.startDate) <= JOIN_GAP_MAX_DAYS);
      if (joins) {
        current.push(stay);
        end = laterEnd(end, stay.endDate);
      } else {
        close();
        current = [stay];
        end = stay.endDate;
      }
    }
    close();
  }
  return chains;
}

/** The flags of a stay in NAV's list and in KOSTRA, measured on its continuous chain. */
export interface StayFlags {
  /** Days (nights) of this stay so far. */
  readonly days: number;
  /** First day of the continuous chain this stay belongs to. */
  readonly continuousSince: IsoDate;
  /** Days (nights) of the chain so far, gaps of a day included. */
  readonly continuousDays: number;
  /** The last day the chain is not yet over three months. */
  readonly threeMonthsOn: IsoDate;
  /** The chain is 14 days or fewer so far (KOSTRA «inntil 14 døgn»). */
  readonly shortStay: boolean;
  readonly over3Months: boolean;
  /** Over three months with children present in the chain — the national goal's breach. */
  readonly childrenOver3Months: boolean;
  /** The stay is at a night shelter (natthjem). */
  readonly nightShelter: boolean;
}

/**
 * Flags of one stay given the chain it belongs to, on `today`.
 * @throws RangeError when a date is not a calendar date.
 */
export function stayFlags(stay: StayFacts, chain: StayChain, today: IsoDate): StayFlags {
  const over3Months = isOverThreeMonths(chain, today);
  return {
    days: stayDays(stay, today),
    continuousSince: chain.startDate,
    continuousDays: stayDays(chain, today),
    threeMonthsOn: threeMonthsOn(chain.startDate),
    shortStay: isShortStay(chain, today),
    over3Months,
    childrenOver3Months: over3Months && chain.childrenPresent,
    nightShelter: stay.nightShelter,
  };
}

/**
 * Flags for every stay, each measured on its own household's chain (pass all of a household's
 * stays, not only the ones to show, or the chain will be too short).
 * @throws RangeError when a date is not a calendar date.
 */
export function flagStays<S extends StayFacts>(stays: readonly S[], today: IsoDate): Map<string, StayFlags> {
  const result = new Map<string, StayFlags>();
  for (const chain of continuousChains(stays)) {
    for (const stay of chain.stays) result.set(stay.id, stayFlags(stay, chain, today));
  }
  return result;
}
