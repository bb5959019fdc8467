import { logAccess } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { mayHandleCase, maySeeCase } from './cases.policy.js';
import * as repo from './cases.repo.js';

/**
 * Record-level access to one case: gathers the facts (the case's type, its person's consents
 * in force today) and asks the pure policy. Not visible → not_found, exactly like a case that
 * does not exist or belongs to another municipality (row-level security hides those).
 */


/**
 * The case, when the actor may see it. With `forUpdate` the row stays locked until the
 * transaction ends. @throws AppError not_found.
 */
export async function getVisibleCase(ctx: ServiceContext, tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<repo.CaseRow> {
  const { municipalityId, role } = ctx.actor;
  const row = options.forUpdate ? await repo.findCaseForUpdate(tx, municipalityId, id) : await repo.findCase(tx, municipalityId, id);
  if (!row) throw notFound();
  const consents = await repo.listConsents(tx, municipalityId, [row.personId]);
  if (!maySeeCase(role, row.caseType, consents, todayOf(ctx))) throw notFound();
  return row;
}

/**
 * The case, locked, when the actor may change it. @throws AppError not_found when it cannot be
 * seen, forbidden when it can be seen but its type is another service's (canHandleCase).
 */
export async function getHandleableCase(ctx: ServiceContext, tx: Tx, id: string): Promise<repo.CaseRow> {
  const row = await getVisibleCase(ctx, tx, id, { forUpdate: true });
  if (!mayHandleCase(ctx.actor.role, row.caseType)) throw forbidden();
  return row;
}

/** The case for reading, with the read written to the access log (innsynslogg). @throws AppError not_found. */
export async function readCase(ctx: ServiceContext, tx: Tx, id: string, purpose: string): Promise<repo.CaseRow> {
  const row = await getVisibleCase(ctx, tx, id);
  await logAccess(tx, ctx, { subjectType: 'case', subjectId: row.id, purpose });
  return row;
}

export { todayOf };
