import type { ApplicationInput, DecisionContentInput } from '../../contracts/cases.js';
import type { NeedCategory } from '../../domain/cases/case-types.js';
import { addDays, compareDates, daysBetween, isWorkingDay, validUntil, type IsoDate } from '../../domain/deadlines/index.js';
import type { HousingSituation } from '../../domain/eligibility/types.js';
import type { Rng } from '../../domain/random/rng.js';
import { rngUuid } from './demo-temporary-data.js';

/**
 * The plan for the demo's waiting list, drawn from the rng only: households approved for a
 * municipal rental dwelling over the last eleven months and not yet housed, so an allocation
 * round can be run on the first day of the demo. Demo kommune (75 000 inhabitants) gets 90–130
 * households, a municipality of another size proportionally more or fewer. The mix follows the
 * KOSTRA need categories (case-types.ts NEED_CATEGORIES) with shares of our own [I]: about a fifth
 * refugees settled within five years, 15 % substance use, 12 % mental illness, 5 % both (ROP),
 * 5 % in need of an adapted dwelling, the rest «other»; mostly single adults, about a quarter
 * families with children (some with three or more), about one in ten aged 18–25. A few who already
 * rent a municipal dwelling have an approved change (bytte) instead.
 *
 * The history (`planHistory`) gives the fairness monitor outcomes: the approval each recent first
 * lease rests on, decided a drawn wait before it started, and a few approvals that ran out.
 */

export const WAITING_AT_75_000 = { min: 90, max: 130 } as const;
/** Shares of the need categories [I]; `other` takes the rest. */
const CATEGORY_SHARES: ReadonlyArray<readonly [NeedCategory, number]> = [
  ['refugee', 0.2],
  ['substance_use', 0.15],
  ['mental_illness', 0.12],
  ['mental_illness_and_substance_use', 0.05],
  ['adapted_dwelling', 0.05],
];
/** Share of the list who already rent from the municipality and are approved for a change [I]. */
const CHANGE_SHARE = 0.05;
/** Share of approvals decided 11–12 months ago, so they run out within the next month [I]. */
const EXPIRING_SHARE = 0.04;
/** Share of partly approved applications (e.g. not in the districts wished for) [I]. */
const PARTLY_SHARE = 0.05;
const VALIDITY_MONTHS = 12;
const LEASE_YEARS = 3;

export type Gender = 'female' | 'male';

export interface WaitingPerson {
  id: string;
  givenName: string;
  familyName: string;
  gender: Gender | null;
  birthDate: IsoDate;
  relation: 'applicant' | 'spouse' | 'child';
  grossAnnualIncome: number | null;
  residenceStatus: string;
  residentSince: IsoDate | null;
  refugeeSettledOn: IsoDate | null;
  interpreterLanguage: string | null;
  phone: string | null;
}

/** A household that rents a municipal dwelling today (from the leases step). */
export interface TenantHousehold {
  householdId: string;
  headPersonId: string;
  adults: number;
  children: number;
}

export interface WaitingHousehold {
  householdId: string;
  headPersonId: string;
  /** Persons to insert (empty for a tenant's change: they exist already), head first. */
  persons: WaitingPerson[];
  adults: number;
  children: number;
  rentalKind: 'new' | 'change';
  needCategory: NeedCategory;
  housingSituation: HousingSituation;
  channel: 'paper' | 'phone' | 'meeting';
  summary: string;
  receivedOn: IsoDate;
  decidedOn: IsoDate;
  outcome: 'approved' | 'partly_approved';
  /** Parsed with applicationSchema by the seed (its defaults fill what is left out). */
  application: ApplicationInput;
  /** Parsed with decisionContentSchema by the seed. */
  content: DecisionContentInput;
  requestId: string;
  caseId: string;
  decisionId: string;
}

export interface WaitingInput {
  today: IsoDate;
  /** Inhabitants relative to Demo kommune's 75 000. */
  scale: number;
  /** The municipality's district codes (`01`, `02` …). */
  districtCodes: readonly string[];
  /** Primary-school districts of the municipality's dwellings, for families who want to keep theirs. */
  schoolDistricts: readonly string[];
  /** Tenant households, in a stable order; a few get an approved change. */
  tenants: readonly TenantHousehold[];
}

