import type { NeighbourCase, NeighbourCaseList, NeighbourCaseListQuery } from '../../../contracts/neighbourhood.js';
import { logAccess } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import * as repo from './cases.repo.js';
import { assertAllowed, canReadNeighbourCases } from './neighbourhood.policy.js';
import { presentCase, presentCaseSummary } from './neighbourhood.present.js';
import { staffNames } from './staff.repo.js';

/** Reading neighbour cases: one case (its known tenants' households go to the access log) and the team's list. */

/**
 * One case in the caller's transaction. Every household named as a party is written to the access
 * log: the case says who is in conflict with whom, in which building.
 * @throws AppError not_found.
 */
export async function loadCase(ctx: ServiceContext, tx: Tx, id: string): Promise<NeighbourCase> {
  const { municipalityId, role } = ctx.actor;
  const row = await repo.findCase(tx, municipalityId, id);
  if (!row) throw notFound();
  const parties = await repo.listParties(tx, municipalityId, [id]);
  const events = await repo.listEvents(tx, municipalityId, [id]);
  const names = await staffNames(tx, municipalityId, [row.responsibleWorkerId]);
  const households = [...new Set(parties.flatMap((p) => (p.householdId === null ? [] : [p.householdId])))];
  for (const householdId of households) await logAccess(tx, ctx, { subjectType: 'household', subjectId: householdId, purpose: 'neighbourhood.case.view' });
  return presentCase(row, parties, events, names, role);
}

/** One neighbour case (logged as a read of each tenant household in it). @throws AppError forbidden (not the team), not_found. */
export async function getCase(ctx: ServiceContext, id: string): Promise<NeighbourCase> {
  assertAllowed(ctx.actor, canReadNeighbourCases);
  return ctx.transaction((tx) => loadCase(ctx, tx, id));
}

/** Summaries for rows of one page: party counts and the last event's date. */
export async function summarise(tx: Tx, municipalityId: number, rows: readonly repo.CaseRow[]) {
  const ids = rows.map((r) => r.id);
  const parties = await repo.listParties(tx, municipalityId, ids);
  const events = await repo.listEvents(tx, municipalityId, ids);
  const names = await staffNames(tx, municipalityId, rows.map((r) => r.responsibleWorkerId));
  return rows.map((row) =>
    presentCaseSummary(row, {
      names,
      parties: parties.filter((p) => p.caseId === row.id).length,
      lastEventOn: events.filter((e) => e.caseId === row.id).reduce<string | null>((latest, e) => (latest === null || e.heldOn > latest ? e.heldOn : latest), null),
    }),
  );
}

/**
 * The team's cases: active ones by default (oldest report first), with counts by status. A list
 * shows buildings and statuses, not parties, and is not logged case by case (docs/adr/0006).
 * @throws AppError forbidden (not the team).
 */
export async function listCases(ctx: ServiceContext, query: NeighbourCaseListQuery): Promise<NeighbourCaseList> {
  assertAllowed(ctx.actor, canReadNeighbourCases);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { items, total } = await repo.listCases(tx, municipalityId, { status: query.status, buildingKey: query.building }, { limit: query.limit, offset: query.offset });
    return { total, counts: await repo.activeCounts(tx, municipalityId), items: await summarise(tx, municipalityId, items) };
  });
}
