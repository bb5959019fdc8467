import { createHash } from 'node:crypto';
import type { StatusPeriod } from '../../../domain/dwellings/vacancy.js';
import type { IndicatorHistory } from '../../../domain/indicators/history.js';

/**
 * The data version of an indicator history: `${asOf}:${sha256 hex}` over every fact, stored with
 * a council report and shown with the figures. Equal histories give equal versions; a change
 * to any fact gives another.
 *
 * Each list is written as JSON with its fields in a fixed order: FIELDS names every field of
 * every kind of fact (the compiler refuses a list that misses or invents one), and JSON.stringify
 * given those keys writes exactly them, in that order. Sorting the keys of every object instead
 * (canonical JSON) took over a second for an Oslo-scale history.
 */

type FactList = Exclude<keyof IndicatorHistory, 'asOf' | 'inhabitants'>;
type Fields<T> = { readonly [K in keyof T]-?: true };

const FIELDS = {
  districts: { code: true, inhabitants: true },
  applications: {
    id: true,
    householdId: true,
    caseType: true,
    rentalKind: true,
    livedInMunicipalDwelling: true,
    receivedOn: true,
    preliminaryReplySentOn: true,
    decidedOn: true,
    outcome: true,
    forwardedOn: true,
    closedWithoutDecisionOn: true,
    needCategory: true,
    districtCode: true,
  },
  appeals: { id: true, caseId: true, caseType: true, receivedOn: true, outcome: true, outcomeOn: true, districtCode: true },
  waiting: {
    id: true,
    householdId: true,
    rentalKind: true,
    livedInMunicipalDwelling: true,
    approvedOn: true,
    validUntil: true,
    housedOn: true,
    leftOn: true,
    bedroomsNeeded: true,
    needCategory: true,
    refugeeSettledOn: true,
    districtCode: true,
  },
  housed: {
    id: true,
    householdId: true,
    dwellingId: true,
    housedOn: true,
    rentalKind: true,
    livedInMunicipalDwelling: true,
    needCategory: true,
    refugeeSettledOn: true,
    districtCode: true,
  },
  leases: { id: true, dwellingId: true, householdId: true, startDate: true, endedOn: true, districtCode: true },
  dwellings: { id: true, disposalForm: true, wheelchairAccessible: true, bedrooms: true, monthlyRent: true, statusPeriods: true, districtCode: true },
  evictions: { leaseId: true, step: true, stepOn: true, districtCode: true },
  temporaryStays: { id: true, householdId: true, startDate: true, endDate: true, childrenPresent: true, nightShelter: true, districtCode: true },
  housingFirst: { id: true, enrolledOn: true, housedOn: true, exitedOn: true, exitReason: true, districtCode: true },
  rentToOwn: { id: true, householdId: true, leaseId: true, status: true, outcomeOn: true, districtCode: true },
} as const satisfies { readonly [K in FactList]: Fields<IndicatorHistory[K][number]> };

const PERIOD_FIELDS = { status: true, fromDate: true, toDate: true } as const satisfies Fields<StatusPeriod>;

/** The history's data version: `${asOf}:${sha256 hex}`. */
export function historyVersion(history: IndicatorHistory): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(['husly-history-1', history.asOf, history.inhabitants]));
  for (const list of Object.keys(FIELDS) as FactList[]) {
    // JSON.stringify with an array of keys writes exactly those keys, in that order, at every level.
    const keys = [...Object.keys(FIELDS[list]), ...(list === 'dwellings' ? Object.keys(PERIOD_FIELDS) : [])];
    hash.update(`${list}:`);
    hash.update(JSON.stringify(history[list], keys));
  }
  return `${history.asOf}:${hash.digest('hex')}`;
}
