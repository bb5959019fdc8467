import { addDays, compareDates, daysBetween, type IsoDate } from '../../domain/deadlines/calendar.js';
import type { ActivityKind, CaretakerTaskKind, NeighbourCaseKind, NeighbourCaseOutcome, NeighbourCaseStatus, PartyRole } from '../../domain/neighbourhood/index.js';
import type { Rng } from '../../domain/random/rng.js';
import { seededUuid } from './demo-dwellings-data.js';

/**
 * The plan for the demo's neighbourhood work (Trondheim's bomiljøteam), drawn from the rng only:
 * neighbour cases at every stage — open, in dialogue, with an agreement, and closed (most by
 * agreement) — with tenants of the building as parties; residents' meetings, dugnads and parties
 * in a few buildings over the last year; and the caretaker's (miljøvaktmester) tasks.
 */

export interface TenantFact {
  leaseId: string;
  householdId: string;
  headPersonId: string;
  name: string;
  startDate: IsoDate;
}

export interface BuildingFact {
  key: string;
  label: string;
  districtCode: string | null;
  dwellings: number;
  /** Tenants today who may be named (no protected address). */
  tenants: TenantFact[];
}

export interface NeighbourhoodStaff {
  team: string;
  /** The property manager, who keeps some caretaker tasks; null when there is none. */
  property: string | null;
}

interface CaseStory {
  kind: NeighbourCaseKind;
  status: NeighbourCaseStatus;
  reportedDaysAgo: number;
  description: string;
  meetings?: ReadonlyArray<readonly [daysAgo: number, summary: string]>;
  agreement?: readonly [daysAgo: number, text: string];
  closed?: readonly [daysAgo: number, outcome: NeighbourCaseOutcome, note: string];
  /** A neighbour described only by a label, besides the two tenants. */
  label?: string;
  /** Only a complainant among the tenants (a complaint about someone not known to Husly). */
  oneTenant?: boolean;
}