const FEMALE = ['Anne', 'Ingrid', 'Kari', 'Marianne', 'Hilde', 'Silje', 'Tone', 'Camilla', 'Linn', 'Ida', 'Maria', 'Julie', 'Thea', 'Malin', 'Hanne', 'Agnieszka', 'Elin', 'Trine'];
const MALE = ['Ole', 'Per', 'Kjetil', 'Morten', 'Stian', 'Thomas', 'Martin', 'Andreas', 'Jonas', 'Kristoffer', 'Roger', 'Tor', 'Magnus', 'Sebastian', 'Marius', 'Tomasz', 'Eirik', 'Frode'];
const FAMILY = ['Andreassen', 'Berntsen', 'Christensen', 'Dahle', 'Ellingsen', 'Fredriksen', 'Gundersen', 'Haugland', 'Isaksen', 'Jacobsen', 'Knutsen', 'Lindberg', 'Mikkelsen', 'Nygaard', 'Olsen', 'Pettersen', 'Rasmussen', 'Sørensen', 'Thorsen', 'Wold', 'Zielinski', 'Østby'];
const REFUGEE_FEMALE = ['Amal', 'Fatima', 'Hana', 'Layla', 'Mariam', 'Nour', 'Semhar', 'Helen', 'Olena', 'Iryna', 'Khadija', 'Sahra', 'Zainab', 'Parwana'];
const REFUGEE_MALE = ['Ahmad', 'Yusuf', 'Omar', 'Khaled', 'Mohammed', 'Tesfay', 'Dawit', 'Mykola', 'Andrii', 'Abdirahman', 'Hassan', 'Farid', 'Mustafa', 'Samir'];
const REFUGEE_FAMILY = ['Alhassan', 'Haddad', 'Khalil', 'Tesfamariam', 'Gebremedhin', 'Kovalenko', 'Shevchenko', 'Abdi', 'Warsame', 'Rahmani', 'Sultani', 'Ibrahim', 'Hamid', 'Bondarenko'];
const CHILD_FEMALE = ['Emma', 'Nora', 'Sofie', 'Olivia', 'Ella', 'Leah', 'Amira', 'Sara', 'Maja', 'Aya'];
const CHILD_MALE = ['Jakob', 'Emil', 'Noah', 'Oliver', 'William', 'Lucas', 'Adam', 'Ali', 'Filip', 'Yonas'];
/** Interpreter languages for refugees [I]: Arabic, Tigrinya, Ukrainian, Somali, Dari. */
const INTERPRETER = ['ar', 'ti', 'uk', 'so', 'prs'];

const NUMBER_WORDS = ['null', 'ett', 'to', 'tre', 'fire', 'fem', 'seks'];

/** One of `items` by weight. */
function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const onWorkingDayBefore = (date: IsoDate): IsoDate => {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
};

/** A birth date `age` whole years before `today`. */
const bornAged = (rng: Rng, today: IsoDate, age: number): IsoDate => addDays(today, -(age * 365 + rng.int(10, 350)));

interface Shape {
  adults: 1 | 2;
  children: number;
  headAge: [number, number];
  maleShare: number;
}

/** Number of children in a family [I]: three or more in about a third of them. */
const drawChildren = (rng: Rng, large: boolean): number =>
  weighted(rng, large ? [[1, 0.25], [2, 0.35], [3, 0.25], [4, 0.15]] : [[1, 0.4], [2, 0.35], [3, 0.2], [4, 0.05]]);

/** Household shape by need category and whether the head is young (18–25) [I]. */
function drawShape(rng: Rng, category: NeedCategory): Shape {
  switch (category) {
    case 'refugee': {
      if (rng.chance(0.6)) {
        const couple = rng.chance(0.6);
        return { adults: couple ? 2 : 1, children: drawChildren(rng, true), headAge: [24, 50], maleShare: couple ? 0.7 : 0.15 };
      }
      return { adults: rng.chance(0.25) ? 2 : 1, children: 0, headAge: [19, 45], maleShare: 0.65 };
    }
    case 'substance_use':
      return { adults: 1, children: 0, headAge: rng.chance(0.1) ? [19, 25] : [26, 62], maleShare: 0.75 };
    case 'mental_illness':
      if (rng.chance(0.1)) return { adults: 1, children: 1, headAge: [24, 45], maleShare: 0.2 };
      return { adults: 1, children: 0, headAge: rng.chance(0.25) ? [18, 25] : [26, 64], maleShare: 0.5 };
    case 'mental_illness_and_substance_use':
      return { adults: 1, children: 0, headAge: [22, 58], maleShare: 0.7 };
    case 'adapted_dwelling': {
      const r = rng.next();
      if (r < 0.1) return { adults: 2, children: rng.int(1, 2), headAge: [30, 48], maleShare: 0.5 };
      return { adults: r < 0.4 ? 2 : 1, children: 0, headAge: [35, 82], maleShare: 0.5 };
    }
    default: {
      if (rng.chance(0.32)) {
        const couple = rng.chance(0.4);
        return { adults: couple ? 2 : 1, children: drawChildren(rng, false), headAge: [22, 50], maleShare: couple ? 0.55 : 0.2 };
      }
      if (rng.chance(0.2)) return { adults: 1, children: 0, headAge: [18, 25], maleShare: 0.55 };
      return { adults: rng.chance(0.1) ? 2 : 1, children: 0, headAge: [26, 75], maleShare: 0.55 };
    }
  }
}

