import { addDays, daysBetween, type IsoDate } from '../deadlines/calendar.js';
import type { DwellingStatus } from '../dwellings/status.js';
import { daysInStatuses, lostRent, VACANCY_STATUSES, type DateRange } from '../dwellings/vacancy.js';
import type { Period } from '../temporary/kostra.js';
import type { DwellingFacts, IndicatorHistory, LeaseFacts } from './history.js';
import { afterOrOpen, memo, onOrBefore, within } from './measure.js';

/**
 * The stock of municipal rental dwellings (kommunalt disponerte boliger) read from the
 * register's status history, and what happens to it over a period: turnover, vacancy days and
 * lost rent. The indicator definitions are in stock-indicators.ts.
 */

/** The dwelling's status on `day` (the period with from ≤ day < to), or undefined when it has none then. */
export function statusOn(d: DwellingFacts, day: IsoDate): DwellingStatus | undefined {
  for (const p of d.statusPeriods) if (onOrBefore(p.fromDate, day) && afterOrOpen(p.toDate, day)) return p.status;
  return undefined;
}

/**
 * In the stock on `day`: the register has a status for it that day and it is not `sold` [I].
 * Vacant, reserved, let, under maintenance and not in use all count: the municipality still
 * disposes of the dwelling (KOSTRA counts what it lets through a lease, domain.md § 3). A
 * dwelling whose history starts later is not yet in the stock.
 */
export function inStock(d: DwellingFacts, day: IsoDate): boolean {
  const status = statusOn(d, day);
  return status !== undefined && status !== 'sold';
}

/** The stock on `day` (kept per history and day: six indicators and the KOSTRA form read it). */
export const stockOn = (h: IndicatorHistory, day: IsoDate): readonly DwellingFacts[] => memo(h, `stock:${day}`, () => h.dwellings.filter((d) => inStock(d, day)));

/** Let on `day` by the register's status (KOSTRA «utleid per 31.12»). */
export const letOn = (h: IndicatorHistory, day: IsoDate): readonly DwellingFacts[] => memo(h, `let:${day}`, () => h.dwellings.filter((d) => statusOn(d, day) === 'let'));

/** Dwellings with a lease running on `day` (start ≤ day ≤ last day). The KOSTRA check compares it with {@link letOn}. */
export function dwellingsWithRunningLease(h: IndicatorHistory, day: IsoDate): Set<string> {
  const running = h.leases.filter((l) => onOrBefore(l.startDate, day) && (l.endedOn === null || l.endedOn >= day));
  return new Set(running.map((l) => l.dwellingId));
}

/**
 * New tenancies begun in the period: leases starting in it, except one that continues the same
 * household's tenancy of the same dwelling — a renewal signed back to back, the previous lease's
 * last day at most the day before — which brings no new tenant [I].
 */
export function newTenancies(h: IndicatorHistory, p: Period): LeaseFacts[] {
  const renewals = memo(h, 'lease-renewals', () => renewalLeases(h));
  return h.leases.filter((l) => within(l.startDate, p) && !renewals.has(l.id));
}

/** The ids of the leases that continue the same household's tenancy of the same dwelling (see newTenancies). */
function renewalLeases(h: IndicatorHistory): Set<string> {
  const tenancies = new Map<string, LeaseFacts[]>();
  for (const l of h.leases) {
    const key = `${l.dwellingId}|${l.householdId}`;
    const own = tenancies.get(key);
    if (own) own.push(l);
    else tenancies.set(key, [l]);
  }
  const continues = (lease: LeaseFacts): boolean =>
    (tenancies.get(`${lease.dwellingId}|${lease.householdId}`) ?? []).some(
      (l) => l.id !== lease.id && l.endedOn !== null && l.startDate < lease.startDate && daysBetween(l.endedOn, lease.startDate) <= 1,
    );
  return new Set(h.leases.filter(continues).map((l) => l.id));
}

/**
 * The report range for vacancy: the period's days, never `asOf` or later — the day the history
 * was read is not over (as the dwellings area's «this year»). Half-open, as dwellings/vacancy.ts wants.
 */
export function vacancyRange(p: Period, asOf: IsoDate): DateRange {
  const after = addDays(p.to, 1);
  return { from: p.from, to: after > asOf ? asOf : after };
}

/** Vacancy days (vacant or reserved) and lost rent over the period, each dwelling's rent rounded once (dwellings/vacancy). */
export function vacancy(h: IndicatorHistory, p: Period): { days: number; lostRent: number } {
  return memo(h, `vacancy:${p.from}/${p.to}`, () => vacancyOver(h, p));
}

function vacancyOver(h: IndicatorHistory, p: Period): { days: number; lostRent: number } {
  const range = vacancyRange(p, h.asOf);
  // Each dwelling's vacant and reserved periods, picked out once per history; a period that does
  // not meet the range is skipped by comparing checked dates as strings (daysInStatuses would give 0).
  const vacancies = memo(h, 'vacancy-periods', () =>
    h.dwellings.map((d) => ({ monthlyRent: d.monthlyRent, periods: d.statusPeriods.filter((sp) => VACANCY_STATUSES.includes(sp.status)) })),
  );
  let days = 0;
  let rent = 0;
  for (const d of vacancies) {
    const meeting = d.periods.filter((sp) => sp.fromDate < range.to && (sp.toDate === null || sp.toDate > range.from));
    if (meeting.length === 0) continue;
    const own = daysInStatuses(meeting, range, VACANCY_STATUSES);
    days += own;
    rent += lostRent(own, d.monthlyRent);
  }
  return { days, lostRent: rent };
}
