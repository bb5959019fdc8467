import type { IsoDate } from '../deadlines/calendar.js';
import { continuousChains, type StayChain } from '../temporary/chains.js';
import { inPeriodChecked, summarisePeriod, type Period, type PeriodSummary } from '../temporary/kostra.js';
import { threeMonthsOn } from '../temporary/stay-length.js';
import type { IndicatorHistory, TemporaryStayFacts } from './history.js';
import { afterOrOpen, count, distinctHouseholds, memo, onOrBefore } from './measure.js';
import type { IndicatorDefinition } from './types.js';

/**
 * Temporary accommodation (midlertidig botilbud, sosialtjenesteloven § 27). The period figures
 * are domain/temporary's KOSTRA household figures (docs/adr/0007: households, not stays; days
 * are nights; ≤ 14 days is the household's total; > 3 months per continuous chain), reused here
 * as they are. The day figures are Husly's [I].
 */

const summaries = new WeakMap<IndicatorHistory, Map<string, PeriodSummary>>();

/**
 * The KOSTRA household figures for a period, lengths as known on the history's `asOf`. Kept per
 * history and period (a history is never changed): five indicators and the KOSTRA form read the
 * same summary.
 */
export function temporaryPeriodSummary(history: IndicatorHistory, period: Period): PeriodSummary {
  const own = summaries.get(history) ?? new Map<string, PeriodSummary>();
  summaries.set(history, own);
  const key = `${period.from}/${period.to}`;
  const found = own.get(key);
  if (found) return found;
  const summary = summarisePeriod(history.temporaryStays, period, history.asOf, { chains: stayChains(history) });
  own.set(key, summary);
  return summary;
}

/**
 * Stays in which the household sleeps the night that begins on `day`: begun on or before it and
 * not ended on or before it [I]. A stay that ends the day it began has no night and is not counted.
 */
export function staysOnDay(stays: readonly TemporaryStayFacts[], day: IsoDate): TemporaryStayFacts[] {
  return stays.filter((s) => onOrBefore(s.startDate, day) && afterOrOpen(s.endDate, day));
}

/**
 * Households with children present in a stay that has a night in the period [I: domain.md § 10.4
 * «with children»]. The history's dates are checked (engine.ts), so they compare as strings.
 */
export function householdsWithChildrenDuring(history: IndicatorHistory, period: Period): number {
  const withChildren = memo(history, 'stays-with-children', () => history.temporaryStays.filter((s) => s.childrenPresent));
  return distinctHouseholds(withChildren.filter((s) => inPeriodChecked(s, period, history.asOf)));
}

/** The continuous chains of all the history's stays (temporary/chains.ts), made once per history. */
const stayChains = (history: IndicatorHistory): ReadonlyArray<StayChain<TemporaryStayFacts>> =>
  memo(history, 'stay-chains', () => continuousChains(history.temporaryStays));

/** A chain with the day its three months are reached. */
interface KnownChain {
  readonly chain: StayChain<TemporaryStayFacts>;
  readonly threeMonthsOn: IsoDate;
}

/**
 * Households in temporary accommodation on `day` whose continuous chain of stays is over three
 * months by then (optionally only those with children present in the chain).
 *
 * The chains are made once per history from all its stays. The chains of the stays begun by
 * `day` are their prefixes: stays are joined in order of their first day, so a stay begun later
 * can neither join two earlier ones nor change how they were joined. On `day` a prefix counts
 * when it is still open (its latest end is after `day`, or none) and `day` is after its three
 * months (an open chain is measured to `day`; stay-length.ts isOverThreeMonths).
 */
export function overThreeMonthsOnDay(history: IndicatorHistory, day: IsoDate, withChildren: boolean): number {
  const chains = memo(history, 'stay-chains-three-months', (): KnownChain[] => stayChains(history).map((chain) => ({ chain, threeMonthsOn: threeMonthsOn(chain.startDate) })));
  const households = new Set<string>();
  for (const { chain, threeMonthsOn: reached } of chains) {
    if (chain.startDate > day || !(day > reached) || households.has(chain.householdId)) continue;
    let open = false;
    let children = false;
    for (const stay of chain.stays) {
      if (stay.startDate > day) break;
      open ||= afterOrOpen(stay.endDate, day);
      children ||= stay.childrenPresent;
    }
    if (open && (!withChildren || children)) households.add(chain.householdId);
  }
  return households.size;
}

const ADR = 'domain.md §§ 3, 5; docs/adr/0007';