const SITUATIONS: Readonly<Record<NeedCategory, ReadonlyArray<readonly [HousingSituation, number]>>> = {
  refugee: [['emergency_accommodation', 0.25], ['staying_with_friends_family', 0.3], ['unsuitable_dwelling', 0.45]],
  substance_use: [['no_roof', 0.15], ['emergency_accommodation', 0.4], ['prison_release_2m', 0.15], ['institution_release_2m', 0.15], ['staying_with_friends_family', 0.15]],
  mental_illness: [['institution_release_2m', 0.3], ['staying_with_friends_family', 0.3], ['unsuitable_dwelling', 0.2], ['emergency_accommodation', 0.2]],
  mental_illness_and_substance_use: [['emergency_accommodation', 0.4], ['institution_release_2m', 0.3], ['no_roof', 0.15], ['prison_release_2m', 0.15]],
  adapted_dwelling: [['unsuitable_dwelling', 0.7], ['institution_release_2m', 0.3]],
  other: [['staying_with_friends_family', 0.45], ['unsuitable_dwelling', 0.25], ['emergency_accommodation', 0.2], ['no_roof', 0.05], ['prison_release_2m', 0.05]],
  no_needs_test: [['staying_with_friends_family', 1]],
};

const SITUATION_SUMMARY: Readonly<Record<HousingSituation, string>> = {
  no_roof: 'Uten fast sted å sove, overnatter hos skiftende bekjente og ute.',
  emergency_accommodation: 'Bor i midlertidig botilbud og trenger varig bolig.',
  prison_release_2m: 'Løslates fra fengsel innen to måneder og har ikke bolig.',
  institution_release_2m: 'Skrives ut fra institusjon innen to måneder og har ikke bolig.',
  staying_with_friends_family: 'Bor midlertidig hos venner eller familie.',
  unsuitable_dwelling: 'Bor i en bolig som er for liten, fuktig eller ikke tilrettelagt.',
  time_limited_lease_under_6m: 'Leiekontrakten går ut om under seks måneder uten rett til fornyelse.',
  own_suitable_dwelling: 'Har egen bolig.',
};

const SITUATION_FACTS: Readonly<Record<HousingSituation, string>> = {
  no_roof: 'Du har ikke et fast sted å bo og overnatter hos skiftende bekjente eller ute.',
  emergency_accommodation: 'Du bor i et midlertidig botilbud og har ikke egen bolig.',
  prison_release_2m: 'Du løslates fra fengsel om kort tid og har ingen bolig å flytte til.',
  institution_release_2m: 'Du skrives ut fra institusjon om kort tid og har ingen bolig å flytte til.',
  staying_with_friends_family: 'Du bor midlertidig hos venner eller familie og har ikke egen bolig.',
  unsuitable_dwelling: 'Boligen du bor i nå, er ikke egnet for husstanden din.',
  time_limited_lease_under_6m: 'Leiekontrakten din går ut om under seks måneder, og du har ikke rett til fornyelse.',
  own_suitable_dwelling: 'Du har egen bolig.',
};

const CONSIDERATIONS: Readonly<Record<NeedCategory, string>> = {
  refugee:
    'Du er bosatt i kommunen som flyktning, og kommunen har ansvar for å skaffe deg en varig bolig. Vi har lagt vekt på at du ikke har egnet bolig og at du ikke kan skaffe deg det selv.',
  substance_use:
    'Vi har lagt vekt på at du mangler en stabil bolig, og at en egen bolig er en forutsetning for at du skal kunne nyttiggjøre deg oppfølgingen fra rustjenesten. Du får tilbud om oppfølging i boligen.',
  mental_illness:
    'Vi har lagt vekt på at du mangler en stabil bolig, og at helsen din gjør det vanskelig å skaffe bolig på det private markedet. Du får tilbud om oppfølging fra psykisk helsetjeneste i boligen.',
  mental_illness_and_substance_use:
    'Vi har lagt vekt på at du mangler en stabil bolig og har behov for oppfølging både fra rustjenesten og psykisk helsetjeneste. Boligen må ligge nær en personalbase.',
  adapted_dwelling:
    'Vi har lagt vekt på at du trenger en tilrettelagt bolig som du ikke finner på det private markedet til en pris du kan betale.',
  other: 'Du oppfyller vilkårene i kommunens retningslinjer. Vi har lagt vekt på at du mangler et stabilt sted å bo og ikke kan skaffe deg bolig selv.',
  no_needs_test: 'Du oppfyller vilkårene i kommunens retningslinjer.',
};

const CATEGORY_SUMMARY: Readonly<Record<NeedCategory, string>> = {
  refugee: 'Bosatt flyktning.',
  substance_use: 'Følges opp av rustjenesten.',
  mental_illness: 'Følges opp av psykisk helsetjeneste.',
  mental_illness_and_substance_use: 'Følges opp av ROP-teamet.',
  adapted_dwelling: 'Trenger tilrettelagt bolig.',
  other: '',
  no_needs_test: '',
};

