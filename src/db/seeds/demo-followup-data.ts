import { addDays, compareDates, daysBetween } from '../../domain/deadlines/calendar.js';
import type { FollowupTeam, ServiceKind } from '../../domain/followup/kinds.js';
import { MOVE_IN_CHECKLIST } from '../../domain/followup/move-in-checklist.js';
import type { Rng } from '../../domain/random/rng.js';

/**
 * The demo's follow-up (issue 6 § 10): plans for a few hundred households — most with a running
 * lease, some still waiting — with services, a history of visits held and missed at the agreed
 * frequency with realistic gaps, notes (a few flagged), today's visits for the follow-up worker,
 * and the consents the sharing rests on. Pure: the candidates, the rng and today are passed in.
 * Shares and counts are [I] (invented for the demo, sized like Sandnes/Trondheim's teams).
 */

export interface FollowupCandidate {
  householdId: string;
  headPersonId: string;
  headBirthDate: string | null;
  /** The running lease, for tenants; null for a household still waiting. */
  lease: { id: string; startDate: string } | null;
  /** Recipients the head already has a consent to (none is added twice). */
  consents: readonly string[];
}

export interface FollowupSeedPlans {
  plans: Array<{
    id: string;
    householdId: string;
    responsibleTeam: FollowupTeam;
    responsibleWorkerId: string;
    goals: string[];
    visitEveryDays: number | null;
    startedOn: string;
    endedOn: string | null;
    endReason: string | null;
    createdBy: string;
    createdAt: Date;
  }>;
  consents: Array<{ id: string; personId: string; recipient: string; purpose: string; scope: string; validFrom: string; withdrawnAt: Date | null; withdrawalNote: string | null; createdAt: Date }>;
}

/** A stored plan, as the activity step reads it back. */
export interface StoredPlan {
  id: string;
  householdId: string;
  responsibleTeam: FollowupTeam;
  visitEveryDays: number | null;
  startedOn: string;
  endedOn: string | null;
  /** The household's running lease, if any. */
  lease: { id: string; startDate: string } | null;
}

export interface FollowupSeedActivity {
  services: Array<{ id: string; planId: string; kind: ServiceKind; provider: string; startedOn: string; endedOn: string | null }>;
  contacts: Array<{
    id: string;
    planId: string;
    kind: string;
    status: 'planned' | 'held' | 'missed' | 'cancelled';
    plannedOn: string;
    plannedTime: string | null;
    heldOn: string | null;
    workerId: string;
    checklist: Record<string, boolean> | null;
    summary: string | null;
    leaseId: string | null;
    createdAt: Date;
  }>;
  notes: Array<{ id: string; planId: string; text: string; sensitivity: 'none' | 'health' | 'substance_use'; authorId: string; createdAt: Date }>;
}

/** Households given a plan: tenants and households still waiting [I]. */
export const FOLLOWUP_DEMO = { tenants: 180, waiting: 30, ended: 14, specialistConsents: 8, navConsents: 40, todaysVisits: 5 } as const;

