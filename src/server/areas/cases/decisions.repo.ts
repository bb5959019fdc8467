import { and, eq } from 'drizzle-orm';
import { appeal, decision } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';
import type { AppealRow, DecisionRow } from './case-records.repo.js';

/** Decisions and appeals: single-row lookups (locking for changes), inserts and updates. */

export async function findDecision(tx: Tx, municipalityId: number, caseId: string, id: string, forUpdate = false): Promise<DecisionRow | undefined> {
  const query = tx
    .select()
    .from(decision)
    .where(and(eq(decision.municipalityId, municipalityId), eq(decision.caseId, caseId), eq(decision.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertDecision(tx: Tx, values: typeof decision.$inferInsert): Promise<DecisionRow> {
  const [row] = await tx.insert(decision).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type DecisionChanges = Partial<
  Pick<
    typeof decision.$inferInsert,
    'outcome' | 'status' | 'language' | 'content' | 'html' | 'decidedOn' | 'attestedBy' | 'attestedAt' | 'noticeSentOn' | 'appealDeadline' | 'validUntil'
  >
>;

export async function updateDecision(tx: Tx, municipalityId: number, id: string, changes: DecisionChanges): Promise<DecisionRow> {
  const [row] = await tx
    .update(decision)
    .set(changes)
    .where(and(eq(decision.municipalityId, municipalityId), eq(decision.id, id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** An appeal with its case id, locked for the rest of the transaction. */
export async function findAppealForUpdate(tx: Tx, municipalityId: number, id: string): Promise<AppealRow | undefined> {
  const [row] = await tx
    .select()
    .from(appeal)
    .where(and(eq(appeal.municipalityId, municipalityId), eq(appeal.id, id)))
    .for('update');
  return row;
}

/** The case an appeal belongs to, without locking (for the access check that comes first). */
export async function caseIdOfAppeal(tx: Tx, municipalityId: number, id: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ caseId: appeal.caseId })
    .from(appeal)
    .where(and(eq(appeal.municipalityId, municipalityId), eq(appeal.id, id)));
  return row?.caseId;
}

export async function insertAppeal(tx: Tx, values: typeof appeal.$inferInsert): Promise<AppealRow> {
  const [row] = await tx.insert(appeal).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type AppealChanges = Partial<
  Pick<typeof appeal.$inferInsert, 'status' | 'reviewNote' | 'reviewedOn' | 'forwardedOn' | 'appealBody' | 'bodyOutcome' | 'bodyDecidedOn'>
>;

export async function updateAppeal(tx: Tx, municipalityId: number, id: string, changes: AppealChanges): Promise<AppealRow> {
  const [row] = await tx
    .update(appeal)
    .set(changes)
    .where(and(eq(appeal.municipalityId, municipalityId), eq(appeal.id, id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}