function describeHousehold(adults: number, children: number): { summary: string; facts: string } {
  const kids = children === 1 ? 'ett barn' : `${NUMBER_WORDS[children] ?? children} barn`;
  if (children === 0) return adults === 1 ? { summary: 'Enslig.', facts: 'Du bor alene.' } : { summary: 'Par uten barn.', facts: 'Husstanden består av deg og ektefellen eller samboeren din.' };
  return adults === 1
    ? { summary: `Enslig forsørger med ${kids}.`, facts: `Husstanden består av deg og ${kids}.` }
    : { summary: `Familie med ${kids}.`, facts: `Husstanden består av deg, ektefellen eller samboeren din og ${kids}.` };
}

/** Bedrooms promised by household size: within the allocation rules' bedroom norm (suitability-rules/common.ts). */
function bedroomsFor(rng: Rng, persons: number): number {
  if (persons === 1) return rng.chance(0.35) ? 0 : 1;
  if (persons === 2) return 1;
  if (persons === 3) return 2;
  if (persons === 4) return rng.chance(0.3) ? 2 : 3;
  if (persons === 5) return 3;
  return 4;
}

/** Kroner, rounded to a thousand. */
const kroner = (rng: Rng, min: number, max: number): number => Math.round(rng.int(min, max) / 1000) * 1000;

interface SpecialNeeds {
  wheelchair: boolean;
  lift: boolean;
  groundFloor: boolean;
  staffed: boolean;
  staffBase: boolean;
  sharedHousingOk: 'yes' | 'no' | 'unknown';
  schoolDistrict: string | null;
}

function drawNeeds(rng: Rng, category: NeedCategory, children: number, schoolDistricts: readonly string[]): SpecialNeeds {
  const needs: SpecialNeeds = { wheelchair: false, lift: false, groundFloor: false, staffed: false, staffBase: false, sharedHousingOk: 'unknown', schoolDistrict: null };
  switch (category) {
    case 'adapted_dwelling': {
      const r = rng.next();
      if (r < 0.75) Object.assign(needs, { wheelchair: true, lift: true });
      else if (r < 0.9) needs.groundFloor = true;
      else needs.lift = true;
      needs.sharedHousingOk = 'no';
      break;
    }
    case 'substance_use':
      needs.staffBase = rng.chance(0.3);
      needs.sharedHousingOk = weighted(rng, [['no', 0.4], ['unknown', 0.4], ['yes', 0.2]]);
      break;
    case 'mental_illness':
      needs.staffed = rng.chance(0.1);
      needs.staffBase = !needs.staffed && rng.chance(0.35);
      needs.sharedHousingOk = weighted(rng, [['no', 0.3], ['unknown', 0.4], ['yes', 0.3]]);
      break;
    case 'mental_illness_and_substance_use':
      needs.staffed = rng.chance(0.25);
      needs.staffBase = !needs.staffed;
      needs.sharedHousingOk = weighted(rng, [['no', 0.3], ['unknown', 0.3], ['yes', 0.4]]);
      break;
    default:
      needs.sharedHousingOk = children > 0 ? 'no' : weighted(rng, [['no', 0.5], ['unknown', 0.4], ['yes', 0.1]]);
  }
  // A few others cannot manage stairs (knees, heart, lungs) [I].
  if (category !== 'adapted_dwelling' && rng.chance(0.04)) needs.lift = true;
  if (children > 0 && schoolDistricts.length > 0 && rng.chance(0.35)) needs.schoolDistrict = rng.pick(schoolDistricts);
  return needs;
}

function drawAreaWishes(rng: Rng, districtCodes: readonly string[]): string[] {
  if (districtCodes.length === 0 || rng.chance(0.12)) return [];
  const wanted = Math.min(districtCodes.length, rng.int(1, 3));
  return shuffle(rng, [...districtCodes]).slice(0, wanted);
}

function newPerson(rng: Rng, today: IsoDate, p: Omit<WaitingPerson, 'id' | 'birthDate' | 'phone'> & { age: number }): WaitingPerson {
  const { age, ...rest } = p;
  const birthDate = bornAged(rng, today, age);
  // Resident since birth at the earliest.
  const residentSince = rest.residentSince !== null && compareDates(rest.residentSince, birthDate) < 0 ? birthDate : rest.residentSince;
  return { ...rest, id: rngUuid(rng), birthDate, residentSince, phone: age >= 16 ? `4${rng.int(1_000_000, 9_999_999)}` : null };
}

const gendered = (rng: Rng, gender: Gender | null, female: readonly string[], male: readonly string[]): string =>
  rng.pick(gender === 'female' ? female : gender === 'male' ? male : rng.chance(0.5) ? female : male);

/** A gender for the fairness monitor: stated by most, not stated by a few [I]. */
const drawGender = (rng: Rng, maleShare: number): Gender | null => (rng.chance(0.04) ? null : rng.chance(maleShare) ? 'male' : 'female');

