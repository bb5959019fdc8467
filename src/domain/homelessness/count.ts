import { addMonths, compareDates, type IsoDate } from '../deadlines/calendar.js';
import { suppressSmallCount } from '../statistics/suppression.js';
import { HOMELESS_CATEGORIES, isHomelessCategory, type HomelessCategory } from './categories.js';

/**
 * Which households known to the services are homeless in a week, by the national definition's
 * five categories, and the figures the count's form asks for. Pure: the server loads the facts.
 *
 * A household is counted once, in one category, by this precedence [I]:
 *  1. a running municipal lease on any day of the week → not counted (they have a dwelling);
 *  2. a temporary stay (midlertidig botilbud) overlapping the week → emergency_accommodation, whatever
 *     a case says (the stay is the fact the services know best);
 *  3. otherwise the housing situation of its open housing case (the latest received when there are
 *     several; a case is open in the week when received by the Sunday and neither closed nor
 *     forwarded before the Monday) when it is one of the five categories;
 *  4. otherwise not counted.
 * «Known homeless since» is the earliest of those open cases' received dates and those stays' start.
 */

export interface WeekSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface CaseFact {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly receivedOn: IsoDate;
  readonly closedOn: IsoDate | null;
  readonly forwardedOn: IsoDate | null;
  readonly housingSituation: string | null;
}

export interface SpanFact {
  readonly startDate: IsoDate;
  /** The last day (for a lease, the day it ended or ends); null: open. */
  readonly endDate: IsoDate | null;
}

export interface MemberFact {
  readonly birthDate: IsoDate | null;
  readonly gender: 'female' | 'male' | 'other' | null;
  readonly joinedOn: IsoDate | null;
  readonly leftOn: IsoDate | null;
}

export interface HouseholdFacts {
  readonly householdId: string;
  readonly cases: readonly CaseFact[];
  readonly stays: readonly SpanFact[];
  /** Municipal leases that were signed (draft and cancelled leases left out by the loader). */
  readonly leases: readonly SpanFact[];
  readonly members: readonly MemberFact[];
}

export interface Classification {
  readonly category: HomelessCategory;
  readonly since: IsoDate;
  /** The case shown in the list: the latest open case, when there is one. */
  readonly caseId: string | null;
  readonly caseNumber: string | null;
}

const overlaps = (span: SpanFact, week: WeekSpan): boolean =>
  compareDates(span.startDate, week.to) <= 0 && (span.endDate === null || compareDates(span.endDate, week.from) >= 0);

const isOpenIn = (c: CaseFact, week: WeekSpan): boolean =>
  compareDates(c.receivedOn, week.to) <= 0 &&
  (c.closedOn === null || compareDates(c.closedOn, week.from) >= 0) &&
  (c.forwardedOn === null || compareDates(c.forwardedOn, week.from) >= 0);

const earliest = (dates: readonly IsoDate[]): IsoDate => dates.reduce((a, b) => (compareDates(b, a) < 0 ? b : a));

/** The household's category in the week, or null when it is not counted. */
export function classify(h: HouseholdFacts, week: WeekSpan): Classification | null {
  if (h.leases.some((l) => overlaps(l, week))) return null;
  const open = h.cases
    .filter((c) => isOpenIn(c, week))
    .sort((a, b) => compareDates(b.receivedOn, a.receivedOn) || b.caseNumber.localeCompare(a.caseNumber));
  const homelessCases = open.filter((c) => isHomelessCategory(c.housingSituation));
  const stays = h.stays.filter((s) => overlaps(s, week));
  const latest = open[0] ?? null;
  let category: HomelessCategory | null = null;
  if (stays.length > 0) category = 'emergency_accommodation';
  else if (latest !== null && isHomelessCategory(latest.housingSituation)) category = latest.housingSituation;
  else if (homelessCases[0] !== undefined) category = homelessCases[0].housingSituation as HomelessCategory;
  if (category === null) return null;
  const since = earliest([...homelessCases.map((c) => c.receivedOn), ...stays.map((s) => s.startDate)]);
  return { category, since, caseId: latest?.caseId ?? null, caseNumber: latest?.caseNumber ?? null };
}

/** Age bands of the persons counted [I]: children under 18, then the adult bands. */
export const AGE_BANDS = ['under_18', '18_24', '25_34', '35_44', '45_66', '67_plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type GenderKey = (typeof GENDERS)[number];

/** How long the household has been known homeless at the week's Monday [I]. */
export const DURATION_BANDS = ['under_3m', '3_6m', '6_12m', '12m_plus'] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];

export interface CategoryFigures<N> {
  households: N;
  persons: N;
  children: N;
}