export const TEMPORARY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'temporary.households_on_day',
    name: { nb: 'Husstander i midlertidig botilbud på dagen', en: 'Households in temporary accommodation on the day' },
    definition: {
      nb: 'Antall husstander som har et opphold i midlertidig botilbud natten som begynner på dagen.',
      en: 'Households with a stay in temporary accommodation the night that begins on the day.',
    },
    unit: 'households',
    source: 'husly',
    kind: 'stock',
    basis: `${ADR} [I]`,
    compute: (h, p) => count(distinctHouseholds(staysOnDay(h.temporaryStays, p.to))),
  },
  {
    id: 'temporary.households_during',
    name: { nb: 'Husstander i midlertidig botilbud i perioden', en: 'Households in temporary accommodation during the period' },
    definition: {
      nb: 'Antall husstander med minst én overnatting i midlertidig botilbud i perioden; en husstand telles én gang.',
      en: 'Households with at least one night in temporary accommodation in the period, each counted once.',
    },
    unit: 'households',
    source: 'kostra_13',
    kind: 'flow',
    basis: `${ADR} [S]`,
    compute: (h, p) => count(temporaryPeriodSummary(h, p).households),
  },
  {
    id: 'temporary.short_stay_households',
    name: { nb: 'Av disse: inntil 14 døgn', en: 'Of these: 14 days or fewer' },
    definition: {
      nb: 'Husstander i midlertidig botilbud i perioden med til sammen 14 døgn eller færre (hele kjente opphold, ikke kuttet ved periodens grenser).',
      en: 'Households in temporary accommodation in the period whose stays total 14 nights or fewer (whole known stays, not cut at the period edges).',
    },
    unit: 'households',
    source: 'kostra_13',
    kind: 'flow',
    basis: `${ADR} [S]; the total over stays is [I]`,
    compute: (h, p) => count(temporaryPeriodSummary(h, p).shortStayHouseholds),
  },
  {
    id: 'temporary.over_3_months_households',
    name: { nb: 'Husstander over 3 måneder', en: 'Households over 3 months' },
    definition: {
      nb: 'Husstander i midlertidig botilbud i perioden med et sammenhengende opphold på mer enn tre måneder.',
      en: 'Households in temporary accommodation in the period with a continuous stay of more than three months.',
    },
    unit: 'households',
    source: 'husly',
    kind: 'flow',
    basis: `${ADR}: Helsetilsynet, stays «skal helst ikke vare i mer enn tre måneder» [S]`,
    compute: (h, p) => count(temporaryPeriodSummary(h, p).over3MonthsHouseholds),
  },
  {
    id: 'temporary.children_households_during',
    name: { nb: 'Barnefamilier i midlertidig botilbud', en: 'Households with children in temporary accommodation' },
    definition: {
      nb: 'Husstander med barn til stede i et opphold i midlertidig botilbud i perioden.',
      en: 'Households with children present in a stay in temporary accommodation in the period.',
    },
    unit: 'households',
    source: 'husly',
    kind: 'flow',
    basis: 'domain.md § 10.4 [I]',
    compute: (h, p) => count(householdsWithChildrenDuring(h, p)),
  },
  {
    id: 'temporary.children_over_3_months_households',
    name: { nb: 'Barnefamilier over 3 måneder', en: 'Households with children over 3 months' },
    definition: {
      nb: 'Husstander med barn under 18 år i midlertidig botilbud i perioden med et sammenhengende opphold på mer enn tre måneder.',
      en: 'Households with children under 18 in temporary accommodation in the period with a continuous stay of more than three months.',
    },
    unit: 'households',
    source: 'kostra_13',
    kind: 'flow',
    basis: `${ADR}; Bolig for velferd resultatmål 2 [S]`,
    compute: (h, p) => count(temporaryPeriodSummary(h, p).childrenOver3MonthsHouseholds),
  },
  {
    id: 'temporary.children_over_3_months_on_day',
    name: { nb: 'Barnefamilier over 3 måneder nå', en: 'Households with children over 3 months on the day' },
    definition: {
      nb: 'Barnefamilier som på dagen har bodd sammenhengende i midlertidig botilbud i mer enn tre måneder. Nasjonalt mål: 0.',
      en: 'Households with children who on the day have stayed in temporary accommodation continuously for more than three months. National goal: 0.',
    },
    unit: 'households',
    source: 'husly',
    kind: 'stock',
    basis: `${ADR}; Bolig for velferd resultatmål 2 [S]; the day figure is [I]`,
    compute: (h, p) => count(overThreeMonthsOnDay(h, p.to, true)),
  },
  {
    id: 'temporary.over_3_months_on_day',
    name: { nb: 'Husstander over 3 måneder nå', en: 'Households over 3 months on the day' },
    definition: {
      nb: 'Husstander som på dagen har bodd sammenhengende i midlertidig botilbud i mer enn tre måneder.',
      en: 'Households who on the day have stayed in temporary accommodation continuously for more than three months.',
    },
    unit: 'households',
    source: 'husly',
    kind: 'stock',
    basis: `${ADR} [I]`,
    compute: (h, p) => count(overThreeMonthsOnDay(h, p.to, false)),
  },
  {
    id: 'temporary.night_shelter_households',
    name: { nb: 'Husstander i natthjem', en: 'Households in a night shelter' },
    definition: {
      nb: 'Husstander med minst ett opphold i natthjem i perioden, telt én gang.',
      en: 'Households with at least one night-shelter stay in the period, counted once.',
    },
    unit: 'households',
    source: 'kostra_13',
    kind: 'flow',
    basis: `${ADR} [S]`,
    compute: (h, p) => count(temporaryPeriodSummary(h, p).nightShelterHouseholds),
  },
];