function drawPersons(rng: Rng, today: IsoDate, category: NeedCategory, shape: Shape): WaitingPerson[] {
  const refugee = category === 'refugee';
  const familyName = rng.pick(refugee ? REFUGEE_FAMILY : FAMILY);
  const [female, male] = refugee ? [REFUGEE_FEMALE, REFUGEE_MALE] : [FEMALE, MALE];
  const settledOn = refugee ? addDays(today, -rng.int(60, 5 * 365 - 30)) : null;
  const residence = (): Pick<WaitingPerson, 'residenceStatus' | 'residentSince' | 'refugeeSettledOn' | 'interpreterLanguage'> =>
    refugee
      ? { residenceStatus: 'refugee', residentSince: settledOn, refugeeSettledOn: settledOn, interpreterLanguage: null }
      : { residenceStatus: rng.chance(0.1) ? 'permanent_residence' : 'citizen', residentSince: rng.chance(0.9) ? addDays(today, -rng.int(400, 9000)) : null, refugeeSettledOn: null, interpreterLanguage: null };
  const headAge = rng.int(shape.headAge[0], shape.headAge[1]);
  const headGender = drawGender(rng, shape.maleShare);
  const interpreter = refugee && rng.chance(0.6) ? rng.pick(INTERPRETER) : null;
  const lowIncome = shape.adults === 1 && shape.children === 0 ? [110_000, 320_000] : [150_000, 380_000];
  const head = newPerson(rng, today, {
    givenName: gendered(rng, headGender, female, male),
    familyName,
    gender: headGender,
    age: headAge,
    relation: 'applicant',
    grossAnnualIncome: kroner(rng, lowIncome[0]!, lowIncome[1]!),
    ...residence(),
    interpreterLanguage: interpreter,
  });
  const persons = [head];
  if (shape.adults === 2) {
    const gender: Gender | null = headGender === null ? drawGender(rng, 0.5) : rng.chance(0.95) ? (headGender === 'male' ? 'female' : 'male') : headGender;
    persons.push(
      newPerson(rng, today, {
        givenName: gendered(rng, gender, female, male),
        familyName,
        gender,
        age: Math.max(18, headAge + rng.int(-6, 6)),
        relation: 'spouse',
        grossAnnualIncome: rng.chance(0.4) ? 0 : kroner(rng, 50_000, 250_000),
        ...residence(),
        interpreterLanguage: interpreter,
      }),
    );
  }
  const oldestChild = Math.max(0, Math.min(17, headAge - 19));
  // A refugee family's children came with it (born before the settlement).
  const youngestChild = settledOn === null ? 0 : Math.min(oldestChild, Math.ceil(daysBetween(settledOn, today) / 365));
  for (let i = 0; i < shape.children; i++) {
    const gender = rng.chance(0.03) ? null : rng.chance(0.5) ? 'male' : 'female';
    persons.push(
      newPerson(rng, today, {
        givenName: gendered(rng, gender, CHILD_FEMALE, CHILD_MALE),
        familyName,
        gender,
        age: rng.int(youngestChild, oldestChild),
        relation: 'child',
        grossAnnualIncome: null,
        ...residence(),
      }),
    );
  }
  return persons;
}

function documentation(category: NeedCategory): NonNullable<ApplicationInput['documentation']> {
  const items: NonNullable<ApplicationInput['documentation']> = [
    { item: 'identity', status: 'received' },
    { item: 'income_statement', status: 'received' },
    { item: 'tax_assessment', status: 'received' },
    { item: 'own_housing_attempts', status: 'received' },
  ];
  if (category === 'refugee') items.push({ item: 'residence_permit', status: 'received' });
  if (['mental_illness', 'mental_illness_and_substance_use', 'adapted_dwelling'].includes(category)) items.push({ item: 'medical_statement', status: 'received' });
  return items;
}

/** The need categories of `count` households by the shares (`other` takes the rest), `changes` of them a tenant's change, shuffled. */
function drawCategories(rng: Rng, count: number, changes: number): Array<{ category: NeedCategory; change: boolean }> {
  const list: Array<{ category: NeedCategory; change: boolean }> = [];
  for (const [category, share] of CATEGORY_SHARES) for (let i = 0; i < Math.round(count * share); i++) list.push({ category, change: false });
  for (let i = 0; i < changes; i++) list.push({ category: i % 3 === 2 ? 'adapted_dwelling' : 'other', change: true });
  while (list.length < count) list.push({ category: 'other', change: false });
  return shuffle(rng, list.slice(0, count));
}

/** The approval's dates: decided on a working day 1–11 months ago (a few 11–12, running out soon), received 1–4 weeks before (no foreløpig svar needed). */
function drawDates(rng: Rng, today: IsoDate): { receivedOn: IsoDate; decidedOn: IsoDate } {
  const daysAgo = rng.chance(EXPIRING_SHARE) ? rng.int(337, 362) : rng.int(30, 335);
  const decidedOn = onWorkingDayBefore(addDays(today, -daysAgo));
  return { decidedOn, receivedOn: addDays(decidedOn, -rng.int(7, 30)) };
}

