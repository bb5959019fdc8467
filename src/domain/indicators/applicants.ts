import type { NeedCategory } from '../cases/case-types.js';
import { toPlainDate, type IsoDate } from '../deadlines/calendar.js';
import type { ApplicantFacts, ApplicationFacts } from './history.js';

/**
 * KOSTRA's two classifications of a household (skjema 13, domain.md § 3): is it a **new
 * applicant**, and what is the **main reason** it was housed.
 */

/**
 * A new applicant is «a household not living in a kommunalt disponert bolig when it applied»,
 * which «separates new applications from applications for bytte and for forlengelse/fornyelse»
 * (domain.md § 3 [S]). So a change or renewal is never new, whatever else is recorded, and a
 * "new" application from a household already renting from the municipality is not new either.
 */
export function isNewApplicant(facts: ApplicantFacts): boolean {
  return facts.rentalKind !== 'change' && facts.rentalKind !== 'renewal' && !facts.livedInMunicipalDwelling;
}

/** A new applicant's application for a municipal rental dwelling (the applications KOSTRA counts). */
export function isNewRentalApplication(application: ApplicationFacts): boolean {
  return application.caseType === 'rental_dwelling' && isNewApplicant(application);
}

/**
 * Years a settled refugee counts as a refugee: «as long as the municipality receives
 * integreringstilskudd, i.e. 5 years after first settlement» (domain.md § 3 [S]). The
 * integreringstilskudd is paid for the settlement year (år 1) and the four years after it [R:
 * IMDi's rules for integreringstilskudd], so the five years are **calendar years**: a refugee
 * settled on 15 December 2020 counts through 31 December 2024, not to December 2025.
 */
export const REFUGEE_YEARS = 5;

/**
 * True when a household settled as refugees on `settledOn` counts as a refugee household on
 * `date`: settled by then, and `date` falls in the settlement year or one of the four after it.
 * @throws RangeError when a date is malformed.
 */
export function isRefugeeOn(settledOn: IsoDate | null, date: IsoDate): boolean {
  if (settledOn === null) return false;
  const yearsSince = toPlainDate(date).year - toPlainDate(settledOn).year;
  return settledOn <= date && yearsSince < REFUGEE_YEARS;
}

/**
 * The main reason (hovedårsak) KOSTRA counts a newly housed household under, on the day it was
 * housed. Husly's reading [I]:
 * - within its five refugee years the household counts as **refugee**, whatever category was
 *   recorded — the settlement date decides refugee status (domain.md § 3);
 * - recorded as refugee but past its five years: **other** («andre problemer»);
 * - recorded as refugee with no settlement date: **null** — the status cannot be judged, and the
 *   KOSTRA validation asks for the date rather than guess;
 * - otherwise the recorded category (null when none was recorded).
 * @throws RangeError when a date is malformed.
 */
export function mainReason(facts: { readonly needCategory: NeedCategory | null; readonly refugeeSettledOn: IsoDate | null }, on: IsoDate): NeedCategory | null {
  if (isRefugeeOn(facts.refugeeSettledOn, on)) return 'refugee';
  if (facts.needCategory === 'refugee') return facts.refugeeSettledOn === null ? null : 'other';
  return facts.needCategory;
}
