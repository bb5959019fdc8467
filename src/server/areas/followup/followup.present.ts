import type { FollowupContact, FollowupHousehold, FollowupNote, FollowupService, PlanSummary } from '../../../contracts/followup.js';
import { canSeeAddress } from '../../../domain/access/person-access.js';
import type { Role } from '../../../domain/access/roles.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { isContactKind, isFollowupTeam, isServiceKind, type ContactStatus } from '../../../domain/followup/kinds.js';
import { visitStatus } from '../../../domain/followup/visits.js';
import type { NoteSensitivity } from '../../../domain/cases/case-types.js';
import type * as repo from './followup.repo.js';

/** Rows to DTOs. Row types stop here (docs/ARCHITECTURE.md); nothing is shown that the reader may not see. */

const staffRef = (id: string, names: ReadonlyMap<string, string>) => ({ id, displayName: names.get(id) ?? '' });

/** The household as the reader may see it: the address only where canSeeAddress allows. */
export function presentHousehold(h: repo.HouseholdFact, role: Role): FollowupHousehold {
  const showAddress = canSeeAddress(role, h.addressProtection) && h.addressLine !== null;
  return {
    id: h.householdId,
    headPersonId: h.headPersonId,
    headName: `${h.givenName} ${h.familyName}`,
    memberCount: h.memberCount,
    address: showAddress && h.addressLine ? { line: h.addressLine, postalCode: h.postalCode, postalCity: h.postalCity } : null,
    addressProtected: h.addressProtection !== 'none',
  };
}

const activeOn = (s: Pick<repo.ServiceRow, 'startedOn' | 'endedOn'>, today: string) =>
  compareDates(s.startedOn, today) <= 0 && (s.endedOn === null || compareDates(s.endedOn, today) > 0);

export function presentService(s: repo.ServiceRow, today: string): FollowupService {
  if (!isServiceKind(s.kind)) throw new Error(`unknown service kind ${s.kind}`);
  return { id: s.id, kind: s.kind, provider: s.provider, startedOn: s.startedOn, endedOn: s.endedOn, active: activeOn(s, today) };
}

export function presentContact(c: repo.ContactRow, names: ReadonlyMap<string, string>): FollowupContact {
  if (!isContactKind(c.kind)) throw new Error(`unknown contact kind ${c.kind}`);
  return {
    id: c.id,
    planId: c.planId,
    kind: c.kind,
    status: c.status as ContactStatus,
    plannedOn: c.plannedOn,
    plannedTime: c.plannedTime,
    heldOn: c.heldOn,
    worker: staffRef(c.workerId, names),
    summary: c.summary,
    checklist: c.checklist ?? null,
    leaseId: c.leaseId,
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentNote(n: repo.NoteRow, names: ReadonlyMap<string, string>): FollowupNote {
  return { id: n.id, text: n.text, sensitivity: n.sensitivity as NoteSensitivity, author: staffRef(n.authorId, names), createdAt: n.createdAt.toISOString() };
}

export interface SummaryInput {
  plan: repo.PlanRow;
  household: repo.HouseholdFact;
  services: readonly repo.ServiceRow[];
  contacts: readonly repo.ContactRow[];
  names: ReadonlyMap<string, string>;
  role: Role;
  today: string;
}

/** A plan in a list: household, who is responsible, running services and the visit status today. */
export function presentSummary({ plan, household, services, contacts, names, role, today }: SummaryInput): PlanSummary {
  if (!isFollowupTeam(plan.responsibleTeam)) throw new Error(`unknown team ${plan.responsibleTeam}`);
  const running = services.filter((s) => activeOn(s, today)).map((s) => s.kind);
  return {
    id: plan.id,
    household: presentHousehold(household, role),
    responsibleTeam: plan.responsibleTeam,
    responsibleWorker: staffRef(plan.responsibleWorkerId, names),
    visitEveryDays: plan.visitEveryDays,
    startedOn: plan.startedOn,
    endedOn: plan.endedOn,
    activeServices: [...new Set(running)].filter(isServiceKind),
    visit: visitStatus(plan, contacts.map((c) => ({ ...c, status: c.status as ContactStatus })), today),
  };
}

/** Groups rows by plan id. */
export function byPlan<T extends { planId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.planId, [...(map.get(row.planId) ?? []), row]);
  return map;
}