/** The markers that start the requests' summaries (the seed's idempotency check looks for them). */
export const WAITING_MARKER = 'Venteliste:';
export const HISTORY_MARKER = 'Boligsøknad:';

/**
 * Who applied: a new household (persons drawn here), a household already in the register applying
 * for its first municipal dwelling (the history: it got the lease the approval led to), or a tenant
 * applying for a change.
 */
type Applicant = { kind: 'new' } | { kind: 'existing'; household: TenantHousehold } | { kind: 'change'; household: TenantHousehold };

interface ApprovalSpec {
  category: NeedCategory;
  applicant: Applicant;
  marker: string;
  /** Given dates; drawn (1–12 months ago) when left out. */
  dates?: { receivedOn: IsoDate; decidedOn: IsoDate };
}

/** One approved application with its request, case and decision (the waiting list's draws, in their order). */
function planApproval(rng: Rng, input: Pick<WaitingInput, 'today' | 'districtCodes' | 'schoolDistricts'>, spec: ApprovalSpec): WaitingHousehold {
  const { today } = input;
  const { category, applicant } = spec;
  const tenant = applicant.kind === 'change' ? applicant.household : undefined;
  const known = applicant.kind === 'new' ? undefined : applicant.household;
  const shape = known ? undefined : drawShape(rng, category);
  const persons = shape ? drawPersons(rng, today, category, shape) : [];
  const adults = known?.adults ?? shape?.adults ?? 1;
  const children = known?.children ?? shape?.children ?? 0;
  const housingSituation = tenant ? 'unsuitable_dwelling' : weighted(rng, SITUATIONS[category]);
  const needs = drawNeeds(rng, category, children, input.schoolDistricts);
  const bedrooms = bedroomsFor(rng, adults + children);
  const { receivedOn, decidedOn } = spec.dates ?? drawDates(rng, today);
  const outcome = rng.chance(PARTLY_SHARE) ? 'partly_approved' : 'approved';
  const areaWishes = drawAreaWishes(rng, input.districtCodes);
  const household = describeHousehold(adults, children);
  const applicantIncome = persons[0]?.grossAnnualIncome ?? kroner(rng, 180_000, 380_000);
  const householdIncome = persons.length > 0 ? persons.reduce((s, p) => s + (p.grossAnnualIncome ?? 0), 0) : applicantIncome + (adults > 1 ? kroner(rng, 0, 200_000) : 0);
  const changeReason =
    category === 'adapted_dwelling'
      ? 'Leier kommunal bolig i dag, men klarer ikke lenger trappene og trenger bolig med heis eller på bakkeplan.'
      : children > 0
        ? 'Leier kommunal bolig i dag, men husstanden har blitt for stor for boligen.'
        : 'Leier kommunal bolig i dag, men boligen er for stor og for dyr for husstanden.';
  const summary = [spec.marker, tenant ? changeReason : household.summary, tenant ? '' : SITUATION_SUMMARY[housingSituation], CATEGORY_SUMMARY[category]]
    .filter((s) => s !== '')
    .join(' ');
  const evicted = (category === 'substance_use' || category === 'mental_illness_and_substance_use') && rng.chance(0.2);
  const debt = rng.chance(0.08) ? { amount: kroner(rng, 2_000, 25_000), repaymentPlan: true } : { amount: 0, repaymentPlan: false };
  const floorRequirement = needs.groundFloor ? 'ground_floor' : needs.lift || needs.wheelchair ? 'ground_floor_or_lift' : 'none';
  const partly = outcome === 'partly_approved';
  const application: ApplicationInput = {
    housingSituation,
    needCategory: category,
    specialNeeds: needs,
    areaWishes,
    income: { applicantGrossAnnual: applicantIncome, householdGrossAnnual: householdIncome, assets: kroner(rng, 0, 40_000) },
    debtToMunicipality: debt,
    // Before the application, for an application in the past too.
    lastEvictionDate: evicted ? addDays(spec.dates?.receivedOn ?? today, -rng.int(800, 2500)) : null,
    documentation: documentation(category),
    facts: { documentedOwnAttempts: true, canMeetLeaseTerms: true, hasDailyCareOfChildren: children > 0 },
  };
  const content: DecisionContentInput = {
    conclusion: partly
      ? 'Du får tildelt kommunal utleiebolig, men vi kan ikke love deg bolig i de bydelene du ønsket. Du står nå på listen over godkjente søkere, og vi kontakter deg når vi har en bolig som passer.'
      : 'Du får tildelt kommunal utleiebolig. Du står nå på listen over godkjente søkere, og vi kontakter deg når vi har en bolig som passer.',
    facts: [tenant ? 'Du leier kommunal bolig i dag, men boligen er ikke lenger egnet for husstanden din.' : SITUATION_FACTS[housingSituation], tenant ? '' : household.facts, 'Inntekten til husstanden er lav, og du har dokumentert at du har forsøkt å skaffe bolig selv uten å lykkes.']
      .filter((s) => s !== '')
      .join(' '),
    considerations: [
      tenant ? 'Vi innvilger bytte til en bolig som passer husstanden bedre.' : CONSIDERATIONS[category],
      children > 0 ? 'Vi har også lagt vekt på barnas behov for en trygg og stabil bolig (barnets beste).' : '',
      partly ? 'Kommunen har for få boliger i de bydelene du ønsket til at vi kan love deg bolig der.' : '',
    ]
      .filter((s) => s !== '')
      .join(' '),
    dwelling: { bedrooms, sizeM2: null, floorRequirement, lift: needs.lift, wheelchair: needs.wheelchair },
    leaseYears: LEASE_YEARS,
    validityMonths: VALIDITY_MONTHS,
    premises: ['du bor i kommunen', 'husstanden din har samme størrelse', 'inntekten din er omtrent den samme'],
    otherHelp: [],
  };
  return {
    householdId: known?.householdId ?? rngUuid(rng),
    headPersonId: known?.headPersonId ?? persons[0]!.id,
    persons,
    adults,
    children,
    rentalKind: tenant ? 'change' : 'new',
    needCategory: category,
    housingSituation,
    channel: weighted(rng, [['meeting', 0.5], ['paper', 0.3], ['phone', 0.2]]),
    summary,
    receivedOn,
    decidedOn,
    outcome,
    application,
    content,
    requestId: rngUuid(rng),
    caseId: rngUuid(rng),
    decisionId: rngUuid(rng),
  };
}

