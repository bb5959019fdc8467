import { and, asc, eq } from 'drizzle-orm';
import { consent } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

export type ConsentRow = typeof consent.$inferSelect;

export function listConsents(tx: Tx, municipalityId: number, personId: string): Promise<ConsentRow[]> {
  return tx
    .select()
    .from(consent)
    .where(and(eq(consent.municipalityId, municipalityId), eq(consent.personId, personId)))
    .orderBy(asc(consent.validFrom), asc(consent.createdAt), asc(consent.id));
}

export async function findConsent(tx: Tx, municipalityId: number, personId: string, id: string): Promise<ConsentRow | undefined> {
  const [row] = await tx
    .select()
    .from(consent)
    .where(and(eq(consent.municipalityId, municipalityId), eq(consent.personId, personId), eq(consent.id, id)));
  return row;
}

export async function insertConsent(tx: Tx, values: typeof consent.$inferInsert): Promise<ConsentRow> {
  const [row] = await tx.insert(consent).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function withdrawConsent(tx: Tx, municipalityId: number, id: string, at: Date, note: string | null): Promise<ConsentRow | undefined> {
  const [row] = await tx
    .update(consent)
    .set({ withdrawnAt: at, withdrawalNote: note })
    .where(and(eq(consent.municipalityId, municipalityId), eq(consent.id, id)))
    .returning();
  return row;
}
