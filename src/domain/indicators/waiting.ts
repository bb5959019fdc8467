import { daysBetween, type IsoDate } from '../deadlines/calendar.js';
import type { Period } from '../temporary/kostra.js';
import type { IndicatorHistory, WaitingEntryFacts } from './history.js';
import { afterOrOpen, count, medianOf, memo, onOrBefore, within } from './measure.js';
import type { IndicatorDefinition } from './types.js';

/**
 * The waiting list (venteliste): households with a valid approval and no dwelling yet
 * (domain.md § 10.2, docs/adr/0013), its length and how long its households have waited,
 * overall and by the dwelling size they need (domain.md § 10.4: «waiting-list length and
 * median wait by dwelling size»).
 */

/**
 * On the list on `day`: approved by then, not yet housed (housed from the lease's first day),
 * not off the list another way, and the approval still valid (its last valid day included).
 */
export function onWaitingList(e: WaitingEntryFacts, day: IsoDate): boolean {
  return (
    onOrBefore(e.approvedOn, day) &&
    afterOrOpen(e.housedOn, day) &&
    afterOrOpen(e.leftOn, day) &&
    (e.validUntil === null || e.validUntil >= day)
  );
}

/** Dwelling sizes by bedrooms needed [I]: 0–1 (hybel, one bedroom), 2, 3, 4 or more. */
export const SIZE_GROUPS = ['0_1', '2', '3', '4_plus'] as const;
export type SizeGroup = (typeof SIZE_GROUPS)[number];

export function sizeGroup(bedrooms: number): SizeGroup {
  if (bedrooms <= 1) return '0_1';
  if (bedrooms === 2) return '2';
  if (bedrooms === 3) return '3';
  return '4_plus';
}

const SIZE_TEXT: Readonly<Record<SizeGroup, { nb: string; en: string }>> = {
  '0_1': { nb: 'behov for 0–1 soverom', en: 'needing 0–1 bedrooms' },
  '2': { nb: 'behov for 2 soverom', en: 'needing 2 bedrooms' },
  '3': { nb: 'behov for 3 soverom', en: 'needing 3 bedrooms' },
  '4_plus': { nb: 'behov for 4 soverom eller flere', en: 'needing 4 or more bedrooms' },
};

/** The list on `day` (kept per history and day: ten indicators read it), optionally one size group. */
const waitingOn = (h: IndicatorHistory, day: IsoDate, size?: SizeGroup): readonly WaitingEntryFacts[] => {
  const all = memo(h, `waiting:${day}`, () => h.waiting.filter((e) => onWaitingList(e, day)));
  return size === undefined ? all : all.filter((e) => sizeGroup(e.bedroomsNeeded) === size);
};

/** Days waited so far on `day` by each household on the list. */
export const daysWaited = (h: IndicatorHistory, day: IsoDate, size?: SizeGroup): number[] => waitingOn(h, day, size).map((e) => daysBetween(e.approvedOn, day));

/** Days from approval to the lease's start, for households housed from the list in the period. */
export const daysToHoused = (h: IndicatorHistory, p: Period): number[] =>
  h.waiting.flatMap((e) => (e.housedOn !== null && within(e.housedOn, p) ? [daysBetween(e.approvedOn, e.housedOn)] : []));

const BASIS = 'domain.md §§ 10.2, 10.4 (2)';

function bySize(size: SizeGroup): IndicatorDefinition[] {
  const t = SIZE_TEXT[size];
  return [
    {
      id: `waiting.households.bedrooms_${size}`,
      name: { nb: `Venteliste, ${t.nb}`, en: `Waiting list, ${t.en}` },
      definition: { nb: `Husstander på ventelisten på dagen med ${t.nb}.`, en: `Households on the waiting list on the day ${t.en}.` },
      unit: 'households',
      source: 'husly',
      kind: 'stock',
      basis: `${BASIS}; size groups [I]`,
      parent: 'waiting.households',
      group: size,
      compute: (h, p) => count(waitingOn(h, p.to, size).length),
    },
    {
      id: `waiting.median_days.bedrooms_${size}`,
      name: { nb: `Median ventetid, ${t.nb}`, en: `Median wait, ${t.en}` },
      definition: { nb: `Median antall dager husstander ${t.nb} har ventet på dagen.`, en: `Median days households ${t.en} have waited on the day.` },
      unit: 'days',
      source: 'husly',
      kind: 'stock',
      basis: `${BASIS}; size groups [I]`,
      parent: 'waiting.median_days',
      group: size,
      compute: (h, p) => medianOf(daysWaited(h, p.to, size)),
    },
  ];
}

export const WAITING_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'waiting.households',
    name: { nb: 'Husstander på ventelisten', en: 'Households on the waiting list' },
    definition: {
      nb: 'Husstander som på dagen har et gyldig vedtak om kommunalt disponert bolig (ny søknad eller bytte) og ennå ikke har fått bolig.',
      en: 'Households that on the day hold a valid approval for a municipal rental dwelling (new or change) and have not yet been housed.',
    },
    unit: 'households',
    source: 'husly',
    kind: 'stock',
    basis: `${BASIS} [I]`,
    compute: (h, p) => count(waitingOn(h, p.to).length),
  },
  {
    id: 'waiting.median_days',
    name: { nb: 'Median ventetid', en: 'Median wait' },
    definition: {
      nb: 'Median antall dager fra vedtaket til dagen, for husstandene på ventelisten på dagen.',
      en: 'Median days from the approval to the day, for the households on the waiting list on the day.',
    },
    unit: 'days',
    source: 'husly',
    kind: 'stock',
    basis: `${BASIS} [I]`,
    compute: (h, p) => medianOf(daysWaited(h, p.to)),
  },
  ...SIZE_GROUPS.flatMap(bySize),
  {
    id: 'waiting.median_days_to_housed',
    name: { nb: 'Median ventetid for dem som fikk bolig', en: 'Median wait of those housed' },
    definition: {
      nb: 'Median antall dager fra vedtak til innflytting, for husstander fra ventelisten som flyttet inn i perioden.',
      en: 'Median days from approval to move-in, for households from the waiting list who moved in during the period.',
    },
    unit: 'days',
    source: 'husly',
    kind: 'flow',
    basis: `${BASIS} [I]`,
    compute: (h, p) => medianOf(daysToHoused(h, p)),
  },
];