const byReceived = (a: WaitingHousehold, b: WaitingHousehold): number => compareDates(a.receivedOn, b.receivedOn) || (a.caseId < b.caseId ? -1 : 1);

/** The waiting list to seed, oldest request first (the order its case numbers are handed out in). */
export function planWaitingList(rng: Rng, input: WaitingInput): WaitingHousehold[] {
  const { today } = input;
  const count = Math.max(1, Math.round(rng.int(WAITING_AT_75_000.min, WAITING_AT_75_000.max) * input.scale));
  const changes = Math.min(input.tenants.length, Math.round(count * CHANGE_SHARE));
  const tenants = shuffle(rng, [...input.tenants]).slice(0, changes);
  const plans = drawCategories(rng, count, changes).map(({ category, change }): WaitingHousehold => {
    const tenant = change ? tenants.pop() : undefined;
    return planApproval(rng, { today, districtCodes: input.districtCodes, schoolDistricts: input.schoolDistricts }, { category, applicant: tenant ? { kind: 'change', household: tenant } : { kind: 'new' }, marker: WAITING_MARKER });
  });
  return plans.sort(byReceived);
}

/** A household whose first municipal lease started within the history window, with its head as the register has it. */
export interface LeaseStart extends TenantHousehold {
  leaseId: string;
  startDate: IsoDate;
  signedOn: IsoDate;
  givenName: string;
  gender: string | null;
  birthDate: IsoDate | null;
}

/** An approval that ended in the lease it led to; the case was closed when the lease was signed. */
export interface HousedApproval extends WaitingHousehold {
  leaseId: string;
  closedOn: IsoDate;
  /** The head's gender to record where the register has none (null: not stated). */
  gender: Gender | null;
  /** For a refugee: settled in the municipality on this day (before the application). */
  refugeeSettledOn: IsoDate | null;
}

/** An approval that ran out with no dwelling; the case was closed some weeks after. */
export interface LapsedApproval extends WaitingHousehold {
  closedOn: IsoDate;
}

export interface HistoryInput extends Omit<WaitingInput, 'tenants'> {
  /** First leases started within the window, in a stable order. */
  leases: readonly LeaseStart[];
}

/** Approvals at Demo kommune's size that lapsed 1–12 months ago, never housed [I]. */
export const LAPSED_AT_75_000 = { min: 8, max: 12 } as const;
/** The shortest and longest days from approval to lease start [I]; an accepted offer comes within the approval's twelve months. */
const WAIT_DAYS = { min: 30, max: 360 } as const;

const FEMALE_NAMES = new Set([...FEMALE, ...REFUGEE_FEMALE, 'Agnes', 'Camilla', 'Fatima', 'Gunn', 'Inger', 'Karin', 'Marit', 'Randi', 'Tove', 'Unni', 'Wenche', 'Zahra']);
const MALE_NAMES = new Set([...MALE, ...REFUGEE_MALE, 'Bilal', 'Dag', 'Eirik', 'Halvor', 'Jonas', 'Leif', 'Nils', 'Omar', 'Sindre', 'Viktor', 'Øystein', 'Aleksander', 'Kjell']);

