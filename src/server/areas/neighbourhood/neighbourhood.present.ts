import type { Activity, BuildingRef, CaretakerTask, NeighbourCase, NeighbourCaseSummary, Party } from '../../../contracts/neighbourhood.js';
import type { Role } from '../../../domain/access/roles.js';
import { allowedActions, buildingSlug, canNameTenant, type NeighbourCaseOutcome } from '../../../domain/neighbourhood/index.js';
import type { ActivityRow, TaskRow } from './activities.repo.js';
import type { CaseRow, EventView, PartyView } from './cases.repo.js';

/** Rows to the API's shapes. A known tenant whose address is protected is shown without the name. */

export const buildingRef = (key: string, label: string): BuildingRef => ({ key, slug: buildingSlug(key), label });

const staff = (id: string | null, names: Map<string, string>) => (id === null ? null : { id, name: names.get(id) ?? '' });

export function presentParty(row: PartyView, role: Role): Party {
  const known = row.householdId !== null;
  const nameHidden = known && !canNameTenant(role, row.addressProtection ?? 'none');
  return { id: row.id, role: row.role, label: nameHidden ? '' : row.label, known, nameHidden };
}

export function presentCaseSummary(row: CaseRow, facts: { names: Map<string, string>; parties: number; lastEventOn: string | null }): NeighbourCaseSummary {
  return {
    id: row.id,
    kind: row.kind,
    building: buildingRef(row.buildingKey, row.buildingLabel),
    districtCode: row.districtCode,
    status: row.status,
    reportedOn: row.reportedOn,
    responsibleWorker: { id: row.responsibleWorkerId, name: facts.names.get(row.responsibleWorkerId) ?? '' },
    parties: facts.parties,
    lastEventOn: facts.lastEventOn,
    outcome: row.outcome as NeighbourCaseOutcome | null,
    closedOn: row.closedOn,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentCase(row: CaseRow, parties: readonly PartyView[], events: readonly EventView[], names: Map<string, string>, role: Role): NeighbourCase {
  const last = events.reduce<string | null>((latest, e) => (latest === null || e.heldOn > latest ? e.heldOn : latest), null);
  return {
    ...presentCaseSummary(row, { names, parties: parties.length, lastEventOn: last }),
    description: row.description,
    partyList: parties.map((p) => presentParty(p, role)),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      heldOn: e.heldOn,
      summary: e.summary,
      agreementText: e.agreementText,
      recordedBy: { id: e.recordedBy, name: e.recordedByName },
      createdAt: e.createdAt.toISOString(),
    })),
    allowedActions: allowedActions(row.status),
  };
}

export function presentActivity(row: ActivityRow, names: Map<string, string>): Activity {
  return {
    id: row.id,
    building: buildingRef(row.buildingKey, row.buildingLabel),
    kind: row.kind,
    heldOn: row.heldOn,
    householdsInvited: row.householdsInvited,
    householdsAttended: row.householdsAttended,
    note: row.note,
    recordedBy: { id: row.recordedBy, name: names.get(row.recordedBy) ?? '' },
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentTask(row: TaskRow, names: Map<string, string>): CaretakerTask {
  return {
    id: row.id,
    building: buildingRef(row.buildingKey, row.buildingLabel),
    kind: row.kind,
    description: row.description,
    status: row.status,
    createdOn: row.createdOn,
    doneOn: row.doneOn,
    residentsTookPart: row.residentsTookPart,
    assignedTo: staff(row.assignedToId, names),
  };
}