export interface CountFigures<N = number> {
  households: N;
  persons: N;
  children: N;
  byCategory: Record<HomelessCategory, CategoryFigures<N>>;
  ageBands: Record<AgeBand, N>;
  gender: Record<GenderKey, N>;
  duration: Record<DurationBand, N>;
}

/** Whole years from `birthDate` to `on`. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBand(birthDate: IsoDate | null, on: IsoDate): AgeBand {
  if (birthDate === null) return 'unknown';
  const age = ageOn(birthDate, on);
  if (age < 18) return 'under_18';
  if (age <= 24) return '18_24';
  if (age <= 34) return '25_34';
  if (age <= 44) return '35_44';
  if (age <= 66) return '45_66';
  return '67_plus';
}

export function durationBand(since: IsoDate, weekFrom: IsoDate): DurationBand {
  if (compareDates(since, addMonths(weekFrom, -3)) > 0) return 'under_3m';
  if (compareDates(since, addMonths(weekFrom, -6)) > 0) return '3_6m';
  if (compareDates(since, addMonths(weekFrom, -12)) > 0) return '6_12m';
  return '12m_plus';
}

/** The members living in the household in the week. */
export const membersIn = (h: HouseholdFacts, week: WeekSpan): MemberFact[] =>
  h.members.filter((m) => (m.joinedOn === null || compareDates(m.joinedOn, week.to) <= 0) && (m.leftOn === null || compareDates(m.leftOn, week.from) >= 0));

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export interface CountedHousehold {
  readonly householdId: string;
  readonly classification: Classification;
  readonly persons: number;
  readonly children: number;
}

/** Every household counted in the week, in category order then since. */
export function countedHouseholds(households: readonly HouseholdFacts[], week: WeekSpan): CountedHousehold[] {
  const counted: CountedHousehold[] = [];
  for (const h of households) {
    const classification = classify(h, week);
    if (classification === null) continue;
    const members = membersIn(h, week);
    const persons = Math.max(1, members.length);
    const children = members.filter((m) => ageBand(m.birthDate, week.from) === 'under_18').length;
    counted.push({ householdId: h.householdId, classification, persons, children });
  }
  const order = (c: HomelessCategory) => HOMELESS_CATEGORIES.indexOf(c);
  return counted.sort(
    (a, b) => order(a.classification.category) - order(b.classification.category) || compareDates(a.classification.since, b.classification.since) || a.householdId.localeCompare(b.householdId),
  );
}

/** The form's figures for the week: persons and households per category, children with them, age, gender, duration. */
export function countFigures(households: readonly HouseholdFacts[], week: WeekSpan): CountFigures {
  const byCategory = Object.fromEntries(HOMELESS_CATEGORIES.map((c) => [c, { households: 0, persons: 0, children: 0 }])) as Record<HomelessCategory, CategoryFigures<number>>;
  const ageBands = zeros(AGE_BANDS);
  const gender = zeros(GENDERS);
  const duration = zeros(DURATION_BANDS);
  const byId = new Map(households.map((h) => [h.householdId, h]));
  let persons = 0;
  let children = 0;
  const counted = countedHouseholds(households, week);
  for (const c of counted) {
    const cell = byCategory[c.classification.category];
    cell.households += 1;
    cell.persons += c.persons;
    cell.children += c.children;
    persons += c.persons;
    children += c.children;
    duration[durationBand(c.classification.since, week.from)] += 1;
    const members = membersIn(byId.get(c.householdId)!, week);
    if (members.length === 0) {
      ageBands.unknown += 1;
      gender.unknown += 1;
    }
    for (const m of members) {
      ageBands[ageBand(m.birthDate, week.from)] += 1;
      gender[m.gender ?? 'unknown'] += 1;
    }
  }
  return { households: counted.length, persons, children, byCategory, ageBands, gender, duration };
}

const mapRecord = <K extends string, A, B>(r: Record<K, A>, f: (a: A) => B): Record<K, B> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v as A)])) as Record<K, B>;

/** The figures as text: exact, or with counts from 1 to 4 shown as «<5» (outside case work). */
export function figuresAsText(f: CountFigures, suppress: boolean): CountFigures<string> {
  const show = (n: number) => (suppress ? suppressSmallCount(n) : String(n));
  return {
    households: show(f.households),
    persons: show(f.persons),
    children: show(f.children),
    byCategory: mapRecord(f.byCategory, (c) => ({ households: show(c.households), persons: show(c.persons), children: show(c.children) })),
    ageBands: mapRecord(f.ageBands, show),
    gender: mapRecord(f.gender, show),
    duration: mapRecord(f.duration, show),
  };
}
