/**
 * seed:large's history: an Oslo-scale municipality's ten years (and one warm-up year) of social
 * housing work, generated in memory from one seeded rng and written by the steps in large.ts
 * with bulk inserts. A small simulation keeps the rows consistent with each other: a dwelling's
 * status periods follow its leases (let exactly while a lease runs, reserved between the offer
 * and the move-in, maintenance and vacancy between tenants), the waiting list is the approvals
 * not yet housed, lapsed or withdrawn, a household's temporary stays never overlap, a change of
 * dwelling ends the old lease, rent-to-own and Housing First outcomes end theirs.
 *
 * Ids are deterministic (a prefix per table and a running number), so the same seed, scale and
 * day give the same rows. No clock and no Math.random: `today` and the rng come in.
 */
import { applicationSchema } from '../../contracts/cases.js';
import { withControlDigits } from '../../domain/identity/fnr.js';
import type { Rng } from '../../domain/random/rng.js';
import type {
  appeal,
  decision,
  dwelling,
  dwellingStatusPeriod,
  evictionStep,
  helpRequest,
  household,
  householdMember,
  housingCase,
  housingFirstParticipant,
  lease,
  person,
  refugeeSettlement,
  rentToOwnPlan,
  tempPlace,
  tempProvider,
  tempStay,
} from '../schema/index.js';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Yearly volumes at scale 1 (Oslo-like: ~12 000 dwellings, ~40 000 households over the years). */
export const LARGE_RATES = {
  dwellings: 12_000,
  /** New rental-dwelling applications a year (KOSTRA new applicants plus a few already housed). */
  newApplications: 1_500,
  changeApplications: 300,
  housingHelpCases: 600,
  startLoanCases: 80,
  /** Households starting a temporary stay a year (one to three stays each). */
  temporaryHouseholds: 1_000,
  housingFirst: 40,
  rentToOwn: 15,
} as const;

export interface LargeWorldInput {
  /** 1 = Oslo scale; the db test uses 1/200. */
  scale: number;
  /** The seed's «today» (ISO date): nothing happens after it. */
  today: string;
  years: number;
  rng: Rng;
  municipalityId: number;
  kommunenummer: string;
  districts: readonly string[];
  staff: { caseworker: readonly string[]; nav: readonly string[]; followup: readonly string[] };
}

export interface LargeWorld {
  persons: Row<typeof person>[];
  households: Row<typeof household>[];
  members: Row<typeof householdMember>[];
  dwellings: Row<typeof dwelling>[];
  statusPeriods: Row<typeof dwellingStatusPeriod>[];
  helpRequests: Row<typeof helpRequest>[];
  cases: Row<typeof housingCase>[];
  decisions: Row<typeof decision>[];
  appeals: Row<typeof appeal>[];
  leases: Row<typeof lease>[];
  evictionSteps: Row<typeof evictionStep>[];
  tempProviders: Row<typeof tempProvider>[];
  tempPlaces: Row<typeof tempPlace>[];
  tempStays: Row<typeof tempStay>[];
  housingFirst: Row<typeof housingFirstParticipant>[];
  rentToOwn: Row<typeof rentToOwnPlan>[];
  refugeeSettlements: Row<typeof refugeeSettlement>[];
  /** The last case number used per year (case_number_sequence). */
  caseNumberLast: Map<number, number>;
}

// ---------------------------------------------------------------- days and ids

const DAY_MS = 86_400_000;

/** Day numbers relative to `today` (0 = today, negative = past) and their ISO dates. */
function dayClock(today: string) {
  const base = Date.parse(`${today}T00:00:00Z`);
  const cache = new Map<number, string>();
  return (day: number): string => {
    let iso = cache.get(day);
    if (iso === undefined) {
      iso = new Date(base + day * DAY_MS).toISOString().slice(0, 10);
      cache.set(day, iso);
    }
    return iso;
  };
}

const ID_PREFIX = {
  person: 1, household: 2, dwelling: 3, period: 4, request: 5, case: 6, decision: 7, appeal: 8, lease: 9,
  eviction: 10, provider: 11, place: 12, stay: 13, housingFirst: 14, rentToOwn: 15, settlement: 16,
} as const;

