import { and, asc, eq, ilike, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { housingCase, person, personRepresentative } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

export type PersonRow = typeof person.$inferSelect;
export type PersonInsert = typeof person.$inferInsert;
export type PersonChanges = Partial<Omit<PersonInsert, 'municipalityId' | 'id' | 'createdAt'>>;
export type RepresentativeRow = typeof personRepresentative.$inferSelect;

export async function findPerson(tx: Tx, municipalityId: number, id: string): Promise<PersonRow | undefined> {
  const [row] = await tx
    .select()
    .from(person)
    .where(and(eq(person.municipalityId, municipalityId), eq(person.id, id)));
  return row;
}

export async function insertPerson(tx: Tx, values: PersonInsert): Promise<PersonRow> {
  const [row] = await tx.insert(person).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updatePerson(tx: Tx, municipalityId: number, id: string, values: PersonChanges): Promise<PersonRow | undefined> {
  const [row] = await tx
    .update(person)
    .set(values)
    .where(and(eq(person.municipalityId, municipalityId), eq(person.id, id)))
    .returning();
  return row;
}

export type PersonQuery =
  | { kind: 'nationalId'; value: string }
  | { kind: 'caseNumber'; value: string }
  | { kind: 'name'; words: readonly string[] };

/** `%`, `_` and `\` match literally in ILIKE after this. */
const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Persons not merged into another that match the query, by name (every word somewhere in
 * "given family", case-insensitive), by exact national id or by case number.
 */
export async function searchPersons(tx: Tx, municipalityId: number, query: PersonQuery, page: { limit: number; offset: number }): Promise<PersonRow[]> {
  const conditions: SQL[] = [eq(person.municipalityId, municipalityId), isNull(person.mergedIntoId)];
  if (query.kind === 'nationalId') conditions.push(eq(person.nationalId, query.value));
  if (query.kind === 'name') {
    const fullName = sql`${person.givenName} || ' ' || ${person.familyName}`;
    for (const word of query.words) conditions.push(ilike(fullName, `%${escapeLike(word)}%`));
  }
  if (query.kind === 'caseNumber') {
    conditions.push(
      inArray(
        person.id,
        tx
          .select({ id: housingCase.personId })
          .from(housingCase)
          .where(and(eq(housingCase.municipalityId, municipalityId), eq(housingCase.caseNumber, query.value))),
      ),
    );
  }
  return tx
    .select()
    .from(person)
    .where(and(...conditions))
    .orderBy(asc(person.familyName), asc(person.givenName), asc(person.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** Persons (not merged, not `exceptId`) born on `birthDate`: the candidates for a name comparison. */
export function listPersonsBornOn(tx: Tx, municipalityId: number, birthDate: string, exceptId: string): Promise<PersonRow[]> {
  return tx
    .select()
    .from(person)
    .where(and(eq(person.municipalityId, municipalityId), eq(person.birthDate, birthDate), isNull(person.mergedIntoId), ne(person.id, exceptId)))
    .orderBy(asc(person.familyName), asc(person.givenName), asc(person.id));
}

/** Ids of persons merged into `id`, directly or through a chain. */
export async function listMergedInto(tx: Tx, municipalityId: number, id: string): Promise<string[]> {
  const found: string[] = [];
  let frontier = [id];
  while (frontier.length > 0) {
    const next = await tx
      .select({ id: person.id })
      .from(person)
      .where(and(eq(person.municipalityId, municipalityId), inArray(person.mergedIntoId, frontier)));
    frontier = next.map((r) => r.id).filter((n) => !found.includes(n) && n !== id);
    found.push(...frontier);
  }
  return found;
}

export function listRepresentatives(tx: Tx, municipalityId: number, personId: string): Promise<RepresentativeRow[]> {
  return tx
    .select()
    .from(personRepresentative)
    .where(and(eq(personRepresentative.municipalityId, municipalityId), eq(personRepresentative.personId, personId)))
    .orderBy(asc(personRepresentative.validFrom), asc(personRepresentative.id));
}

export async function findRepresentative(tx: Tx, municipalityId: number, personId: string, id: string): Promise<RepresentativeRow | undefined> {
  const [row] = await tx
    .select()
    .from(personRepresentative)
    .where(and(eq(personRepresentative.municipalityId, municipalityId), eq(personRepresentative.personId, personId), eq(personRepresentative.id, id)));
  return row;
}

export async function insertRepresentative(tx: Tx, values: typeof personRepresentative.$inferInsert): Promise<RepresentativeRow> {
  const [row] = await tx.insert(personRepresentative).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function endRepresentative(tx: Tx, municipalityId: number, id: string, validTo: string): Promise<RepresentativeRow | undefined> {
  const [row] = await tx
    .update(personRepresentative)
    .set({ validTo })
    .where(and(eq(personRepresentative.municipalityId, municipalityId), eq(personRepresentative.id, id)))
    .returning();
  return row;
}