/** Cases at every stage, newest first; Nabo kommune gets the first only [I]. */
const STORIES: readonly CaseStory[] = [
  {
    kind: 'conflict',
    status: 'open',
    reportedDaysAgo: 3,
    description: 'Krangel i oppgangen om barnevogner og sykler som står i trappa. Begge parter har ringt vaktmesteren flere ganger.',
  },
  {
    kind: 'complaint',
    status: 'open',
    reportedDaysAgo: 9,
    description: 'Klage på musikk og høye stemmer etter kl. 23 flere kvelder i uka, særlig i helgene.',
    label: 'Beboer i 2. etasje som leier privat',
    oneTenant: true,
  },
  {
    kind: 'complaint',
    status: 'open',
    reportedDaysAgo: 16,
    description: 'Søppelposer settes i kjellergangen i stedet for i containeren. Lukt og mus.',
  },
  {
    kind: 'conflict',
    status: 'dialogue',
    reportedDaysAgo: 26,
    description: 'Uenighet om bruk av felles vaskerom: bookingsystemet følges ikke, og klesvask blir liggende.',
    meetings: [[12, 'Dialogmøte med begge parter i fellesrommet. Gikk gjennom reglene for vaskerommet; partene ønsket tid til å tenke.']],
  },
  {
    kind: 'conflict',
    status: 'dialogue',
    reportedDaysAgo: 44,
    description: 'Naboer i samme etasje beskylder hverandre for trusler. Den ene har barn som er redde.',
    meetings: [
      [33, 'Separate samtaler med hver av partene. Begge vil ha ro; ingen vil flytte.'],
      [14, 'Felles dialogmøte med megler fra bomiljøteamet. Enighet om å hilse og ta opp ting direkte; nytt møte avtalt.'],
    ],
  },
  {
    kind: 'complaint',
    status: 'agreement',
    reportedDaysAgo: 63,
    description: 'Klage på hund som bjeffer når eieren er på jobb, og hundebæsj på plenen.',
    meetings: [[47, 'Dialogmøte. Hundeeieren visste ikke at hunden bjeffet på dagtid.']],
    agreement: [31, 'Hunden passes av familie på dagtid tre dager i uka. Eieren plukker opp etter hunden og sier fra hvis noe endrer seg. Ny samtale om to måneder.'],
  },
  {
    kind: 'conflict',
    status: 'agreement',
    reportedDaysAgo: 88,
    description: 'Røyking på veranda trekker inn i leiligheten over. Den som klager har astma.',
    meetings: [
      [70, 'Første dialogmøte. Partene hørte hverandres side.'],
      [52, 'Andre dialogmøte. Forslag om å røyke ved utebenken i stedet.'],
    ],
    agreement: [45, 'Det røykes ikke på verandaen. Bomiljøteamet setter opp en benk med tak ved sykkelskuret.'],
  },
  {
    kind: 'conflict',
    status: 'closed',
    reportedDaysAgo: 150,
    description: 'Støy fra trampe og flytting av møbler sent på kvelden.',
    meetings: [[131, 'Dialogmøte med begge parter. Filtknotter på stolbena ble foreslått.']],
    agreement: [120, 'Ro etter kl. 22 på hverdager. Bomiljøteamet deler ut filtknotter. Partene tar kontakt direkte hvis det skjer igjen.'],
    closed: [60, 'resolved_by_agreement', 'Oppfølgingssamtale: ingen nye klager siden avtalen.'],
  },
  {
    kind: 'complaint',
    status: 'closed',
    reportedDaysAgo: 122,
    description: 'Klage på at naboen parkerer på gjesteplassen hver dag.',
    closed: [104, 'withdrawn', 'Klageren trakk klagen etter at borettslaget merket plassene.'],
  },
  {
    kind: 'conflict',
    status: 'closed',
    reportedDaysAgo: 205,
    description: 'Langvarig konflikt om fellesarealer og graffiti i oppgangen.',
    meetings: [
      [190, 'Dialogmøte med fire husstander.'],
      [176, 'Nytt møte; enighet om dugnad for å male oppgangen.'],
    ],
    agreement: [168, 'Felles dugnad for å male oppgangen. Miljøvaktmesteren skaffer maling. Beboerne melder fra om ny tagging.'],
    closed: [110, 'resolved_by_agreement', 'Dugnaden ble holdt, og det har vært rolig siden.'],
  },
  {
    kind: 'conflict',
    status: 'closed',
    reportedDaysAgo: 240,
    description: 'Trusler mellom to beboere etter en krangel i trappa.',
    meetings: [[226, 'Dialogmøte avbrutt; den ene parten ville ikke delta videre.']],
    closed: [200, 'referred', 'Sendt videre til boligforvalteren og konfliktrådet etter samtykke fra partene.'],
  },
  {
    kind: 'complaint',
    status: 'closed',
    reportedDaysAgo: 310,
    description: 'Klage på lukt og skadedyr fra en leilighet.',
    meetings: [[295, 'Hjemmebesøk sammen med boligforvalteren og dialogmøte.']],
    agreement: [280, 'Beboeren får hjelp til rydding fra oppfølgingstjenesten; forvalteren bestiller skadedyrbehandling.'],
    closed: [210, 'resolved_by_agreement', 'Leiligheten er ryddet og behandlet. Klageren er fornøyd.'],
  },
];

const ACTIVITY_NOTES: Readonly<Record<ActivityKind, readonly string[]>> = {
  residents_meeting: ['Husordensregler og vaskeromsliste.', 'Ønsker for uteområdet.', 'Informasjon om oppussing av oppgangene.'],
  dugnad: ['Rydding av uteområdet og plenklipping.', 'Vårrengjøring og blomsterbed.', 'Høstrydding og løv.'],
  summer_party: ['Grilling på plenen. Barna malte steiner.', 'Sommerfest med loppemarked.'],
  winter_party: ['Grøt og gløgg i fellesrommet.', 'Juletrefest for barna.'],
  other: ['Kafékveld i fellesrommet.'],
};

const TASKS: Readonly<Record<CaretakerTaskKind, readonly string[]>> = {
  small_repair: ['Bytt lyspære i trappeoppgang B', 'Reparer dørpumpe i hovedinngangen', 'Fest løs håndlist i kjellertrappa', 'Bytt pakning i kran i vaskerommet', 'Smør hengsler på sykkelbod'],
  order: ['Rydd kjellergangen for søppel', 'Tøm og vask fellesrommet etter arrangement', 'Merk boder og sykler', 'Fjern gamle oppslag i oppgangen'],
  outdoor: ['Rake løv sammen med beboerne', 'Klipp hekken ved inngangen', 'Strø grus på gangveien', 'Plant blomster i bedet ved benken'],
  other: ['Sett opp ny oppslagstavle', 'Hent møbler til fellesrommet'],
};