/** Deterministic uuids: `5eed<table>-…-<running number>` (valid uuid syntax, unique per table). */
function idMaker() {
  const counters = new Map<number, number>();
  return (table: keyof typeof ID_PREFIX): string => {
    const prefix = ID_PREFIX[table];
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `5eed${prefix.toString(16).padStart(4, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

// ---------------------------------------------------------------- names

const GIVEN_F = ['Ingrid', 'Kari', 'Nora', 'Emma', 'Sara', 'Amina', 'Fatima', 'Zahra', 'Maja', 'Hanne', 'Sofie', 'Leila', 'Olga', 'Marta', 'Aisha', 'Linnea', 'Ida', 'Hiba', 'Tone', 'Mariam'];
const GIVEN_M = ['Ole', 'Jon', 'Ali', 'Mohammed', 'Lars', 'Per', 'Ahmed', 'Jonas', 'Emil', 'Omar', 'Piotr', 'Tomas', 'Even', 'Yusuf', 'Kristian', 'Abdi', 'Henrik', 'Ivan', 'Sindre', 'Hassan'];
const FAMILY = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Ahmed', 'Ali', 'Hussein', 'Nowak', 'Kowalski', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Rahimi', 'Mohamed', 'Eriksen', 'Dahl', 'Lie', 'Moen'];
const STREETS = ['Trondheimsveien', 'Kirkeveien', 'Grønlandsleiret', 'Tøyengata', 'Lambertseterveien', 'Stovner senter', 'Romsåsveien', 'Haugerudveien', 'Furusetveien', 'Bjerkedalen', 'Holmliaveien', 'Mortensrudveien', 'Ullernchausseen', 'Sognsveien', 'Sandakerveien'];

const NEED_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['refugee', 15], ['mental_illness', 12], ['substance_use', 8], ['mental_illness_and_substance_use', 5], ['adapted_dwelling', 10], ['other', 45], ['no_needs_test', 5],
];
const SITUATIONS = ['no_roof', 'emergency_accommodation', 'prison_release_2m', 'institution_release_2m', 'staying_with_friends_family', 'unsuitable_dwelling'] as const;
const SITUATION_WEIGHTS = [5, 15, 3, 4, 45, 28];

function weighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

/** An exponential draw with the given mean, at least `min`. */
/** Mean length of a tenancy: with ~12 000 dwellings about 800 fall vacant a year, and ~1 000 households are housed. */
const TENANCY_MEAN_DAYS = Math.round(16 * 365);

const exp = (rng: Rng, mean: number, min = 0): number => Math.max(min, Math.round(-Math.log(1 - rng.next()) * mean));

/** How many events fall on one day at `perYear` a year (the fraction by chance). */
function perDay(rng: Rng, perYear: number): number {
  const rate = perYear / 365;
  const whole = Math.floor(rate);
  return whole + (rng.chance(rate - whole) ? 1 : 0);
}

// ---------------------------------------------------------------- the simulation's own records

interface Hh {
  id: string;
  personId: string;
  refugeeSettledDay: number | null;
  /** The running lease (one at a time here, except the days of a change of dwelling). */
  lease: SimLease | null;
  changePending: boolean;
  rentToOwn: boolean;
  housingFirst: boolean;
}

interface SimDwelling {
  id: string;
  bedrooms: number;
  districtCode: string;
  rentToOwnPotential: boolean;
  monthlyRent: number;
  periods: Array<{ status: string; from: number; to: number | null; expectedReady?: number }>;
  lease: SimLease | null;
  readyDay: number | null;
  sold: boolean;
}

type EndReason = 'notice' | 'renewal_refused' | 'eviction' | 'moved' | 'moved_to_owned' | 'housing_first_exit' | 'died';

interface SimLease {
  id: string;
  dwelling: SimDwelling;
  hh: Hh;
  decisionId: string | null;
  start: number;
  /** Fixed term in days (3 or 5 years), or null when open-ended. */
  term: number | null;
  /** Last day of the tenancy (may be after today: still running). */
  end: number;
  reason: EndReason;
  rent: number;
}

interface WaitEntry {
  hh: Hh;
  decisionId: string;
  approvedDay: number;
  validUntilDay: number;
  leftDay: number | null;
  bedrooms: number;
  housed: boolean;
  oldLease: SimLease | null;
}

// ---------------------------------------------------------------- generation

/**
 * Generates the whole history. The simulation runs day by day from `years` + 1 years ago to
 * today; the first year warms the waiting list up so the ten years that follow look steady.
 */
export function generateLargeWorld(input: LargeWorldInput): LargeWorld {
  const { rng, scale, municipalityId: m, staff } = input;
  const iso = dayClock(input.today);
  const id = idMaker();
  const START = -Math.round((input.years + 1) * 365.25);
  const TODAY = 0;
  const w: LargeWorld = {
    persons: [], households: [], members: [], dwellings: [], statusPeriods: [], helpRequests: [], cases: [], decisions: [], appeals: [], leases: [],
    evictionSteps: [], tempProviders: [], tempPlaces: [], tempStays: [], housingFirst: [], rentToOwn: [], refugeeSettlements: [], caseNumberLast: new Map(),
  };
  const caseworker = () => rng.pick(staff.caseworker);
  const nav = () => rng.pick(staff.nav);
  const fnrUsed = new Map<string, number>();

  // ---- persons and households
  const newPerson = (birthDay: number, gender: 'female' | 'male', familyName: string, refugeeDay: number | null): string => {
    const pid = id('person');
    const birthDate = iso(birthDay);
    const adult = birthDay < -18 * 365;
    let nationalId: string | null = null;
    if (adult) {
      // A valid-format fødselsnummer: individnummer counted up per birth date (000–499 before 2000, 500– after).
      const [y, mo, d] = birthDate.split('-');
      const from = Number(y) >= 2000 ? 500 : 0;
      for (let k = fnrUsed.get(birthDate) ?? from; k < from + 500; k++) {
        const candidate = withControlDigits(`${d}${mo}${y!.slice(2)}${String(k).padStart(3, '0')}`);
        if (candidate !== undefined) {
          nationalId = candidate;
          fnrUsed.set(birthDate, k + 1);
          break;
        }
      }
    }
    w.persons.push({
      municipalityId: m, id: pid, nationalId, nationalIdKind: nationalId ? 'fnr' : null,
      givenName: rng.pick(gender === 'female' ? GIVEN_F : GIVEN_M), familyName, birthDate, gender,
      addressLine: `${rng.pick(STREETS)} ${rng.int(1, 120)}`, postalCode: String(rng.int(150, 1295)).padStart(4, '0'), postalCity: 'Storby',
      residenceStatus: refugeeDay !== null ? 'refugee' : 'citizen', refugeeSettledOn: refugeeDay !== null ? iso(refugeeDay) : null,
    });
    return pid;
  };
  /** A household formed on `day`: one or two adults and `children` children. */
  const newHousehold = (day: number, opts: { adults?: number; children?: number; refugeeDay?: number | null; single?: boolean } = {}): Hh => {
    const adults = opts.adults ?? (opts.single ? 1 : rng.chance(0.3) ? 2 : 1);
    const children = opts.children ?? (opts.single ? 0 : rng.chance(0.3) ? rng.int(1, 4) : 0);
    const refugeeDay = opts.refugeeDay ?? null;
    const familyName = rng.pick(FAMILY);
    const hid = id('household');
    const headGender = rng.chance(0.55) ? 'male' : 'female';
    const headBirth = day - rng.int(19 * 365, 75 * 365);
    const head = newPerson(headBirth, headGender, familyName, refugeeDay);
    w.households.push({ municipalityId: m, id: hid, headPersonId: head });
    w.members.push({ municipalityId: m, householdId: hid, personId: head, relation: 'applicant', grossAnnualIncome: rng.int(90, 420) * 1000, joinedOn: null });
    if (adults > 1) {
      const pid = newPerson(headBirth + rng.int(-1500, 1500), headGender === 'male' ? 'female' : 'male', familyName, refugeeDay);
      w.members.push({ municipalityId: m, householdId: hid, personId: pid, relation: 'spouse', grossAnnualIncome: rng.int(0, 350) * 1000, joinedOn: null });
    }
    for (let c = 0; c < children; c++) {
      const pid = newPerson(day - rng.int(30, 17 * 365), rng.chance(0.5) ? 'female' : 'male', familyName, refugeeDay);
      w.members.push({ municipalityId: m, householdId: hid, personId: pid, relation: 'child', grossAnnualIncome: null, joinedOn: null });
    }
    return { id: hid, personId: head, refugeeSettledDay: refugeeDay, lease: null, changePending: false, rentToOwn: false, housingFirst: false };
  };

  // ---- dwellings
  const districtCenters = input.districts.map((_, i) => ({ lat: 59.86 + ((i * 37) % 15) * 0.011, lon: 10.62 + ((i * 53) % 15) * 0.025 }));
  const dwellings: SimDwelling[] = [];
  const makeDwelling = (i: number): SimDwelling => {
    const disposal = weighted(rng, ['municipally_owned', 'leased_from_private', 'private_with_allocation_right'] as const, [72, 20, 8]);
    const bedrooms = weighted(rng, [0, 1, 2, 3, 4], [10, 40, 30, 15, 5]);
    const di = rng.int(0, input.districts.length - 1);
    const districtCode = input.districts[di]!;
    const monthlyRent = 5_500 + bedrooms * 2_400 + rng.int(0, 40) * 100;
    const rentToOwnPotential = disposal === 'municipally_owned' && bedrooms >= 2 && rng.chance(0.08);
    const c = districtCenters[di]!;
    w.dwellings.push({
      municipalityId: m, id: id('dwelling'), knr: input.kommunenummer, gnr: 100 + Math.floor(i / 24), bnr: 1 + (i % 24), unitNumber: `H0${1 + (i % 4)}0${1 + (i % 6)}`,
      streetName: rng.pick(STREETS), houseNumber: String(rng.int(1, 150)), postalCode: String(rng.int(150, 1295)).padStart(4, '0'), postalCity: 'Storby',
      dwellingType: bedrooms === 0 ? 'hybel' : weighted(rng, ['leilighet', 'rekkehus', 'enebolig'], [85, 10, 5]), disposalForm: disposal,
      ownerName: disposal === 'municipally_owned' ? null : `Utleier ${rng.int(1, 400)} AS`, ownerOrgNumber: null,
      bedrooms, usableAreaM2: String(25 + bedrooms * 18 + rng.int(0, 15)), floor: rng.int(0, 8), hasLift: rng.chance(0.4),
      wheelchairAccessible: rng.chance(0.08), monthlyRent, rentToOwnPotential, districtCode,
      latitude: (c.lat + (rng.next() - 0.5) * 0.02).toFixed(6), longitude: (c.lon + (rng.next() - 0.5) * 0.04).toFixed(6),
    });
    const row = w.dwellings[w.dwellings.length - 1]!;
    return { id: row.id!, bedrooms, districtCode, rentToOwnPotential, monthlyRent, periods: [], lease: null, readyDay: null, sold: false };
  };

  // ---- cases, decisions and appeals
  interface CaseSpec {
    hh: Hh;
    type: 'rental_dwelling' | 'housing_help' | 'temporary_accommodation' | 'startlan';
    rentalKind?: 'new' | 'change' | 'renewal';
    received: number;
    needCategory?: string | null;
    situation?: string | null;
    by?: string;
    /** Probability of approval when decided. */
    approve: number;
    /** Days to a decision (drawn when absent). */
    decideAfter?: number;
    bedrooms?: number;
    /** Forced outcome (renewals decided by the lease's history). */
    outcome?: 'approved' | 'refused';
  }
  const applicationCache = new Map<string, Record<string, unknown>>();
  const application = (situation: string, need: string): Record<string, unknown> => {
    const key = `${situation}|${need}`;
    let a = applicationCache.get(key);
    if (!a) {
      a = applicationSchema.parse({ housingSituation: situation, needCategory: need, income: { applicantGrossAnnual: 240_000, householdGrossAnnual: null, assets: 10_000 }, debtToMunicipality: { amount: 0, repaymentPlan: false } }) as Record<string, unknown>;
      applicationCache.set(key, a);
    }
    return a;
  };
  const caseYear: number[] = [];
  const caseReceived: number[] = [];
  const approvalsByDay = new Map<number, WaitEntry[]>();
  const pushAt = <T>(map: Map<number, T[]>, day: number, item: T) => {
    const list = map.get(day);
    if (list) list.push(item);
    else map.set(day, [item]);
  };

  /** Registers a case with its decision and any appeal; returns the case id and the approval (if one is ever made by today). */
  const openCase = (spec: CaseSpec): { caseId: string; approvalId: string | null; approvedDay: number | null; decidedDay: number | null } => {
    const caseId = id('case');
    const requestId = id('request');
    const by = spec.by ?? caseworker();
    const rentalDwelling = spec.type === 'rental_dwelling';
    const need = spec.needCategory ?? (rentalDwelling || spec.type === 'housing_help' ? weighted(rng, NEED_WEIGHTS.map((n) => n[0]), NEED_WEIGHTS.map((n) => n[1])) : null);
    const situation = spec.situation ?? (spec.type === 'startlan' ? null : weighted(rng, SITUATIONS, SITUATION_WEIGHTS));
    const received = spec.received;
    const decideAfter = spec.decideAfter ?? (rng.chance(0.7) ? rng.int(5, 30) : rng.int(31, 110));
    let decided: number | null = received + decideAfter;
    let forwarded: number | null = null;
    let closed: number | null = null;
    if (spec.type !== 'temporary_accommodation' && spec.rentalKind !== 'renewal' && rng.chance(0.03)) {
      forwarded = received + rng.int(3, 20);
      closed = forwarded + rng.int(5, 30);
      decided = null;
    }
    if (decided !== null && decided > TODAY) decided = null;
    if (forwarded !== null && forwarded > TODAY) forwarded = null;
    if (closed !== null && closed > TODAY) closed = null;
    // fvl. § 11a: a foreløpig svar when the answer takes more than a month — most of the time.
    const prelimDay = decideAfter > 30 && rng.chance(0.8) ? received + rng.int(7, 25) : null;
    const prelim = prelimDay !== null && prelimDay <= TODAY ? prelimDay : null;
    const outcome = spec.outcome ?? (rng.chance(spec.approve) ? 'approved' : 'refused');
    let status = forwarded !== null ? (closed !== null ? 'closed' : 'forwarded') : decided !== null ? 'decided' : prelim !== null ? 'preliminary_reply_sent' : 'received';
    let approvalId: string | null = null;
    let approvedDay: number | null = null;
    const validDays = rentalDwelling ? 365 : null;
    const bedrooms = spec.bedrooms ?? 1;
    const content = (o: string) =>
      o === 'approved'
        ? { conclusion: 'Søknaden er innvilget.', facts: 'Opplysningene i søknaden.', considerations: 'Vilkårene er oppfylt.', ...(rentalDwelling ? { dwelling: { bedrooms, sizeM2: 30 + bedrooms * 15, floorRequirement: 'none', lift: false, wheelchair: false }, leaseYears: 3 } : {}) }
        : { conclusion: 'Søknaden er avslått.', facts: 'Opplysningene i søknaden.', considerations: 'Husstanden kan skaffe bolig selv, eventuelt med hjelp.' };
    const addDecision = (o: string, day: number): string => {
      const did = id('decision');
      w.decisions.push({
        municipalityId: m, id: did, caseId, outcome: o as 'approved' | 'refused', status: 'sent', language: 'nb', content: content(o), decidedOn: iso(day), decidedBy: by,
        noticeSentOn: iso(day), appealDeadline: iso(day + 21), validUntil: o === 'approved' && validDays !== null ? iso(day + validDays) : null,
      });
      return did;
    };
    if (decided !== null) {
      const did = addDecision(outcome, decided);
      if (outcome === 'approved') {
        approvalId = did;
        approvedDay = decided;
      } else if (spec.type !== 'temporary_accommodation' && rng.chance(0.22)) {
        // An appeal against the refusal.
        const submitted = decided + rng.int(5, 20);
        const appealReceived = submitted + rng.int(0, 3);
        if (appealReceived <= TODAY) {
          const r = rng.next();
          const reviewed = appealReceived + rng.int(10, 40);
          const row: Row<typeof appeal> = {
            municipalityId: m, id: id('appeal'), caseId, decisionId: did, submittedOn: iso(submitted), receivedOn: iso(appealReceived), grounds: 'Jeg mener vedtaket er feil.', inTime: 'yes', status: 'registered',
          };
          status = 'appealed';
          if (r < 0.05) {
            row.status = 'withdrawn';
            status = 'decided';
          } else if (reviewed <= TODAY) {
            if (r < 0.2) {
              // The first instance reverses its own refusal (fvl. § 33) with a new decision.
              Object.assign(row, { status: 'reversed', reviewedOn: iso(reviewed), reviewNote: 'Nye opplysninger.' });
              status = 'decided';
              approvalId = addDecision('approved', reviewed);
              approvedDay = reviewed;
            } else {
              Object.assign(row, { status: 'forwarded', reviewedOn: iso(reviewed), reviewNote: 'Opprettholdt.', forwardedOn: iso(reviewed), appealBody: spec.type === 'rental_dwelling' ? 'Klagenemnda' : 'Statsforvalteren' });
              status = 'appeal_forwarded';
              const bodyDay = reviewed + rng.int(30, 120);
              if (bodyDay <= TODAY) {
                const body = weighted(rng, ['upheld', 'reversed', 'remanded', 'dismissed'], [78, 10, 7, 5]);
                Object.assign(row, { status: 'decided', bodyOutcome: body, bodyDecidedOn: iso(bodyDay) });
                status = body === 'remanded' ? 'remanded' : 'decided';
              }
            }
          }
          w.appeals.push(row);
        }
      }
    }
    w.helpRequests.push({ municipalityId: m, id: requestId, householdId: spec.hh.id, receivedOn: iso(received), channel: rng.pick(['paper', 'phone', 'meeting'] as const), summary: 'Henvendelse om bolig.', createdBy: by });
    w.cases.push({
      municipalityId: m, id: caseId, caseNumber: '', requestId, householdId: spec.hh.id, personId: spec.hh.personId, caseType: spec.type, rentalKind: spec.rentalKind ?? null, status,
      receivedOn: iso(received), assignedToId: by, legalBasisVersion: `${spec.type}/1`, housingSituation: situation, needCategory: need,
      application: situation !== null && need !== null ? application(situation, need) : {}, preliminaryReplySentOn: prelim !== null ? iso(prelim) : null,
      decidedOn: decided !== null ? iso(decided) : null, forwardedTo: forwarded !== null ? 'NAV Storby' : null, forwardedOn: forwarded !== null ? iso(forwarded) : null, closedOn: closed !== null ? iso(closed) : null,
    });
    caseYear.push(Number(iso(received).slice(0, 4)));
    caseReceived.push(received);
    return { caseId, approvalId, approvedDay, decidedDay: decided };
  };

  // ---- leases
  const leases: SimLease[] = [];
  const freeByDay = new Map<number, SimLease[]>();
  const evictionPlanned = new Set<SimLease>();
  /** A new tenancy: its natural length, term and end reason; the dwelling's let period starts. */
  const startLease = (d: SimDwelling, hh: Hh, start: number, decisionId: string | null, plannedEnd?: number, reason?: EndReason): SimLease => {
    const term = rng.chance(0.7) ? (rng.chance(0.75) ? 1096 : 1826) : null;
    let end = plannedEnd ?? start + exp(rng, TENANCY_MEAN_DAYS, 200);
    let why: EndReason = reason ?? (rng.chance(0.015) ? 'eviction' : rng.chance(0.04) ? 'died' : 'notice');
    if (term !== null && reason === undefined) {
      for (let termEnd = start + term - 1; termEnd < end; termEnd += term) {
        if (termEnd >= START && rng.chance(0.03)) {
          end = termEnd;
          why = 'renewal_refused';
          break;
        }
      }
    }
    const l: SimLease = { id: id('lease'), dwelling: d, hh, decisionId, start, term, end, reason: why, rent: d.monthlyRent };
    leases.push(l);
    d.lease = l;
    d.readyDay = null;
    hh.lease = l;
    d.periods.push({ status: 'let', from: start, to: null });
    pushAt(freeByDay, l.end + 1, l);
    if (why === 'eviction') evictionPlanned.add(l);
    return l;
  };
  /** Ends a lease earlier than planned (a move, an outcome). */
  const endLeaseOn = (l: SimLease, day: number, reason: EndReason) => {
    if (day >= l.end) return;
    l.end = Math.max(day, l.start + 1);
    l.reason = reason;
    evictionPlanned.delete(l);
    pushAt(freeByDay, l.end + 1, l);
  };
  const closePeriod = (d: SimDwelling, day: number) => {
    const open = d.periods[d.periods.length - 1];
    if (open && open.to === null) open.to = day;
  };

  // ---- the initial state
  const dwellingCount = Math.max(20, Math.round(LARGE_RATES.dwellings * scale));
  const acquiredLater = new Map<number, SimDwelling[]>();
  const vacantPool: SimDwelling[] = [];
  for (let i = 0; i < dwellingCount; i++) {
    const d = makeDwelling(i);
    dwellings.push(d);
    if (rng.chance(0.03)) {
      pushAt(acquiredLater, rng.int(START + 1, TODAY), d);
      continue;
    }
    const r = rng.next();
    if (r < 0.93) {
      const hh = newHousehold(START - rng.int(60, 5500));
      startLease(d, hh, START - rng.int(30, 5000), null, START + exp(rng, TENANCY_MEAN_DAYS, 1));
    } else if (r < 0.96) {
      d.periods.push({ status: 'vacant', from: START - rng.int(1, 60), to: null });
      d.readyDay = START;
      vacantPool.push(d);
    } else {
      const ready = START + rng.int(1, 60);
      d.periods.push({ status: 'maintenance', from: START - rng.int(1, 30), to: ready, expectedReady: ready });
      d.periods.push({ status: 'vacant', from: ready, to: null });
      d.readyDay = ready;
      vacantPool.push(d);
    }
  }

  // ---- the waiting list: FIFO queues by bedrooms needed
  const queues: WaitEntry[][] = [[], [], [], [], []];
  const heads = [0, 0, 0, 0, 0];
  const waitEntries: WaitEntry[] = [];
  const firstEligible = (n: number, day: number): WaitEntry | undefined => {
    const q = queues[n]!;
    for (let i = heads[n]!; i < q.length; i++) {
      const e = q[i]!;
      const gone = e.housed || e.validUntilDay < day || (e.leftDay !== null && e.leftDay <= day);
      if (gone) {
        if (i === heads[n]) heads[n] = i + 1;
        continue;
      }
      return e;
    }
    return undefined;
  };

  // ---- temporary accommodation: providers and places
  const providers: Array<{ id: string; night: boolean; places: Array<{ id: string; freeFrom: number }> }> = [];
  const providerCount = Math.max(3, Math.round(14 * Math.sqrt(scale)));
  for (let p = 0; p < providerCount; p++) {
    const kind = p % 3 === 0 ? 'municipal_emergency' : 'private_overnight';
    const night = p % 5 === 4;
    const pid = id('provider');
    w.tempProviders.push({ municipalityId: m, id: pid, name: kind === 'municipal_emergency' ? `Storby nødbolig ${p + 1}` : `Hospits ${p + 1} AS`, kind, nightShelter: night, contractFrom: iso(START), contractTerms: kind === 'private_overnight' ? 'Standardkontrakt U-5/2003' : null });
    const places: Array<{ id: string; freeFrom: number }> = [];
    const placeCount = Math.max(2, Math.round(25 * Math.sqrt(scale)));
    for (let k = 0; k < placeCount; k++) {
      const plid = id('place');
      const good = !night && rng.chance(0.85);
      w.tempPlaces.push({ municipalityId: m, id: plid, providerId: pid, label: `Rom ${k + 1}`, access24h: good, cooking: good || rng.chance(0.3), wcAndBath: good, laundry: good && rng.chance(0.8) });
      places.push({ id: plid, freeFrom: START });
    }
    providers.push({ id: pid, night, places });
  }
  const tempHouseholdsWithApplication: Array<{ hh: Hh; day: number; stays: Array<Row<typeof tempStay>> }> = [];

  /** A household's episode in temporary accommodation: one to three consecutive stays. Returns its last night (Infinity while open). */
  const temporaryEpisode = (hh: Hh, day: number, children: boolean, linkApplication: boolean): number => {
    let start = day;
    let last = day;
    const stays = rng.chance(0.7) ? 1 : rng.int(2, 3);
    const stayRows: Array<Row<typeof tempStay>> = [];
    const tempCase = openCase({ hh, type: 'temporary_accommodation', received: day, by: nav(), approve: 1, decideAfter: 0, situation: rng.pick(['no_roof', 'emergency_accommodation', 'staying_with_friends_family']) });
    for (let s = 0; s < stays && start <= TODAY; s++) {
      const r = rng.next();
      const length = r < 0.4 ? rng.int(1, 14) : r < 0.82 ? rng.int(15, 90) : rng.int(91, 400);
      const endDay = start + length;
      const provider = rng.pick(providers);
      const place = provider.places.find((p) => p.freeFrom <= start) ?? null;
      if (place) place.freeFrom = endDay + 1;
      const row: Row<typeof tempStay> = {
        municipalityId: m, id: id('stay'), householdId: hh.id, providerId: provider.id, placeId: place?.id ?? null, caseId: tempCase.caseId, housingCaseId: null,
        startDate: iso(start), endDate: endDay <= TODAY ? iso(endDay) : null, childrenPresent: children, nightShelter: provider.night,
        cooperationAgreementSignedOn: rng.chance(0.6) ? iso(Math.min(endDay, start + rng.int(0, 5))) : null, cleaningOffered: rng.chance(0.5), createdBy: nav(),
      };
      w.tempStays.push(row);
      stayRows.push(row);
      last = endDay;
      if (endDay > TODAY) return Infinity;
      start = endDay + (rng.chance(0.8) ? 1 : 0);
    }
    if (linkApplication) tempHouseholdsWithApplication.push({ hh, day, stays: stayRows });
    return last;
  };

  // ---- a rental-dwelling application (new or change) and, when approved, its place in the queue
  const rentalApplication = (hh: Hh, day: number, kind: 'new' | 'change', situation?: string, need?: string) => {
    const bedrooms = Math.min(4, Math.max(0, weighted(rng, [0, 1, 2, 3, 4], [12, 40, 28, 14, 6])));
    const res = openCase({ hh, type: 'rental_dwelling', rentalKind: kind, received: day, approve: kind === 'new' ? 0.6 : 0.7, bedrooms, ...(situation ? { situation } : {}), ...(need ? { needCategory: need } : {}) });
    if (res.approvalId !== null && res.approvedDay !== null) {
      const entry: WaitEntry = {
        hh, decisionId: res.approvalId, approvedDay: res.approvedDay, validUntilDay: res.approvedDay + 365, bedrooms, housed: false, oldLease: kind === 'change' ? hh.lease : null,
        leftDay: rng.chance(0.05) ? res.approvedDay + rng.int(20, 300) : null,
      };
      pushAt(approvalsByDay, res.approvedDay, entry);
    }
    return res;
  };

  const hfPending: Array<{ hh: Hh; row: Row<typeof housingFirstParticipant>; fromDay: number; exitDay: number | null; exitReason: string | null; leaveBeforeHoused: number | null }> = [];
  const rtoLeases = new Set<string>();

  // ---- the days
  for (let day = START; day <= TODAY; day++) {
    // Tenancies ending yesterday free their dwelling: maintenance, then vacant (or sold).
    for (const l of freeByDay.get(day) ?? []) {
      if (l.end + 1 !== day || l.dwelling.lease !== l) continue;
      const d = l.dwelling;
      closePeriod(d, day);
      d.lease = null;
      if (l.hh.lease === l) l.hh.lease = null;
      if (rng.chance(0.006)) {
        d.periods.push({ status: 'sold', from: day, to: null });
        d.sold = true;
        continue;
      }
      const upkeep = rng.chance(0.75) ? rng.int(5, 45) : 0;
      if (upkeep > 0) d.periods.push({ status: 'maintenance', from: day, to: day + upkeep, expectedReady: day + upkeep });
      d.periods.push({ status: 'vacant', from: day + upkeep, to: null });
      // Advertised and offered in the next round: a few weeks vacant before the offer.
      d.readyDay = day + upkeep + rng.int(3, 40);
      vacantPool.push(d);
    }
    freeByDay.delete(day);
    for (const d of acquiredLater.get(day) ?? []) {
      d.periods.push({ status: 'vacant', from: day, to: null });
      d.readyDay = day;
      vacantPool.push(d);
    }

    // New applications: some from households in temporary accommodation, the rest new households.
    for (let k = perDay(rng, (LARGE_RATES.newApplications - 0.35 * LARGE_RATES.temporaryHouseholds) * scale); k > 0; k--) {
      const need = weighted(rng, NEED_WEIGHTS.map((n) => n[0]), NEED_WEIGHTS.map((n) => n[1]));
      const refugeeDay = need === 'refugee' ? day - rng.int(0, 120) : null;
      const hh = newHousehold(day, { refugeeDay });
      if (refugeeDay !== null) {
        w.refugeeSettlements.push({
          municipalityId: m, id: id('settlement'), householdId: hh.id, settledOn: iso(refugeeDay), introductionFrom: iso(refugeeDay + rng.int(0, 60)),
          introductionTo: refugeeDay + 730 <= TODAY ? iso(refugeeDay + 730) : null, housing: rng.pick(['municipal', 'private', 'temporary'] as const), createdBy: caseworker(),
        });
      }
      rentalApplication(hh, day, 'new', undefined, need);
    }
    // Temporary stays (35 % apply for a rental dwelling a few days in).
    for (let k = perDay(rng, LARGE_RATES.temporaryHouseholds * scale); k > 0; k--) {
      const children = rng.chance(0.18);
      const hh = newHousehold(day, children ? { adults: rng.int(1, 2), children: rng.int(1, 3) } : { single: true });
      const last = temporaryEpisode(hh, day, children, rng.chance(0.35));
      const again = last + rng.int(30, 400);
      if (rng.chance(0.2) && again <= TODAY) temporaryEpisode(hh, again, children, false);
    }
    while (tempHouseholdsWithApplication.length > 0 && tempHouseholdsWithApplication[0]!.day + 7 <= day) {
      const t = tempHouseholdsWithApplication.shift()!;
      const res = rentalApplication(t.hh, day, 'new', 'emergency_accommodation');
      for (const stay of t.stays) stay.housingCaseId = res.caseId;
    }
    // Change (bytte) applications from tenants of at least a year.
    for (let k = perDay(rng, LARGE_RATES.changeApplications * scale); k > 0; k--) {
      for (let tries = 0; tries < 6; tries++) {
        const d = rng.pick(dwellings);
        const l = d.lease;
        if (!l || l.start > day - 365 || l.end <= day + 60 || l.hh.changePending || l.hh.rentToOwn || l.hh.housingFirst) continue;
        l.hh.changePending = true;
        rentalApplication(l.hh, day, 'change', 'unsuitable_dwelling');
        break;
      }
    }
    // Housing help and start loans: households that never get a municipal dwelling here.
    for (let k = perDay(rng, LARGE_RATES.housingHelpCases * scale); k > 0; k--) openCase({ hh: newHousehold(day), type: 'housing_help', received: day, approve: 0.75 });
    for (let k = perDay(rng, LARGE_RATES.startLoanCases * scale); k > 0; k--) openCase({ hh: newHousehold(day), type: 'startlan', received: day, approve: 0.55 });
    // Housing First enrolments.
    for (let k = perDay(rng, LARGE_RATES.housingFirst * scale); k > 0; k--) {
      const hh = newHousehold(day, { single: true });
      hh.housingFirst = true;
      const row: Row<typeof housingFirstParticipant> = {
        municipalityId: m, id: id('housingFirst'), personId: hh.personId, householdId: hh.id, enrolledOn: iso(day), referredBy: rng.pick(['nav', 'specialist_health', 'municipal_health', 'correctional_service', 'other']),
        consentGivenOn: iso(day), team: 'housing_first', createdBy: rng.pick(staff.followup),
      };
      w.housingFirst.push(row);
      hfPending.push({ hh, row, fromDay: day + rng.int(14, 150), exitDay: null, exitReason: null, leaveBeforeHoused: rng.chance(0.06) ? day + rng.int(20, 140) : null });
    }
    // Rent to own: a tenant of two years or more in a dwelling with the potential.
    for (let k = perDay(rng, LARGE_RATES.rentToOwn * scale); k > 0; k--) {
      for (let tries = 0; tries < 30; tries++) {
        const d = rng.pick(dwellings);
        const l = d.lease;
        if (!d.rentToOwnPotential || !l || l.start > day - 730 || l.end <= day + 200 || rtoLeases.has(l.id) || l.hh.changePending || l.hh.housingFirst) continue;
        rtoLeases.add(l.id);
        l.hh.rentToOwn = true;
        const r = rng.next();
        let status: 'active' | 'moved_to_owned' | 'ended' = r < 0.45 ? 'moved_to_owned' : r < 0.65 ? 'ended' : 'active';
        let outcome: number | null = status === 'moved_to_owned' ? day + rng.int(365, 1100) : status === 'ended' ? day + rng.int(180, 900) : null;
        if (outcome !== null && outcome > TODAY) {
          status = 'active';
          outcome = null;
        }
        if (status === 'moved_to_owned' && outcome !== null) endLeaseOn(l, outcome, 'moved_to_owned');
        let startLoanCaseId: string | null = null;
        const loanDay = day + rng.int(60, 300);
        if (loanDay <= TODAY && (outcome === null || loanDay < outcome)) {
          startLoanCaseId = openCase({ hh: l.hh, type: 'startlan', received: loanDay, approve: status === 'moved_to_owned' ? 1 : 0.5 }).caseId;
        }
        w.rentToOwn.push({
          municipalityId: m, id: id('rentToOwn'), householdId: l.hh.id, leaseId: l.id, dwellingId: d.id, startedOn: iso(day), plan: 'Spare 2 000 kr i måneden, nedbetale forbrukslån, søke startlån.',
          targetOn: iso(day + 1095), startLoanCaseId, status, outcomeOn: outcome !== null ? iso(outcome) : null, outcomeNote: status === 'ended' ? 'Avsluttet etter eget ønske.' : null, createdBy: caseworker(),
        });
        break;
      }
    }

    // Approvals decided today join the queue.
    for (const e of approvalsByDay.get(day) ?? []) {
      queues[e.bedrooms]!.push(e);
      waitEntries.push(e);
    }
    approvalsByDay.delete(day);

    // Allocation: Housing First first, then the oldest approval that fits (bedrooms n or n + 1).
    if (vacantPool.length > 0) {
      const stillVacant: SimDwelling[] = [];
      for (const d of vacantPool) {
        if (d.readyDay === null || d.readyDay > day || d.lease !== null || d.sold) {
          if (!d.sold && d.lease === null) stillVacant.push(d);
          continue;
        }
        const hfIndex = d.bedrooms <= 1 ? hfPending.findIndex((p) => p.fromDay <= day && (p.leaveBeforeHoused === null || p.leaveBeforeHoused > day)) : -1;
        const moveIn = day + rng.int(5, 20);
        if (moveIn > TODAY) {
          stillVacant.push(d);
          continue;
        }
        if (hfIndex >= 0) {
          const p = hfPending.splice(hfIndex, 1)[0]!;
          closePeriod(d, day);
          d.periods.push({ status: 'reserved', from: day, to: moveIn });
          const exitAfter = rng.chance(0.22) ? moveIn + rng.int(60, 900) : null;
          const l = startLease(d, p.hh, moveIn, null, exitAfter ?? undefined, exitAfter !== null ? 'housing_first_exit' : undefined);
          p.row.housedOn = iso(moveIn);
          p.row.leaseId = l.id;
          if (exitAfter !== null && exitAfter <= TODAY) {
            p.row.exitedOn = iso(exitAfter);
            p.row.exitReason = rng.pick(['moved_on_own_home', 'moved_to_other_service', 'institution', 'died', 'left_programme']);
          }
          continue;
        }
        const a = firstEligible(d.bedrooms, day);
        const b = d.bedrooms > 0 ? firstEligible(d.bedrooms - 1, day) : undefined;
        const e = a && b ? (a.approvedDay <= b.approvedDay ? a : b) : (a ?? b);
        if (!e) {
          stillVacant.push(d);
          continue;
        }
        e.housed = true;
        closePeriod(d, day);
        d.periods.push({ status: 'reserved', from: day, to: moveIn });
        if (e.oldLease && e.oldLease.dwelling.lease === e.oldLease) endLeaseOn(e.oldLease, moveIn + rng.int(0, 20), 'moved');
        e.hh.changePending = false;
        startLease(d, e.hh, moveIn, e.decisionId);
      }
      vacantPool.length = 0;
      vacantPool.push(...stillVacant);
    }
    // Housing First participants who left before they were housed.
    for (let i = hfPending.length - 1; i >= 0; i--) {
      const p = hfPending[i]!;
      if (p.leaveBeforeHoused !== null && p.leaveBeforeHoused <= day) {
        p.row.exitedOn = iso(p.leaveBeforeHoused);
        p.row.exitReason = 'left_programme';
        hfPending.splice(i, 1);
      }
    }
  }
  // Change applicants never housed keep their lease; lapse ends nothing.

  // ---- leases, renewals and eviction steps as rows
  for (const l of leases) {
    const endedOn = l.end < TODAY ? l.end : null;
    // Renewal cases at each term boundary the tenancy went past (received three months before it),
    // and the refused one where it ended there.
    let agreedEnd: number | null = null;
    if (l.term !== null) {
      for (let termEnd = l.start + l.term - 1; ; termEnd += l.term) {
        agreedEnd = termEnd;
        const received = termEnd - 90;
        const renewal = (outcome: 'approved' | 'refused') =>
          openCase({ hh: l.hh, type: 'rental_dwelling', rentalKind: 'renewal', received, approve: 1, outcome, decideAfter: rng.int(10, 60), bedrooms: l.dwelling.bedrooms, situation: 'unsuitable_dwelling', needCategory: 'other' });
        if (termEnd >= l.end) {
          if (l.reason === 'renewal_refused' && termEnd === l.end && received >= START && received <= TODAY) renewal('refused');
          break;
        }
        if (received > TODAY) break;
        if (received >= START && renewal('approved').decidedDay === null) break;
      }
    }
    const running = endedOn === null;
    const terminated = running && l.reason === 'notice' && l.end - TODAY < 90;
    let endDate: number | null = running ? (terminated ? l.end : agreedEnd) : l.end;
    if (endDate !== null && endDate <= l.start) endDate = l.start + 1;
    if (running && endDate !== null && endDate < TODAY) endDate = null;
    w.leases.push({
      municipalityId: m, id: l.id, dwellingId: l.dwelling.id, householdId: l.hh.id, decisionId: l.decisionId, startDate: iso(l.start), endDate: endDate !== null ? iso(endDate) : null,
      status: running ? (terminated ? 'terminated' : 'signed') : 'ended', section111: true, section111NoticeOn: iso(l.start - 14), signedOn: iso(l.start - 7),
      shortTermReason: l.term === 1096 ? 'Boligen er tildelt etter behov; behovet vurderes på nytt.' : null, depositType: rng.pick(['blocked_account', 'nav_guarantee', 'none'] as const),
      depositAmount: 0, rentModel: rng.pick(['gjengs', 'index', 'cost'] as const), monthlyRent: l.rent, noticeGivenOn: terminated ? iso(Math.max(l.start + 1, l.end - 90)) : null,
      endedOn: endedOn !== null ? iso(endedOn) : null, endReason: endedOn !== null ? l.reason : null,
    });
    // Eviction: warning → termination notice → begjæring om fravikelse → fravikelse (the lease's last day).
    if (l.reason === 'eviction' && l.end - 200 > l.start) {
      const steps: Array<[string, number]> = [['warning', l.end - 200], ['termination_notice', l.end - 170], ['eviction_request', l.end - 110], ['eviction_carried_out', l.end]];
      for (const [step, on] of steps) if (on <= TODAY) w.evictionSteps.push({ municipalityId: m, id: id('eviction'), leaseId: l.id, step, stepOn: iso(on), note: null });
    } else if (running && l.start < TODAY - 400 && rng.chance(0.004)) {
      // A process that ended with the arrears paid.
      const from = TODAY - rng.int(60, 300);
      for (const [step, on] of [['warning', from], ['termination_notice', from + 25], ['eviction_request', from + 50], ['cancelled', from + 80]] as Array<[string, number]>) {
        if (on <= TODAY) w.evictionSteps.push({ municipalityId: m, id: id('eviction'), leaseId: l.id, step, stepOn: iso(on), note: null });
      }
    }
  }

  // ---- status periods as rows
  for (const d of dwellings) {
    for (const p of d.periods) {
      if (p.from > TODAY || (p.to !== null && p.to <= p.from)) continue;
      w.statusPeriods.push({
        municipalityId: m, id: id('period'), dwellingId: d.id, status: p.status, fromDate: iso(p.from), toDate: p.to !== null && p.to <= TODAY ? iso(p.to) : null,
        expectedReadyOn: p.expectedReady !== undefined ? iso(p.expectedReady) : null, reason: p.status === 'maintenance' ? 'Oppussing mellom leietakere' : null,
      });
    }
  }

  // ---- case numbers in the order the cases were received
  const order = w.cases.map((_, i) => i).sort((a, b) => caseReceived[a]! - caseReceived[b]! || a - b);
  for (const i of order) {
    const year = caseYear[i]!;
    const n = (w.caseNumberLast.get(year) ?? 0) + 1;
    w.caseNumberLast.set(year, n);
    w.cases[i]!.caseNumber = `${year}-${String(n).padStart(6, '0')}`;
  }
  return w;
}
