import { and, asc, eq, inArray } from 'drizzle-orm';
import { staffUser } from '../../../db/schema/index.js';
import type { Role } from '../../../domain/access/roles.js';
import type { Tx } from '../../platform/db.js';

/** Staff users as the neighbourhood area names and chooses them. Never opens a transaction. */

export interface StaffRow {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

/** Active staff of the roles, by name. */
export function listStaff(tx: Tx, municipalityId: number, roles: readonly Role[]): Promise<StaffRow[]> {
  return tx
    .select({ id: staffUser.id, name: staffUser.displayName, role: staffUser.role, active: staffUser.active })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), inArray(staffUser.role, [...roles]), eq(staffUser.active, true)))
    .orderBy(asc(staffUser.displayName), asc(staffUser.id));
}

/** Names of the given staff users. */
export async function staffNames(tx: Tx, municipalityId: number, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const found = await tx
    .select({ id: staffUser.id, name: staffUser.displayName })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), inArray(staffUser.id, wanted)));
  return new Map(found.map((r) => [r.id, r.name]));
}

export async function findStaff(tx: Tx, municipalityId: number, id: string): Promise<StaffRow | undefined> {
  const [row] = await tx
    .select({ id: staffUser.id, name: staffUser.displayName, role: staffUser.role, active: staffUser.active })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), eq(staffUser.id, id)));
  return row;
}