export interface CasePlan {
  id: string;
  kind: NeighbourCaseKind;
  buildingKey: string;
  buildingLabel: string;
  districtCode: string | null;
  description: string;
  reportedOn: IsoDate;
  status: NeighbourCaseStatus;
  outcome: NeighbourCaseOutcome | null;
  closedOn: IsoDate | null;
}

export interface PartyPlan {
  id: string;
  caseId: string;
  role: PartyRole;
  householdId: string | null;
  personId: string | null;
  leaseId: string | null;
  label: string;
}

export interface EventPlan {
  id: string;
  caseId: string;
  kind: 'dialogue_meeting' | 'agreement' | 'note';
  heldOn: IsoDate;
  summary: string;
  agreementText: string | null;
}

export interface ActivityPlan {
  id: string;
  buildingKey: string;
  buildingLabel: string;
  kind: ActivityKind;
  heldOn: IsoDate;
  householdsInvited: number;
  householdsAttended: number;
  note: string | null;
}

export interface TaskPlan {
  id: string;
  buildingKey: string;
  buildingLabel: string;
  kind: CaretakerTaskKind;
  description: string;
  status: 'open' | 'done';
  residentsTookPart: boolean;
  createdOn: IsoDate;
  doneOn: IsoDate | null;
  assignedToId: string | null;
}

export interface NeighbourhoodPlan {
  cases: CasePlan[];
  parties: PartyPlan[];
  events: EventPlan[];
  activities: ActivityPlan[];
  tasks: TaskPlan[];
}

/** Buildings with the most dwellings first (ties by key), for a stable choice. */
const bySize = (buildings: readonly BuildingFact[]) => [...buildings].sort((a, b) => b.dwellings - a.dwellings || a.key.localeCompare(b.key));

function planCases(rng: Rng, today: IsoDate, buildings: readonly BuildingFact[], stories: readonly CaseStory[]) {
  const cases: CasePlan[] = [];
  const parties: PartyPlan[] = [];
  const events: EventPlan[] = [];
  const used = new Set<string>();
  for (const story of stories) {
    const reportedOn = addDays(today, -story.reportedDaysAgo);
    // Parties are tenants who lived there when the complaint came; each case in its own building.
    const fits = buildings.filter((b) => !used.has(b.key) && b.tenants.filter((t) => compareDates(t.startDate, reportedOn) <= 0).length >= 2);
    if (fits.length === 0) continue;
    const building = rng.pick(fits);
    used.add(building.key);
    const tenants = building.tenants.filter((t) => compareDates(t.startDate, reportedOn) <= 0);
    const first = rng.pick(tenants);
    const second = rng.pick(tenants.filter((t) => t.leaseId !== first.leaseId));
    const id = seededUuid(rng);
    cases.push({
      id,
      kind: story.kind,
      buildingKey: building.key,
      buildingLabel: building.label,
      districtCode: building.districtCode,
      description: story.description,
      reportedOn,
      status: story.status,
      outcome: story.closed?.[1] ?? null,
      closedOn: story.closed ? addDays(today, -story.closed[0]) : null,
    });
    const known = (tenant: TenantFact, role: PartyRole): PartyPlan => ({
      id: seededUuid(rng),
      caseId: id,
      role,
      householdId: tenant.householdId,
      personId: tenant.headPersonId,
      leaseId: tenant.leaseId,
      label: tenant.name,
    });
    parties.push(known(first, 'complainant'));
    if (!story.oneTenant) parties.push(known(second, 'respondent'));
    if (story.label) parties.push({ id: seededUuid(rng), caseId: id, role: 'respondent', householdId: null, personId: null, leaseId: null, label: story.label });
    for (const [daysAgo, summary] of story.meetings ?? []) {
      events.push({ id: seededUuid(rng), caseId: id, kind: 'dialogue_meeting', heldOn: addDays(today, -daysAgo), summary, agreementText: null });
    }
    if (story.agreement) events.push({ id: seededUuid(rng), caseId: id, kind: 'agreement', heldOn: addDays(today, -story.agreement[0]), summary: '', agreementText: story.agreement[1] });
    if (story.closed) events.push({ id: seededUuid(rng), caseId: id, kind: 'note', heldOn: addDays(today, -story.closed[0]), summary: story.closed[2], agreementText: null });
  }
  return { cases, parties, events };
}