/** The gender the register should show for a head who has none: from the given name, not stated by a few [I]. */
function genderOf(rng: Rng, givenName: string): Gender | null {
  if (rng.chance(0.04)) return null;
  if (FEMALE_NAMES.has(givenName)) return 'female';
  if (MALE_NAMES.has(givenName)) return 'male';
  return rng.chance(0.5) ? 'male' : 'female';
}

/**
 * The need category of a household housed from the list, by its shape, the head's age and gender
 * [I]: families are often refugees, rarely in substance-use follow-up; the old often need an adapted
 * dwelling; substance use and ROP are mostly men's. Overall close to the waiting list's shares.
 */
function historyCategory(rng: Rng, children: number, age: number, gender: Gender | null): NeedCategory {
  if (children > 0) return weighted<NeedCategory>(rng, [['refugee', 0.3], ['mental_illness', 0.07], ['adapted_dwelling', 0.04], ['substance_use', 0.02], ['other', 0.57]]);
  if (age >= 67) return weighted<NeedCategory>(rng, [['adapted_dwelling', 0.35], ['mental_illness', 0.05], ['substance_use', 0.03], ['other', 0.57]]);
  const male = gender !== 'female';
  return weighted<NeedCategory>(rng, [
    ['refugee', age <= 45 ? 0.14 : 0.05],
    ['substance_use', male ? 0.24 : 0.09],
    ['mental_illness', male ? 0.12 : 0.17],
    ['mental_illness_and_substance_use', male ? 0.08 : 0.03],
    ['adapted_dwelling', 0.04],
    ['other', male ? 0.38 : 0.52],
  ]);
}

/**
 * Days from approval to the lease's start [I]: skewed, most within five months, a tail to a year.
 * Those in substance-use or ROP follow-up wait longer (few dwellings with a staff base nearby, and
 * offers refused with good reason), so do large families (few big dwellings) and those needing an
 * adapted one: the pattern the fairness monitor is there to show.
 */
function drawWait(rng: Rng, category: NeedCategory, children: number): number {
  const slower = category === 'substance_use' || category === 'mental_illness_and_substance_use' ? 0.5 : children >= 3 ? 0.6 : category === 'adapted_dwelling' ? 0.8 : 1;
  return Math.round(WAIT_DAYS.min + (WAIT_DAYS.max - WAIT_DAYS.min) * rng.next() ** (1.6 * slower));
}

const ageOn = (birthDate: IsoDate | null, on: IsoDate): number => (birthDate === null ? 40 : Math.floor(daysBetween(birthDate, on) / 365.25));

/**
 * The allocation history, from the rng only: for each first lease started within the window, the
 * approval it rests on (decided a drawn wait before the start); and a few approvals at Demo's size
 * (proportionally elsewhere) decided 13–24 months ago that ran out with no dwelling — new
 * households, mostly in substance-use or mental-health follow-up who lost contact [I]. Oldest
 * request first.
 */
export function planHistory(rng: Rng, input: HistoryInput): { housed: HousedApproval[]; lapsed: LapsedApproval[] } {
  const { today } = input;
  const housed = input.leases.map((l): HousedApproval => {
    const gender = l.gender === 'female' || l.gender === 'male' ? l.gender : genderOf(rng, l.givenName);
    const category = historyCategory(rng, l.children, ageOn(l.birthDate, l.startDate), gender);
    const decidedOn = onWorkingDayBefore(addDays(l.startDate, -drawWait(rng, category, l.children)));
    const dates = { decidedOn, receivedOn: addDays(decidedOn, -rng.int(7, 30)) };
    const refugeeSettledOn = category === 'refugee' ? addDays(dates.receivedOn, -rng.int(30, 4 * 365)) : null;
    const plan = planApproval(rng, input, { category, applicant: { kind: 'existing', household: l }, marker: HISTORY_MARKER, dates });
    return { ...plan, leaseId: l.leaseId, closedOn: l.signedOn, gender, refugeeSettledOn };
  });
  const count = Math.max(1, Math.round(rng.int(LAPSED_AT_75_000.min, LAPSED_AT_75_000.max) * input.scale));
  const lapsed = Array.from({ length: count }, (): LapsedApproval => {
    const category = weighted<NeedCategory>(rng, [['substance_use', 0.3], ['mental_illness_and_substance_use', 0.15], ['mental_illness', 0.2], ['other', 0.35]]);
    const decidedOn = onWorkingDayBefore(addDays(today, -rng.int(395, 730)));
    const dates = { decidedOn, receivedOn: addDays(decidedOn, -rng.int(7, 30)) };
    const plan = planApproval(rng, input, { category, applicant: { kind: 'new' }, marker: HISTORY_MARKER, dates });
    return { ...plan, closedOn: onWorkingDayBefore(addDays(validUntil(decidedOn, VALIDITY_MONTHS), rng.int(3, 21))) };
  });
  return { housed: housed.sort(byReceived), lapsed: lapsed.sort(byReceived) };
}
