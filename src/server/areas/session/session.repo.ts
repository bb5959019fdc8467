import { and, eq, lt, sql } from 'drizzle-orm';
import type { Language } from '../../../contracts/common.js';
import { municipality, staffSession, staffUser } from '../../../db/schema/index.js';
import type { Role } from '../../../domain/access/roles.js';
import { rows, type Tx } from '../../platform/db.js';

export interface LoginCandidate {
  municipalityId: number;
  kommunenummer: string;
  userId: string;
  passwordHash: string;
  active: boolean;
}

/** Cross-tenant lookup through the husly_auth SECURITY DEFINER function (migration 0001). */
export async function findLoginCandidates(tx: Tx, username: string): Promise<LoginCandidate[]> {
  const found = await rows<{ municipality_id: number; kommunenummer: string; user_id: string; password_hash: string; active: boolean }>(
    tx,
    sql`select * from husly_auth_find_login(${username})`,
  );
  return found.map((r) => ({
    municipalityId: Number(r.municipality_id),
    kommunenummer: r.kommunenummer,
    userId: r.user_id,
    passwordHash: r.password_hash,
    active: r.active,
  }));
}

export async function findSessionOwner(tx: Tx, sessionId: string): Promise<{ municipalityId: number; userId: string; expiresAt: Date } | undefined> {
  const [r] = await rows<{ municipality_id: number; user_id: string; expires_at: Date | string }>(
    tx,
    sql`select * from husly_auth_find_session(${sessionId})`,
  );
  return r ? { municipalityId: Number(r.municipality_id), userId: r.user_id, expiresAt: new Date(r.expires_at) } : undefined;
}

export async function insertSession(tx: Tx, values: typeof staffSession.$inferInsert): Promise<void> {
  await tx.insert(staffSession).values(values);
}

export async function deleteSession(tx: Tx, municipalityId: number, sessionId: string): Promise<void> {
  await tx.delete(staffSession).where(and(eq(staffSession.municipalityId, municipalityId), eq(staffSession.id, sessionId)));
}

export interface SessionUserRow {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  language: Language;
  active: boolean;
  csrfToken: string;
  expiresAt: Date;
  kommunenummer: string;
  municipalityName: string;
}

export async function findSessionUser(tx: Tx, sessionId: string): Promise<SessionUserRow | undefined> {
  const [r] = await tx
    .select({
      userId: staffUser.id,
      username: staffUser.username,
      displayName: staffUser.displayName,
      role: staffUser.role,
      language: staffUser.language,
      active: staffUser.active,
      csrfToken: staffSession.csrfToken,
      expiresAt: staffSession.expiresAt,
      kommunenummer: municipality.kommunenummer,
      municipalityName: municipality.name,
    })
    .from(staffSession)
    .innerJoin(staffUser, and(eq(staffUser.municipalityId, staffSession.municipalityId), eq(staffUser.id, staffSession.userId)))
    .innerJoin(municipality, eq(municipality.id, staffSession.municipalityId))
    .where(eq(staffSession.id, sessionId));
  return r;
}

export async function updateUserLanguage(tx: Tx, municipalityId: number, userId: string, language: Language): Promise<void> {
  await tx
    .update(staffUser)
    .set({ language })
    .where(and(eq(staffUser.municipalityId, municipalityId), eq(staffUser.id, userId)));
}

/** Removes the municipality's expired sessions (called at login, so the table does not grow without bound). */
export async function deleteExpiredSessions(tx: Tx, municipalityId: number, now: Date): Promise<void> {
  await tx.delete(staffSession).where(and(eq(staffSession.municipalityId, municipalityId), lt(staffSession.expiresAt, now)));
}
