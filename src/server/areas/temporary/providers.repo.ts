import { and, asc, count, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import { tempPlace, tempProvider, tempStay } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/** Providers and places of temporary accommodation. Never opens a transaction. */

export type ProviderRow = typeof tempProvider.$inferSelect;
export type PlaceRow = typeof tempPlace.$inferSelect;

export function listProviders(tx: Tx, municipalityId: number): Promise<ProviderRow[]> {
  return tx.select().from(tempProvider).where(eq(tempProvider.municipalityId, municipalityId)).orderBy(asc(tempProvider.name), asc(tempProvider.id));
}

export async function findProvider(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<ProviderRow | undefined> {
  const query = tx
    .select()
    .from(tempProvider)
    .where(and(eq(tempProvider.municipalityId, municipalityId), eq(tempProvider.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertProvider(tx: Tx, values: typeof tempProvider.$inferInsert): Promise<ProviderRow> {
  const [row] = await tx.insert(tempProvider).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type ProviderChanges = Partial<Omit<typeof tempProvider.$inferInsert, 'municipalityId' | 'id' | 'createdAt'>>;

export async function updateProvider(tx: Tx, municipalityId: number, id: string, changes: ProviderChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(tempProvider)
    .set(changes)
    .where(and(eq(tempProvider.municipalityId, municipalityId), eq(tempProvider.id, id)));
}

export function listPlaces(tx: Tx, municipalityId: number, providerIds: readonly string[]): Promise<PlaceRow[]> {
  if (providerIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(tempPlace)
    .where(and(eq(tempPlace.municipalityId, municipalityId), inArray(tempPlace.providerId, [...providerIds])))
    .orderBy(asc(tempPlace.label), asc(tempPlace.id));
}

export async function findPlace(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<PlaceRow | undefined> {
  const query = tx
    .select()
    .from(tempPlace)
    .where(and(eq(tempPlace.municipalityId, municipalityId), eq(tempPlace.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertPlace(tx: Tx, values: typeof tempPlace.$inferInsert): Promise<PlaceRow> {
  const [row] = await tx.insert(tempPlace).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type PlaceChanges = Partial<Pick<typeof tempPlace.$inferInsert, 'label' | 'access24h' | 'cooking' | 'wcAndBath' | 'laundry'>>;

export async function updatePlace(tx: Tx, municipalityId: number, id: string, changes: PlaceChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(tempPlace)
    .set(changes)
    .where(and(eq(tempPlace.municipalityId, municipalityId), eq(tempPlace.id, id)));
}

/** Stays open on `today`, per provider. */
export async function activeStaysByProvider(tx: Tx, municipalityId: number, today: string): Promise<Map<string, number>> {
  const found = await tx
    .select({ providerId: tempStay.providerId, n: count() })
    .from(tempStay)
    .where(and(eq(tempStay.municipalityId, municipalityId), or(isNull(tempStay.endDate), gt(tempStay.endDate, today))))
    .groupBy(tempStay.providerId);
  return new Map(found.map((r) => [r.providerId, Number(r.n)]));
}
