import type { IsoDate } from '../deadlines/calendar.js';

/**
 * A municipality's lease policy as versioned data (docs/style.md, «Rules as versioned data»):
 * lease lengths, when the renewal assessment opens, when the § 9-2 (3) alarm turns critical,
 * the rent due day and the arrears early-warning rule. A lease is judged by the version in
 * force on the day in question (its start date for the length, today for signals).
 */

/** Lease length in whole years, by whether the household has a child aged 0 up to `childMaxAge`. */
export interface LeaseTermYears {
  readonly withChildren: number;
  readonly withoutChildren: number;
}

export interface LeasePolicy {
  readonly id: string;
  readonly version: number;
  /** Kommunenummer, or null for the national default that applies where a municipality has none. */
  readonly municipality: string | null;
  readonly effectiveFrom: IsoDate;
  /** Law or document and section, as shown to caseworkers. */
  readonly source: string;
  readonly length: {
    readonly firstLease: LeaseTermYears;
    readonly renewal: LeaseTermYears;
    /** A child counts while younger than `childMaxAge + 1` years on the lease's start date. */
    readonly childMaxAge: number;
  };
  /** Months before the end date when the renewal assessment opens. */
  readonly renewalMonthsBeforeEnd: number;
  /** The § 9-2 (3) alarm turns critical this many days before the lease would become open-ended. */
  readonly section92CriticalDays: number;
  /** Day of the month (1–28) on which a month's rent falls due. */
  readonly dueDay: number;
  /** Early warning on arrears: at least this many months' rent overdue, or this many missed payments. */
  readonly earlyWarning: { readonly monthsOfRent: number; readonly missedPayments: number };
}

/** husleieloven (lov 26. mars 1999 nr. 17) in force 1 January 2000 [R]; anchors the default's version. */
const HUSLEIELOVEN_IN_FORCE: IsoDate = '2000-01-01';

const DEFAULT_PARAMETERS = {
  /** [I] Issue 4 and domain.md § 10.3: the assessment opens at expiry − 6 months. */
  renewalMonthsBeforeEnd: 6,
  /** [I] 30 days leaves time to write and deliver a notice before expiry + 3 months (§ 9-2 (3)). */
  section92CriticalDays: 30,
  /** [I] Rent in advance on the 1st is the common municipal practice; Trondheim uses the 20th (issue 4 brief). */
  dueDay: 1,
  /** [I] Issue 4: one month's rent in arrears or two missed payments. */
  earlyWarning: { monthsOfRent: 1, missedPayments: 2 },
} as const;

export const DEFAULT_LEASE_POLICY: LeasePolicy = {
  id: 'default',
  version: 1,
  municipality: null,
  effectiveFrom: HUSLEIELOVEN_IN_FORCE,
  source: 'husleieloven § 9-3 (minst tre år)',
  /** husleieloven § 9-3 first paragraph: a time-limited lease of a dwelling is at least 3 years. */
  length: { firstLease: { withChildren: 3, withoutChildren: 3 }, renewal: { withChildren: 3, withoutChildren: 3 }, childMaxAge: 14 },
  ...DEFAULT_PARAMETERS,
};

export const LEASE_POLICIES: readonly LeasePolicy[] = [
  DEFAULT_LEASE_POLICY,
  {
    id: 'oslo',
    version: 1,
    municipality: '0301',
    /** [R] Forskrift om tildeling av kommunal bolig i Oslo (byrådssak 158/23) was adopted in 2023; the date in force is not confirmed. */
    effectiveFrom: '2024-01-01',
    source: 'Forskrift om tildeling av kommunal bolig i Oslo (byrådssak 158/23)',
    /**
     * [S: leieboerforeningen.no, 19 Sept 2023] Families with children aged 0–14: seven years on the
     * first lease, five on renewal; others five years on the first lease, three on renewal.
     */
    length: { firstLease: { withChildren: 7, withoutChildren: 5 }, renewal: { withChildren: 5, withoutChildren: 3 }, childMaxAge: 14 },
    ...DEFAULT_PARAMETERS,
  },
  {
    id: 'trondheim',
    version: 1,
    municipality: '5001',
    effectiveFrom: HUSLEIELOVEN_IN_FORCE,
    source: 'husleieloven § 9-3; Trondheim kommune, forfall den 20. [R]',
    length: DEFAULT_LEASE_POLICY.length,
    ...DEFAULT_PARAMETERS,
    /** [R] Trondheim's rent falls due on the 20th (issue 4 brief; not checked against a source). */
    dueDay: 20,
  },
];

/**
 * The policy in force for a municipality on `date`: its own version with the latest
 * `effectiveFrom` on or before the date, else the national default in force then.
 * @throws Error when not even a default is in force (a broken policy table).
 */
export function selectLeasePolicy(kommunenummer: string, date: IsoDate, policies: readonly LeasePolicy[] = LEASE_POLICIES): LeasePolicy {
  const latest = (owner: string | null): LeasePolicy | undefined =>
    policies
      .filter((p) => p.municipality === owner && p.effectiveFrom <= date)
      .reduce<LeasePolicy | undefined>((best, p) => (best === undefined || p.effectiveFrom > best.effectiveFrom ? p : best), undefined);
  const found = latest(kommunenummer) ?? latest(null);
  if (!found) throw new Error(`no lease policy in force on ${date}`);
  return found;
}