const GOALS = [
  'Betale husleia til rett tid',
  'Få orden på økonomien og gjelda',
  'Holde leiligheten ren og ryddig',
  'Komme i arbeid eller annen aktivitet',
  'Ha god kontakt med naboene',
  'Bli trygg i egen bolig',
  'Følge opp avtaler med fastlegen',
  'Få en fast døgnrytme',
  'Lære å handle og lage mat selv',
  'Søke bostøtte og andre ytelser',
  'Få barna trygt på skolen hver dag',
];
const HELD = [
  'Gikk gjennom regninger og budsjett for måneden.',
  'Ryddet kjøkkenet sammen. Avtalte handletur neste gang.',
  'Snakket om hvordan det går med naboene. Alt greit.',
  'Hjalp med å søke bostøtte på nett.',
  'Fulgte til NAV-kontoret for møte med veileder.',
  'Kort besøk. Beboeren hadde det bra og ønsket ikke mer i dag.',
  'Gikk gjennom post og avtaler. Satte opp påminnelser på telefonen.',
  'Fikk hjelp til å bestille time hos fastlegen.',
];
const MISSED = ['Ingen hjemme. La igjen lapp med nytt tidspunkt.', 'Beboeren svarte ikke på telefon eller ringeklokke.', 'Glemte avtalen. Ringte etterpå og avtalte ny tid.'];
const CANCELLED = ['Beboeren meldte avbud (syk).', 'Flyttet til neste uke etter ønske fra beboeren.'];
const PHONE = ['Ringte for å minne om avtalen.', 'Beboeren ringte om en vannlekkasje; meldte fra til forvalter.', 'Kort prat om hvordan uka har vært.'];
const NOTES_NONE = [
  'Ønsker hjelp til å skaffe møbler til stua. Sjekker ordningen hos Kirkens bymisjon.',
  'Har fått ny kontaktperson hos NAV. Avtalt felles møte.',
  'Naboen har klaget på musikk sent på kvelden. Snakket med beboeren om husordensreglene.',
  'Strømregningen er høy. Ser på avtale og fordeling over flere måneder.',
  'Barnet har startet i barnehage. Familien er fornøyd med naboskapet.',
];
const NOTES_HEALTH = ['Har fått ny medisin fra fastlegen og sover bedre.', 'Venter på time hos DPS. Ønsker at vi følger opp at innkallingen kommer.', 'Var innlagt en uke i forrige måned. Trenger tettere besøk en periode.'];
const NOTES_SUBSTANCE = ['Bekymring for økt alkoholbruk siste måned. Tema på neste besøk.', 'Forteller selv om tilbakefall. Ønsker kontakt med ROP-teamet.'];
const END_REASONS = ['Klarer seg selv uten oppfølging', 'Flyttet ut av kommunen', 'Ønsket ikke mer oppfølging', 'Får oppfølging fra spesialisthelsetjenesten i stedet'];
const TIMES = ['09:00', '10:30', '12:30', '14:00', '15:30'];
const PROVIDERS: Readonly<Record<ServiceKind, string>> = {
  housing_first: 'Housing First-teamet',
  home_followup: 'Bo-oppfølgingstjenesten',
  ambulant_rop: 'Ambulant ROP-team',
  nav_youth: 'NAV Demo, ungdomsveileder',
  caretaker: 'Miljøvaktmester',
  other: 'Frivilligsentralen, besøksvenn',
};
const TEAM_SERVICE: Readonly<Record<FollowupTeam, ServiceKind>> = { home_followup: 'home_followup', housing_first: 'housing_first', ambulant_rop: 'ambulant_rop', youth: 'nav_youth' };
const FREQUENCIES = [7, 14, 14, 14, 21, 28, 30, null] as const;

/** Noon in Norway on `date`, for created-at columns. */
const noonOn = (date: string): Date => new Date(`${date}T11:00:00Z`);
const later = (a: string, b: string) => (compareDates(a, b) >= 0 ? a : b);

/** Picks `n` distinct items (Fisher–Yates on a copy, first n). */
function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

const ageOn = (birthDate: string | null, today: string) => (birthDate ? Math.floor(daysBetween(birthDate, today) / 365.25) : 40);

