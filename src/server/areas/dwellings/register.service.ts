import type { CreateDwellingBody, Dwelling, DwellingList, DwellingListQuery, UpdateDwellingBody } from '../../../contracts/dwellings.js';
import type { dwelling } from '../../../db/schema/index.js';
import { osloDate } from '../../../domain/deadlines/calendar.js';
import { checkDwelling, type DwellingFields } from '../../../domain/dwellings/dwelling.js';
import { checkStatusChange, DWELLING_STATUSES } from '../../../domain/dwellings/status.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.js';
import { fieldProblem, statusProblem } from './dwellings.messages.js';
import { assertManage, assertRead } from './dwellings.policy.js';
import { columnsOf, fieldsOf, presentDwelling, presentSummary } from './dwellings.present.js';
import * as repo from './dwellings.repo.js';

/** Register, change and list dwellings (the property manager's stock register). */

const addressOf = (f: Pick<DwellingFields, 'streetName' | 'houseNumber' | 'houseLetter' | 'extraReference'>): string =>
  [`${f.streetName} ${f.houseNumber}${f.houseLetter}`.trim(), f.extraReference].filter(Boolean).join(', ');

/** The dwelling as presented; @throws AppError not_found when it is not visible. */
export async function getPresented(tx: Tx, ctx: ServiceContext, id: string): Promise<Dwelling> {
  const row = await repo.findDwelling(tx, ctx.actor.municipalityId, id, osloDate(ctx.clock.now()));
  if (!row) throw notFound();
  return presentDwelling(row);
}

/** A second dwelling with the same matrikkel, unit number and extra reference → 409 on `extraReference`. */
async function mapIdentityConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'dwelling_identity_key') {
      throw new AppError('conflict', 'error.conflict', [{ path: 'extraReference', code: 'taken', messageKey: 'field.dwelling.taken' }]);
    }
    throw error;
  }
}

/**
 * Registers a dwelling with its first status period (vacant from today unless given).
 * @throws AppError forbidden, validation_failed (every problem at once), conflict (same identity).
 */
export async function createDwelling(ctx: ServiceContext, body: CreateDwellingBody): Promise<Dwelling> {
  assertManage(ctx.actor);
  const today = osloDate(ctx.clock.now());
  const { status, statusDate, expectedReadyOn, ...fields } = body;
  const change = { status, fromDate: statusDate ?? today, expectedReadyOn };
  const { municipalityId } = ctx.actor;
  return mapIdentityConflict(() =>
    ctx.transaction(async (tx) => {
      const problems = [
        ...checkDwelling(fields, await repo.districtCodes(tx, municipalityId)).map(fieldProblem),
        ...checkStatusChange(undefined, change, today).map((p) => statusProblem(p, 'statusDate')),
      ];
      if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
      const id = await repo.insertDwelling(tx, { municipalityId, ...columnsOf(fields) } as typeof dwelling.$inferInsert);
      await repo.insertPeriods(tx, [{ municipalityId, dwellingId: id, ...change }]);
      await recordEvent(tx, ctx, {
        type: 'dwelling.created',
        subjectType: 'dwelling',
        subjectId: id,
        data: { address: addressOf(fields), status: change.status, fromDate: change.fromDate },
      });
      return getPresented(tx, ctx, id);
    }),
  );
}

/**
 * Changes any of a dwelling's registered fields; the audit event names each change.
 * @throws AppError forbidden, not_found, validation_failed, conflict.
 */
export async function updateDwelling(ctx: ServiceContext, id: string, body: UpdateDwellingBody): Promise<Dwelling> {
  assertManage(ctx.actor);
  const { municipalityId } = ctx.actor;
  return mapIdentityConflict(() =>
    ctx.transaction(async (tx) => {
      const row = await repo.findDwelling(tx, municipalityId, id, osloDate(ctx.clock.now()));
      if (!row) throw notFound();
      const before = fieldsOf(row);
      const after: DwellingFields = { ...before, ...body };
      const problems = checkDwelling(after, await repo.districtCodes(tx, municipalityId)).map(fieldProblem);
      if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
      const changed = (Object.keys(body) as Array<keyof DwellingFields>).filter((k) => before[k] !== after[k]);
      if (changed.length === 0) return presentDwelling(row);
      await repo.updateDwelling(tx, municipalityId, id, columnsOf(Object.fromEntries(changed.map((k) => [k, after[k]]))));
      await recordEvent(tx, ctx, {
        type: 'dwelling.updated',
        subjectType: 'dwelling',
        subjectId: id,
        data: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
      });
      return getPresented(tx, ctx, id);
    }),
  );
}

/**
 * The stock list: one page in address order with the total and the counts by current status
 * (under every filter but status). Not access-logged: it holds no personal data.
 * @throws AppError forbidden.
 */
export async function listDwellings(ctx: ServiceContext, query: DwellingListQuery): Promise<DwellingList> {
  assertRead(ctx.actor);
  const today = osloDate(ctx.clock.now());
  const { items, total, byStatus } = await ctx.transaction((tx) => repo.listDwellings(tx, ctx.actor.municipalityId, query, today));
  const counts = new Map(byStatus.map((s) => [s.status, s.n]));
  return {
    items: items.map(presentSummary),
    total,
    counts: {
      total: byStatus.reduce((sum, s) => sum + s.n, 0),
      byStatus: DWELLING_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    },
  };
}
