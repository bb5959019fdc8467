import { addDays } from '../../domain/deadlines/calendar.js';
import { fidelityItemIds, PATHWAYS_CONDENSED_V1 } from '../../domain/followup/fidelity-scale.js';
import type { HousingFirstExitReason, HousingFirstReferralSource } from '../../domain/followup/housing-first.js';
import type { Rng } from '../../domain/random/rng.js';
import { seededUuid } from './demo-dwellings-data.js';

/**
 * The Housing First programme in Demo kommune, planned from the tenants and the waiting list
 * already seeded (pure; demo-housing-first.ts writes it). About a dozen participants (Sandnes
 * housed 11 and aimed for 15, issue 6): eight housed in municipal dwellings — some longer than
 * 12 months, some 6–12, some recently — two of whom have left (one to an own home, one to an
 * institution), and four enrolled and waiting, with their own choice of districts (one names a
 * vacant dwelling). Targets: 15 this year, 12 last year. Three fidelity self-assessments over
 * the last year and a half, improving.
 */

/** A single-adult household with a running lease, housed on the lease's first day. */
export interface TenantCandidate {
  personId: string;
  householdId: string;
  leaseId: string;
  leaseStart: string;
}

/** The head of a household on the waiting list. */
export interface WaitingCandidate {
  personId: string;
  householdId: string;
}

export interface ParticipantPlan {
  id: string;
  personId: string;
  householdId: string;
  enrolledOn: string;
  consentGivenOn: string;
  referredBy: HousingFirstReferralSource;
  team: string;
  chosenDistricts: string[];
  chosenDwellingTypes: string[];
  chosenDwellingIds: string[];
  housedOn: string | null;
  leaseId: string | null;
  exitedOn: string | null;
  exitReason: HousingFirstExitReason | null;
}

export interface AssessmentPlan {
  id: string;
  assessedOn: string;
  scaleVersion: string;
  scores: Record<string, number>;
  note: string;
}

const REFERRALS: readonly HousingFirstReferralSource[] = ['specialist_health', 'nav', 'municipal_health', 'correctional_service', 'specialist_health', 'self'];
const TEAMS = ['Housing First-teamet', 'ROP-teamet'];

/**
 * Housed-for windows in days (lease start this long ago), longest first: four past 12 months,
 * two between 6 and 12, two recent. Only leases whose start falls in a window are used.
 */
export const HOUSED_WINDOWS: ReadonlyArray<readonly [number, number]> = [
  [600, 900],
  [450, 600],
  [400, 450],
  [370, 400],
  [250, 340],
  [190, 240],
  [60, 150],
  [20, 60],
];

/** Picks the first unused candidate for each window, in the candidates' (stable) order. */
export function pickHoused(candidates: readonly TenantCandidate[], today: string): TenantCandidate[] {
  const used = new Set<string>();
  const picked: TenantCandidate[] = [];
  for (const [min, max] of HOUSED_WINDOWS) {
    const found = candidates.find((c) => !used.has(c.leaseId) && c.leaseStart <= addDays(today, -min) && c.leaseStart > addDays(today, -max));
    if (!found) continue;
    used.add(found.leaseId);
    picked.push(found);
  }
  return picked;
}

export function planParticipants(
  rng: Rng,
  today: string,
  housed: readonly TenantCandidate[],
  waiting: readonly WaitingCandidate[],
  districtCodes: readonly string[],
  vacantDwellingId: string | null,
): ParticipantPlan[] {
  const districts = () => {
    if (districtCodes.length === 0) return [];
    const first = rng.pick(districtCodes);
    const second = rng.pick(districtCodes);
    return [...new Set([first, second])];
  };
  const plans: ParticipantPlan[] = housed.map((c, i) => {
    const enrolledOn = addDays(c.leaseStart, -rng.int(14, 120));
    const plan: ParticipantPlan = {
      id: seededUuid(rng),
      personId: c.personId,
      householdId: c.householdId,
      enrolledOn,
      consentGivenOn: addDays(enrolledOn, -rng.int(0, 5)),
      referredBy: REFERRALS[i % REFERRALS.length]!,
      team: TEAMS[i % TEAMS.length]!,
      chosenDistricts: districts(),
      chosenDwellingTypes: ['apartment'],
      chosenDwellingIds: [],
      housedOn: c.leaseStart,
      leaseId: c.leaseId,
      exitedOn: null,
      exitReason: null,
    };
    // The second longest housed moved on to an own home; the first of 6–12 months went to an institution.
    if (i === 1) Object.assign(plan, { exitedOn: addDays(today, -rng.int(60, 120)), exitReason: 'moved_on_own_home' });
    if (i === 4) Object.assign(plan, { exitedOn: addDays(today, -rng.int(10, 40)), exitReason: 'institution' });
    return plan;
  });
  waiting.forEach((c, i) => {
    const enrolledOn = addDays(today, -rng.int(10, 90));
    plans.push({
      id: seededUuid(rng),
      personId: c.personId,
      householdId: c.householdId,
      enrolledOn,
      consentGivenOn: addDays(enrolledOn, -rng.int(0, 3)),
      referredBy: REFERRALS[(i + 2) % REFERRALS.length]!,
      team: TEAMS[(i + 1) % TEAMS.length]!,
      chosenDistricts: districts(),
      chosenDwellingTypes: i % 2 === 0 ? ['apartment', 'small_house'] : ['bedsit'],
      chosenDwellingIds: i === 0 && vacantDwellingId ? [vacantDwellingId] : [],
      housedOn: null,
      leaseId: null,
      exitedOn: null,
      exitReason: null,
    });
  });
  return plans;
}

/** Three assessments, about 14, 7 and 1½ months ago, each item around a rising level (2.6 → 3.0 → 3.4). */
export function planAssessments(rng: Rng, today: string): AssessmentPlan[] {
  const ids = fidelityItemIds(PATHWAYS_CONDENSED_V1);
  const notes = [
    'Første måling. Boligene kommer for sent, og teamet mangler erfaringskonsulent.',
    'Raskere bosetting etter avtale med boligkontoret. Arbeid og aktivitet er fortsatt svakt.',
    'Erfaringskonsulent på plass. Neste mål: døgnbemannet kriseberedskap.',
  ];
  return [
    [425, 2.6],
    [215, 3.0],
    [45, 3.4],
  ].map(([daysAgo, level], i) => ({
    id: seededUuid(rng),
    assessedOn: addDays(today, -daysAgo!),
    scaleVersion: PATHWAYS_CONDENSED_V1.version,
    scores: Object.fromEntries(ids.map((id) => [id, Math.max(1, Math.min(4, Math.round(level! + rng.next() - 0.5)))])),
    note: notes[i]!,
  }));
}
