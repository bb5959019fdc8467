import { addDays, addMonths, compareDates, daysBetween, type IsoDate } from '../../domain/deadlines/calendar.js';
import type { LeaseHelpStatus, SettlementHousing } from '../../domain/private-rental/index.js';
import { createRng, type Rng } from '../../domain/random/rng.js';
import { isValidOrgNumber } from '../../domain/temporary/org-number.js';
import { seededUuid } from './demo-dwellings-data.js';

/**
 * The plan for the demo's private rental partnerships and refugee settlement, drawn from the rng
 * only. Sandnes guarantees private landlords their rent and follow-up (the «fordelspakke») and
 * helped 73 refugees into private leases in one year; Demo kommune gets the companies the dwelling
 * register already leases from, some private persons, agreements, about forty households helped
 * by NAV's housing adviser over two years, and about twenty-five settled refugee households —
 * many in private leases — with their introduction programme and boligskole sessions.
 */

/** A company's organisation number, the same in every municipality (drawn from its name). */
export function companyOrgNumber(name: string): string {
  let seed = 0;
  for (const ch of name) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  const rng = createRng(seed);
  for (;;) {
    const candidate = `9${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (isValidOrgNumber(candidate)) return candidate;
  }
}

const PERSON_LANDLORDS = ['Kari Solberg', 'Tor Arne Vik', 'Ingrid Mæland', 'Reidar Haugland', 'Solveig Bø', 'Jon Egil Tjelta'];

const TERMS = [
  'Kommunen garanterer husleien ved mislighold i avtalt periode og følger opp leietakeren med bo-oppfølging. Utleieren varsler kommunen ved første mislighold og før oppsigelse.',
  'Husleiegaranti og oppfølging av leietaker. Kommunen er kontakt ved skade utover normal slitasje; utleieren gir kommunen forhåndsrett til ledige boliger.',
  'Fordelspakke: husleiegaranti, hjelp ved konflikter og én fast kontaktperson. Avtalen gjelder boliger utleieren stiller til disposisjon for kommunens brukere.',
];

export interface LandlordPlan {
  id: string;
  kind: 'person' | 'company';
  name: string;
  orgNumber: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
}

export interface AgreementPlan {
  id: string;
  landlordId: string;
  rentGuarantee: boolean;
  guaranteeMonths: number | null;
  followupPromise: boolean;
  terms: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface NewPersonPlan {
  id: string;
  givenName: string;
  familyName: string;
  age: number;
  refugeeSettledOn: IsoDate | null;
  interpreterLanguage: string | null;
}

export interface NewHouseholdPlan {
  id: string;
  head: NewPersonPlan;
  children: NewPersonPlan[];
}

export interface HelpPlan {
  id: string;
  householdId: string;
  landlordId: string | null;
  startedOn: IsoDate;
  depositGuarantee: boolean;
  monthlyRent: number | null;
  status: LeaseHelpStatus;
  outcomeOn: IsoDate | null;
  leaseStartsOn: IsoDate | null;
  note: string | null;
}

export interface SettlementPlan {
  id: string;
  householdId: string;
  settledOn: IsoDate;
  introductionFrom: IsoDate | null;
  introductionTo: IsoDate | null;
  housing: SettlementHousing;
  privateLeaseHelpId: string | null;
}

export interface SessionPlan {
  id: string;
  settlementId: string;
  heldOn: IsoDate;
  topic: string;
  attended: boolean;
}

export interface PrivateRentalPlan {
  landlords: LandlordPlan[];
  agreements: AgreementPlan[];
  households: NewHouseholdPlan[];
  helps: HelpPlan[];
  settlements: SettlementPlan[];
  sessions: SessionPlan[];
}

/** A refugee head in a municipal lease already in the demo (the waiting list's housed refugees). */
export interface ExistingRefugee {
  householdId: string;
  settledOn: IsoDate;
}

const NORWEGIAN = [
  ['Hanne', 'Eide'],
  ['Trond', 'Lunde'],
  ['Mette', 'Sande'],
  ['Kenneth', 'Rød'],
  ['Lise', 'Hovland'],
  ['Ørjan', 'Fosse'],
  ['Tone', 'Skaar'],
  ['Vidar', 'Nygård'],
  ['Marte', 'Bjørnstad'],
  ['Sander', 'Kvam'],
  ['Heidi', 'Aasen'],
  ['Roger', 'Tveit'],
  ['Camilla', 'Sørensen'],
  ['Stine', 'Lien'],
  ['Glenn', 'Wiik'],
  ['Anita', 'Skogen'],
  ['Jørgen', 'Hetland'],
  ['Maria', 'Ueland'],
  ['Petter', 'Rasmussen'],
  ['Line', 'Bakke'],
  ['Eskil', 'Fjeld'],
  ['Renate', 'Øye'],
] as const;

/** Refugee heads with the interpreter language they need [I]. */
const REFUGEES = [
  ['Ahmad', 'Al-Hassan', 'ar'],
  ['Yonas', 'Tesfay', 'ti'],
  ['Olena', 'Kovalenko', 'uk'],
  ['Amina', 'Warsame', 'so'],
  ['Fatima', 'Haidari', 'prs'],
  ['Mustafa', 'Rahimi', 'prs'],
  ['Hiwet', 'Gebremedhin', 'ti'],
  ['Iryna', 'Shevchenko', 'uk'],
  ['Omar', 'Khalil', 'ar'],
  ['Sahra', 'Abdi', 'so'],
  ['Dmytro', 'Bondarenko', 'uk'],
  ['Layla', 'Haddad', 'ar'],
  ['Senait', 'Tekle', 'ti'],
  ['Nasrin', 'Ahmadi', 'prs'],
  ['Abdullahi', 'Mohamud', 'so'],
  ['Tetiana', 'Melnyk', 'uk'],
  ['Rami', 'Nasser', 'ar'],
  ['Merhawit', 'Berhe', 'ti'],
] as const;

const CHILDREN = ['Adam', 'Sara', 'Yusuf', 'Mila', 'Noor', 'Daniel', 'Hana', 'Ali', 'Sofia', 'Elias'];

const TOPICS = ['Husleie, strøm og fakturaer', 'Husordensregler og naboskap', 'Renhold, vedlikehold og skadedyr', 'Kildesortering og avfall', 'Brannsikkerhet i boligen', 'Rettigheter og plikter som leietaker'];

function person(rng: Rng, givenName: string, familyName: string, age: number, refugeeSettledOn: IsoDate | null, interpreterLanguage: string | null): NewPersonPlan {
  return { id: seededUuid(rng), givenName, familyName, age, refugeeSettledOn, interpreterLanguage };
}

function household(rng: Rng, head: NewPersonPlan, children: number): NewHouseholdPlan {
  return {
    id: seededUuid(rng),
    head,
    children: Array.from({ length: children }, () => person(rng, rng.pick(CHILDREN), head.familyName, rng.int(1, 16), head.refugeeSettledOn, null)),
  };
}

/** A help that has run its course by today: signed, not found or ended, with the dates in order. */
function finished(rng: Rng, today: IsoDate, startedOn: IsoDate, status: LeaseHelpStatus, landlordId: string | null): Pick<HelpPlan, 'status' | 'outcomeOn' | 'leaseStartsOn' | 'landlordId'> {
  const room = Math.max(1, daysBetween(startedOn, today));
  const outcomeOn = addDays(startedOn, Math.min(room, status === 'not_found' ? rng.int(60, 120) : rng.int(14, 75)));
  if (status !== 'signed') return { status, outcomeOn, leaseStartsOn: null, landlordId: status === 'ended' ? landlordId : null };
  return { status, outcomeOn, leaseStartsOn: addDays(outcomeOn, rng.int(0, 30)), landlordId };
}

export interface PlanInput {
  today: IsoDate;
  /** Owners of the dwellings the municipality leases or has allocation rights to, as the register names them. */
  companies: readonly string[];
  existingRefugees: readonly ExistingRefugee[];
  /** Demo kommune's full plan; a small municipality gets a few of each. */
  large: boolean;
}

/** The whole plan. */
export function planPrivateRental(rng: Rng, input: PlanInput): PrivateRentalPlan {
  const { today, large } = input;
  const landlords: LandlordPlan[] = [
    ...input.companies.map((name) => ({
      id: seededUuid(rng),
      kind: 'company' as const,
      name,
      orgNumber: companyOrgNumber(name),
      contactName: `${rng.pick(['Eva', 'Arne', 'Berit', 'Knut', 'Guro'])} ${rng.pick(['Utne', 'Hauge', 'Lima', 'Sola'])}`,
      phone: `5${rng.int(1_000_000, 9_999_999)}`,
      email: `utleie@${name.toLowerCase().replace(/ as$/, '').replace(/[^a-z]+/g, '')}.no`,
      note: null,
    })),
    ...PERSON_LANDLORDS.slice(0, large ? PERSON_LANDLORDS.length : 1).map((name) => ({
      id: seededUuid(rng),
      kind: 'person' as const,
      name,
      orgNumber: null,
      contactName: null,
      phone: `9${rng.int(1_000_000, 9_999_999)}`,
      email: null,
      note: rng.chance(0.5) ? 'Leier ut sokkelleilighet.' : null,
    })),
  ];
  const agreements: AgreementPlan[] = landlords
    .filter((l, i) => l.kind === 'company' || i % 3 !== 2)
    .flatMap((l, i) => {
      const validFrom = addDays(today, -rng.int(60, 900));
      const current: AgreementPlan = {
        id: seededUuid(rng),
        landlordId: l.id,
        rentGuarantee: l.kind === 'company' || rng.chance(0.7),
        guaranteeMonths: 0,
        followupPromise: true,
        terms: rng.pick(TERMS),
        validFrom,
        validTo: rng.chance(0.6) ? null : addMonths(validFrom, 36),
      };
      current.guaranteeMonths = current.rentGuarantee ? rng.pick([3, 6, 6, 12]) : null;
      // One company's earlier agreement ran out before the current one began.
      const earlier: AgreementPlan[] =
        i === 0 ? [{ id: seededUuid(rng), landlordId: l.id, rentGuarantee: true, guaranteeMonths: 3, followupPromise: false, terms: TERMS[0]!, validFrom: addMonths(validFrom, -24), validTo: addDays(validFrom, -1) }] : [];
      return [...earlier, current];
    });
  const withAgreement = landlords.filter((l) => agreements.some((a) => a.landlordId === l.id));

  const households: NewHouseholdPlan[] = [];
  const helps: HelpPlan[] = [];
  const settlements: SettlementPlan[] = [];
  const help = (householdId: string, startedOn: IsoDate, status: LeaseHelpStatus, note: string | null = null): HelpPlan => {
    const landlordId = rng.pick(withAgreement.length > 0 ? withAgreement : landlords).id;
    const base = { id: seededUuid(rng), householdId, startedOn, depositGuarantee: rng.chance(0.7), monthlyRent: rng.int(70, 140) * 100, note };
    return status === 'in_progress' ? { ...base, landlordId: rng.chance(0.3) ? landlordId : null, status, outcomeOn: null, leaseStartsOn: null } : { ...base, ...finished(rng, today, startedOn, status, landlordId) };
  };

  // Households NAV helps straight into a private lease, over the last two years.
  const outcomes: LeaseHelpStatus[] = ['signed', 'signed', 'signed', 'signed', 'signed', 'signed', 'not_found', 'not_found', 'ended', 'in_progress', 'in_progress'];
  for (const [i, [given, family]] of NORWEGIAN.slice(0, large ? NORWEGIAN.length : 2).entries()) {
    const h = household(rng, person(rng, given, family, rng.int(20, 62), null, null), rng.chance(0.35) ? rng.int(1, 3) : 0);
    households.push(h);
    const status = outcomes[i % outcomes.length]!;
    helps.push(help(h.id, addDays(today, status === 'in_progress' ? -rng.int(3, 60) : -rng.int(150, 720)), status));
  }

  // Refugee households settled over the last four years: most housed through a private lease NAV helped sign.
  for (const [i, [given, family, language]] of REFUGEES.slice(0, large ? REFUGEES.length : 2).entries()) {
    const recent = i >= (large ? REFUGEES.length - 2 : 2);
    const settledOn = addDays(today, recent ? -rng.int(20, 60) : -rng.int(120, 1400));
    const h = household(rng, person(rng, given, family, rng.int(22, 50), settledOn, language), rng.int(0, 3));
    households.push(h);
    const introductionFrom = addDays(settledOn, rng.int(10, 45));
    const introduction = { introductionFrom: compareDates(introductionFrom, today) <= 0 ? introductionFrom : null, introductionTo: null as IsoDate | null };
    if (introduction.introductionFrom) introduction.introductionTo = addDays(addMonths(introduction.introductionFrom, 24), -1);
    const direct = i % 9 === 8;
    if (recent) {
      const h2 = help(h.id, addDays(settledOn, rng.int(0, 10)), 'in_progress', 'Bosatt i midlertidig bolig mens vi leter.');
      helps.push(h2);
      settlements.push({ id: seededUuid(rng), householdId: h.id, settledOn, ...introduction, housing: 'temporary', privateLeaseHelpId: null });
    } else if (direct) {
      settlements.push({ id: seededUuid(rng), householdId: h.id, settledOn, ...introduction, housing: 'private', privateLeaseHelpId: null });
    } else {
      // Found and signed before arrival, so the household moves straight in on the day it is settled.
      const signed = { ...help(h.id, addDays(settledOn, -rng.int(14, 45)), 'signed', 'Bosatt direkte i privat leid bolig med fordelspakke.'), outcomeOn: settledOn, leaseStartsOn: settledOn };
      helps.push(signed);
      settlements.push({ id: seededUuid(rng), householdId: h.id, settledOn, ...introduction, housing: 'private', privateLeaseHelpId: signed.id });
    }
  }

  // Refugees already in municipal dwellings.
  for (const r of input.existingRefugees.slice(0, large ? 8 : 1)) {
    const from = addDays(r.settledOn, rng.int(10, 45));
    const introductionFrom = compareDates(from, today) <= 0 ? from : null;
    settlements.push({
      id: seededUuid(rng),
      householdId: r.householdId,
      settledOn: r.settledOn,
      introductionFrom,
      introductionTo: introductionFrom ? addDays(addMonths(introductionFrom, 24), -1) : null,
      housing: 'municipal',
      privateLeaseHelpId: null,
    });
  }

  // Boligskole: monthly sessions in the first half year after settlement, for those settled in the last three years.
  const sessions: SessionPlan[] = settlements
    .filter((s) => daysBetween(s.settledOn, today) <= 3 * 365)
    .flatMap((s) =>
      TOPICS.slice(0, rng.int(3, TOPICS.length))
        .map((topic, k) => ({ id: seededUuid(rng), settlementId: s.id, heldOn: addDays(s.settledOn, 30 * (k + 1) + rng.int(0, 10)), topic, attended: rng.chance(0.8) }))
        .filter((x) => compareDates(x.heldOn, today) <= 0),
    );
  return { landlords, agreements, households, helps, settlements, sessions };
}