/** A version-4 UUID from four draws of the rng (seededUuid's 32 draws cost too much for thousands of rows). */
export function fastUuid(rng: Rng): string {
  const hex = [0, 1, 2, 3].map(() => Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The plans and the consents they rest on: the follow-up team's for most heads, the specialist
 * health service's for a handful (one withdrawn), NAV's for some more. `firstPlanId` is the first
 * plan's id (the step's idempotency marker); the last FOLLOWUP_DEMO.ended plans have ended.
 */
export function planDemoFollowupPlans(rng: Rng, input: { today: string; workerId: string; caseworkerId: string; tenants: readonly FollowupCandidate[]; waiting: readonly FollowupCandidate[]; firstPlanId: string }): FollowupSeedPlans {
  const { today, workerId, caseworkerId } = input;
  const out: FollowupSeedPlans = { plans: [], consents: [] };
  const chosen = [...sample(rng, input.tenants, FOLLOWUP_DEMO.tenants), ...sample(rng, input.waiting, FOLLOWUP_DEMO.waiting)];
  chosen.forEach((c, index) => {
    const age = ageOn(c.headBirthDate, today);
    const team: FollowupTeam = age < 25 ? 'youth' : rng.chance(0.22) ? 'ambulant_rop' : 'home_followup';
    const startedOn = c.lease ? later(addDays(c.lease.startDate, rng.int(-20, 30)), addDays(today, -rng.int(60, 900))) : addDays(today, -rng.int(14, 200));
    const start = compareDates(startedOn, addDays(today, -7)) > 0 ? addDays(today, -7) : startedOn;
    const ended = index >= chosen.length - FOLLOWUP_DEMO.ended;
    const endedOn = ended ? later(addDays(today, -rng.int(3, 60)), addDays(start, 1)) : null;
    out.plans.push({
      id: index === 0 ? input.firstPlanId : fastUuid(rng),
      householdId: c.householdId,
      responsibleTeam: team,
      responsibleWorkerId: workerId,
      goals: sample(rng, GOALS, rng.int(1, 3)),
      visitEveryDays: rng.pick(FREQUENCIES),
      startedOn: start,
      endedOn,
      endReason: ended ? rng.pick(END_REASONS) : null,
      createdBy: caseworkerId,
      createdAt: noonOn(start),
    });
    if (!c.consents.includes('followup_team') && rng.chance(0.92)) out.consents.push(consentRow(rng, c.headPersonId, 'followup_team', addDays(start, -rng.int(0, 10))));
  });
  addPartnerConsents(rng, out, chosen, today);
  return out;
}

/**
 * The plans' services, visits and contacts (today's visits go to the first
 * FOLLOWUP_DEMO.todaysVisits open plans with a frequency, by id) and notes.
 */
export function planDemoFollowupActivity(rng: Rng, input: { today: string; workerId: string; plans: readonly StoredPlan[] }): FollowupSeedActivity {
  const { today, workerId } = input;
  const out: FollowupSeedActivity = { services: [], contacts: [], notes: [] };
  let todays = 0;
  for (const plan of [...input.plans].sort((a, b) => a.id.localeCompare(b.id))) {
    const end = plan.endedOn ?? today;
    addServices(rng, out, plan.id, plan.responsibleTeam, plan.startedOn, plan.endedOn, today);
    addHistory(rng, out, { planId: plan.id, start: plan.startedOn, end, every: plan.visitEveryDays, workerId, lease: plan.lease, today });
    if (!plan.endedOn && plan.visitEveryDays !== null) {
      if (todays < FOLLOWUP_DEMO.todaysVisits) {
        out.contacts.push(contact(rng, plan.id, 'home_visit', 'planned', today, workerId, { plannedTime: TIMES[todays]! }));
        todays += 1;
      } else if (rng.chance(0.8)) {
        out.contacts.push(contact(rng, plan.id, 'home_visit', 'planned', addDays(today, rng.int(1, plan.visitEveryDays)), workerId, { plannedTime: rng.pick(TIMES) }));
      }
    }
    addNotes(rng, out, plan.id, plan.startedOn, end, workerId, plan.responsibleTeam);
  }
  return out;
}

function addServices(rng: Rng, out: FollowupSeedActivity, planId: string, team: FollowupTeam, start: string, endedOn: string | null, today: string) {
  const kinds: ServiceKind[] = [TEAM_SERVICE[team]];
  if (rng.chance(0.15)) kinds.push('caretaker');
  if (team !== 'youth' && rng.chance(0.08)) kinds.push('nav_youth');
  if (rng.chance(0.06)) kinds.push('other');
  const end = endedOn ?? today;
  for (const kind of kinds) {
    const startedOn = kind === kinds[0] ? start : addDays(start, rng.int(0, Math.max(0, daysBetween(start, end) - 1)));
    const stopped = endedOn ?? (kind !== kinds[0] && rng.chance(0.25) ? addDays(startedOn, rng.int(30, 120)) : null);
    out.services.push({ id: fastUuid(rng), planId, kind, provider: PROVIDERS[kind], startedOn, endedOn: stopped && compareDates(stopped, today) <= 0 ? later(stopped, startedOn) : null });
  }
}

function contact(
  rng: Rng,
  planId: string,
  kind: string,
  status: FollowupSeedActivity['contacts'][number]['status'],
  plannedOn: string,
  workerId: string,
  extra: Partial<FollowupSeedActivity['contacts'][number]> = {},
): FollowupSeedActivity['contacts'][number] {
  return {
    id: fastUuid(rng),
    planId,
    kind,
    status,
    plannedOn,
    plannedTime: null,
    heldOn: status === 'held' ? plannedOn : null,
    workerId,
    checklist: null,
    summary: status === 'held' ? rng.pick(kind === 'phone' ? PHONE : HELD) : status === 'missed' ? rng.pick(MISSED) : status === 'cancelled' ? rng.pick(CANCELLED) : null,
    leaseId: null,
    createdAt: noonOn(addDays(plannedOn, -rng.int(1, 10))),
    ...extra,
  };
}

/**
 * Two months of visits at the agreed frequency (a day or two either way), most held, some missed
 * or cancelled, phone calls between; one plan in six has gone quiet for a while (overdue today).
 * A lease that began long enough ago has its move-in visit, with the checklist.
 */
function addHistory(rng: Rng, out: FollowupSeedActivity, p: { planId: string; start: string; end: string; every: number | null; workerId: string; lease: FollowupCandidate['lease']; today: string }) {
  const from = later(p.start, addDays(p.today, -60));
  const quietFrom = rng.chance(1 / 6) ? addDays(p.end, -rng.int(20, 50)) : p.end;
  const step = p.every ?? 30;
  for (let day = addDays(from, rng.int(2, step)); compareDates(day, quietFrom) < 0 && compareDates(day, p.today) < 0; day = addDays(day, step + rng.int(-2, 2))) {
    const roll = rng.next();
    const status = roll < 0.8 ? 'held' : roll < 0.93 ? 'missed' : 'cancelled';
    out.contacts.push(contact(rng, p.planId, p.every === null ? rng.pick(['meeting', 'phone']) : 'home_visit', status, day, p.workerId, { plannedTime: rng.pick(TIMES) }));
    if (rng.chance(0.1)) {
      const call = addDays(day, rng.int(1, Math.max(1, Math.floor(step / 2))));
      if (compareDates(call, p.today) < 0) out.contacts.push(contact(rng, p.planId, 'phone', 'held', call, p.workerId));
    }
  }
  // The move-in visit («Ny Vri») two to three weeks after the lease began — only for leases long
  // enough ago that the move-in signal no longer looks at them (domain/followup/move-in.ts).
  if (p.lease && compareDates(p.lease.startDate, p.start) >= 0 && daysBetween(p.lease.startDate, p.today) > 100) {
    const on = addDays(p.lease.startDate, rng.int(14, 21));
    const checklist = Object.fromEntries(MOVE_IN_CHECKLIST.map((item) => [item, item === 'needs_more_followup' ? rng.chance(0.3) : rng.chance(0.9)]));
    out.contacts.push(contact(rng, p.planId, 'move_in_visit', 'held', on, p.workerId, { leaseId: p.lease.id, checklist, summary: 'Besøk etter innflytting. Gikk gjennom sjekklisten sammen.' }));
  }
}

function addNotes(rng: Rng, out: FollowupSeedActivity, planId: string, start: string, end: string, authorId: string, team: FollowupTeam) {
  if (!rng.chance(0.4)) return;
  for (let i = rng.int(1, 2); i > 0; i--) {
    const roll = rng.next();
    const sensitivity = roll < (team === 'ambulant_rop' ? 0.2 : 0.07) ? 'health' : roll < (team === 'ambulant_rop' ? 0.3 : 0.1) ? 'substance_use' : 'none';
    const text = rng.pick(sensitivity === 'health' ? NOTES_HEALTH : sensitivity === 'substance_use' ? NOTES_SUBSTANCE : NOTES_NONE);
    const on = addDays(start, rng.int(0, Math.max(0, daysBetween(start, end))));
    out.notes.push({ id: fastUuid(rng), planId, text, sensitivity, authorId, createdAt: noonOn(on) });
  }
}

const PURPOSES: Readonly<Record<string, { purpose: string; scope: string }>> = {
  followup_team: { purpose: 'Oppfølging i hjemmet etter boligsosial lov § 7', scope: 'Oppfølgingsplan, besøk, notater og opplysninger om leieforholdet' },
  specialist_health: { purpose: 'Samarbeid mellom kommunens oppfølging og DPS om behandling og bolig', scope: 'Oppfølgingsplan, besøk og notater om helse (ikke om rus)' },
  nav: { purpose: 'Samarbeid med NAV om økonomi, arbeid og aktivitet', scope: 'Oppfølgingsplan og besøk' },
};

function consentRow(rng: Rng, personId: string, recipient: string, validFrom: string, withdrawnAt: Date | null = null): FollowupSeedPlans['consents'][number] {
  return { id: fastUuid(rng), personId, recipient, ...PURPOSES[recipient]!, validFrom, withdrawnAt, withdrawalNote: withdrawnAt ? 'Trakk samtykket i møte med boligkontoret.' : null, createdAt: noonOn(validFrom) };
}

/**
 * Consents to the specialist health service for a handful of heads (the ROP team's first, so the
 * specialist sees health notes), one of them withdrawn; consents to NAV for some more.
 */
function addPartnerConsents(rng: Rng, out: FollowupSeedPlans, chosen: readonly FollowupCandidate[], today: string) {
  const open = new Set(out.plans.filter((p) => p.endedOn === null).map((p) => p.householdId));
  const rop = new Set(out.plans.filter((p) => p.responsibleTeam === 'ambulant_rop').map((p) => p.householdId));
  const candidates = chosen.filter((c) => open.has(c.householdId) && !c.consents.includes('specialist_health'));
  const specialist = [...candidates.filter((c) => rop.has(c.householdId)), ...candidates.filter((c) => !rop.has(c.householdId))].slice(0, FOLLOWUP_DEMO.specialistConsents + 1);
  specialist.forEach((c, i) => {
    const from = addDays(today, -rng.int(30, 300));
    out.consents.push(consentRow(rng, c.headPersonId, 'specialist_health', from, i === specialist.length - 1 ? noonOn(addDays(today, -rng.int(2, 20))) : null));
  });
  const nav = sample(rng, chosen.filter((c) => open.has(c.householdId) && !c.consents.includes('nav')), FOLLOWUP_DEMO.navConsents);
  for (const c of nav) out.consents.push(consentRow(rng, c.headPersonId, 'nav', addDays(today, -rng.int(20, 500))));
}