/** The year's fixed activities (month-day) and when they fall in the last 13 months. */
const CALENDAR: ReadonlyArray<readonly [ActivityKind, string]> = [
  ['residents_meeting', '02-15'],
  ['dugnad', '05-08'],
  ['summer_party', '06-18'],
  ['residents_meeting', '09-12'],
  ['dugnad', '10-03'],
  ['winter_party', '12-09'],
];

function planActivities(rng: Rng, today: IsoDate, buildings: readonly BuildingFact[]): ActivityPlan[] {
  const year = Number(today.slice(0, 4));
  const since = addDays(today, -395);
  const dates = [year - 1, year].flatMap((y) => CALENDAR.map(([kind, md]) => [kind, `${y}-${md}`] as const)).filter(([, d]) => compareDates(d, since) >= 0 && compareDates(d, today) <= 0);
  const plans: ActivityPlan[] = [];
  buildings.forEach((building, index) => {
    // The last building only holds its summer party; the others the whole calendar, with a skipped date now and then.
    const own = index === buildings.length - 1 && buildings.length > 1 ? dates.filter(([kind]) => kind === 'summer_party') : dates.filter(() => rng.chance(0.85));
    for (const [kind, heldOn] of own) {
      const invited = building.dwellings;
      const attended = Math.max(1, Math.min(invited, Math.round(invited * (0.25 + rng.next() * 0.5))));
      plans.push({
        id: seededUuid(rng),
        buildingKey: building.key,
        buildingLabel: building.label,
        kind,
        heldOn: addDays(heldOn, -rng.int(0, 3)),
        householdsInvited: invited,
        householdsAttended: attended,
        note: rng.chance(0.7) ? rng.pick(ACTIVITY_NOTES[kind]) : null,
      });
    }
  });
  return plans;
}

function planTasks(rng: Rng, today: IsoDate, buildings: readonly BuildingFact[], staff: NeighbourhoodStaff, count: number): TaskPlan[] {
  const kinds = Object.keys(TASKS) as CaretakerTaskKind[];
  return Array.from({ length: count }, (_, i) => {
    const building = buildings[i % buildings.length]!;
    const kind = rng.pick(kinds);
    const createdOn = addDays(today, -rng.int(0, 180));
    const age = daysBetween(createdOn, today);
    const open = i % 3 === 0 || age < 1;
    const doneOn = open ? null : addDays(createdOn, Math.min(rng.int(1, 20), age));
    return {
      id: seededUuid(rng),
      buildingKey: building.key,
      buildingLabel: building.label,
      kind,
      description: rng.pick(TASKS[kind]),
      status: open ? 'open' : 'done',
      residentsTookPart: !open && (kind === 'outdoor' || kind === 'order') && rng.chance(0.7),
      createdOn,
      doneOn,
      assignedToId: kind === 'small_repair' ? staff.property : rng.chance(0.5) ? staff.team : null,
    };
  });
}

/**
 * The whole plan. Demo kommune gets every case story, activities in five buildings and about 24
 * caretaker tasks; a small municipality one case, one building's activities and a few tasks.
 */
export function planNeighbourhood(rng: Rng, today: IsoDate, buildings: readonly BuildingFact[], staff: NeighbourhoodStaff, large: boolean): NeighbourhoodPlan {
  const { cases, parties, events } = planCases(rng, today, buildings, large ? STORIES : STORIES.slice(0, 1));
  const active = bySize(buildings).slice(0, large ? 5 : 1);
  const activities = planActivities(rng, today, active);
  const caseBuildings = buildings.filter((b) => cases.some((c) => c.buildingKey === b.key));
  const taskBuildings = [...active, ...caseBuildings.filter((b) => !active.includes(b))];
  const tasks = taskBuildings.length === 0 ? [] : planTasks(rng, today, taskBuildings, staff, large ? 24 : 3);
  return { cases, parties, events, activities, tasks };
}
