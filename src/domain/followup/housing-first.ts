import { addMonths, compareDates, type IsoDate } from '../deadlines/calendar.js';

/**
 * The Housing First programme (docs/domain.md §§ 7, 10.2, 10.4): who is in it on a day, the
 * year's figures against the target, and housing retention at 6 and 12 months. Pure: the
 * service passes the participants' dates and today.
 *
 * A participant's days [I]: enrolled from `enrolledOn`; housed from `housedOn`; out of the
 * programme from `exitedOn` (the exit day is the first day outside it). A participant with a
 * later `housedOn` than `exitedOn` cannot exist (the service refuses it).
 */

/** Why a participant left the programme. `moved_on_own_home` (own home, e.g. bought or rented privately) is a positive outcome. */
export const HOUSING_FIRST_EXIT_REASONS = ['moved_on_own_home', 'moved_to_other_service', 'institution', 'died', 'left_programme', 'other'] as const;
export type HousingFirstExitReason = (typeof HOUSING_FIRST_EXIT_REASONS)[number];

/**
 * Who referred the participant [I]: the usual partners in the Norwegian projects (Fafo 2015:52,
 * docs/domain.md § 7 — NAV, the specialist health service's ROP/FACT teams, the municipal health
 * and care services, the housing office, the correctional service), the person themselves, other.
 */
export const HOUSING_FIRST_REFERRAL_SOURCES = ['nav', 'specialist_health', 'municipal_health', 'housing_office', 'correctional_service', 'self', 'other'] as const;
export type HousingFirstReferralSource = (typeof HOUSING_FIRST_REFERRAL_SOURCES)[number];

export type HousingFirstStatus = 'waiting' | 'housed' | 'exited';

/** The dates the figures are computed from. */
export interface HousingFirstDates {
  readonly enrolledOn: IsoDate;
  readonly housedOn: IsoDate | null;
  readonly exitedOn: IsoDate | null;
  readonly exitReason: HousingFirstExitReason | null;
}

const onOrBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) <= 0;

/**
 * The participant's status on `date`: `exited` from the exit day, `housed` from the day they were
 * housed, `waiting` from enrolment until then; null before enrolment.
 */
export function statusOn(p: HousingFirstDates, date: IsoDate): HousingFirstStatus | null {
  if (p.exitedOn !== null && onOrBefore(p.exitedOn, date)) return 'exited';
  if (p.housedOn !== null && onOrBefore(p.housedOn, date)) return 'housed';
  return onOrBefore(p.enrolledOn, date) ? 'waiting' : null;
}

/** In the programme at some time from `from` to `to` (both included): enrolled by `to` and not out before `from`'s next day. */
export function inProgrammeDuring(p: HousingFirstDates, from: IsoDate, to: IsoDate): boolean {
  return onOrBefore(p.enrolledOn, to) && (p.exitedOn === null || compareDates(p.exitedOn, from) > 0);
}

export interface HousingFirstYearFigures {
  readonly year: number;
  /** The last day counted: 31 December, or today while the year runs. */
  readonly asOf: IsoDate;
  /** Enrolled during the year. */
  readonly enrolled: number;
  /** Housed during the year. */
  readonly housed: number;
  /** Left the programme during the year. */
  readonly exited: number;
  /** In the programme at some time during the year (up to `asOf`): what the year's target is measured against [I]. */
  readonly inProgramme: number;
  /** In the programme on `asOf`, and of them waiting for a dwelling and housed (0 for a year not yet begun). */
  readonly active: number;
  readonly waiting: number;
  readonly housedNow: number;
  readonly exitsByReason: Readonly<Record<HousingFirstExitReason, number>>;
}

/**
 * The programme's figures for calendar `year` as known on `today` [I: the definitions above].
 * @throws RangeError for an invalid date or a year outside 2000–2100.
 */
export function yearFigures(participants: readonly HousingFirstDates[], year: number, today: IsoDate): HousingFirstYearFigures {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`year out of range: ${year}`);
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  const asOf = compareDates(today, end) < 0 ? today : end;
  const started = compareDates(asOf, from) >= 0;
  const inYear = (date: IsoDate | null) => date !== null && compareDates(date, from) >= 0 && onOrBefore(date, asOf);
  const exitsByReason = Object.fromEntries(HOUSING_FIRST_EXIT_REASONS.map((r) => [r, 0])) as Record<HousingFirstExitReason, number>;
  let enrolled = 0;
  let housed = 0;
  let exited = 0;
  let inProgramme = 0;
  let waiting = 0;
  let housedNow = 0;
  for (const p of participants) {
    if (inYear(p.enrolledOn)) enrolled += 1;
    if (inYear(p.housedOn)) housed += 1;
    if (inYear(p.exitedOn)) {
      exited += 1;
      if (p.exitReason !== null) exitsByReason[p.exitReason] += 1;
    }
    if (!started) continue;
    if (inProgrammeDuring(p, from, asOf)) inProgramme += 1;
    const status = statusOn(p, asOf);
    if (status === 'waiting') waiting += 1;
    if (status === 'housed') housedNow += 1;
  }
  return { year, asOf, enrolled, housed, exited, inProgramme, active: waiting + housedNow, waiting, housedNow, exitsByReason };
}

export const RETENTION_MONTHS = [6, 12] as const;
export type RetentionMonths = (typeof RETENTION_MONTHS)[number];

export interface HousingRetention {
  readonly months: number;
  readonly asOf: IsoDate;
  /** Participants housed at least `months` months before `asOf` (the mark has passed), deaths before the mark left out. */
  readonly cohort: number;
  /** Of the cohort: still in the programme on the mark, or moved on to an own home. */
  readonly retained: number;
  /** Died before the mark: in neither count. */
  readonly excludedDeaths: number;
  /** retained ÷ cohort; null when the cohort is empty. */
  readonly rate: number | null;
}

/**
 * Housing retention at `months` months, as of `asOf`. Husly's definition [I] (no national
 * definition was found; domain.md § 10.4 asks for «housed and retained at 6/12 months»):
 *
 * - The mark of a housed participant is `housedOn` + `months` calendar months (domstolloven § 148
 *   month rule, deadlines/calendar.ts addMonths).
 * - The cohort is every participant whose mark is on or before `asOf` — housed at least that
 *   long ago — whether they are still in the programme or not. Participants never housed are not in it.
 * - Retained: not exited before the mark (no exit, or an exit on or after the mark), or exited
 *   for `moved_on_own_home` at any time — moving on to an own home is the goal, not a lost tenancy.
 * - Left out of both counts [I]: participants who died before the mark (their housing did not fail).
 * - The rate is retained ÷ cohort.
 *
 * @throws RangeError for an invalid date or a month count that is not a whole number from 1 to 120.
 */
export function housingRetention(participants: readonly HousingFirstDates[], asOf: IsoDate, months: number): HousingRetention {
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new RangeError(`months out of range: ${months}`);
  let cohort = 0;
  let retained = 0;
  let excludedDeaths = 0;
  for (const p of participants) {
    if (p.housedOn === null) continue;
    const mark = addMonths(p.housedOn, months);
    if (!onOrBefore(mark, asOf)) continue;
    const exitedBeforeMark = p.exitedOn !== null && compareDates(p.exitedOn, mark) < 0;
    if (exitedBeforeMark && p.exitReason === 'died') {
      excludedDeaths += 1;
      continue;
    }
    cohort += 1;
    if (!exitedBeforeMark || p.exitReason === 'moved_on_own_home') retained += 1;
  }
  return { months, asOf, cohort, retained, excludedDeaths, rate: cohort === 0 ? null : retained / cohort };
}
