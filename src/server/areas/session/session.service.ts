import { createHash, randomBytes } from 'node:crypto';
import type { Language } from '../../../contracts/common.js';
import type { LoginBody, Session } from '../../../contracts/session.js';
import type { Clock } from '../../platform/clock.js';
import type { Actor, ServiceContext } from '../../platform/context.js';
import { recordEvent } from '../../platform/audit.js';
import { withoutTenant, withTenant, type Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/passwords.js';
import type { LoginThrottle } from './login-throttle.js';
import * as repo from './session.repo.js';

export interface SessionDeps {
  db: Db;
  clock: Clock;
  throttle: LoginThrottle;
  sessionHours: number;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toActor(sessionId: string, municipalityId: number, row: repo.SessionUserRow): Actor {
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    language: row.language,
    municipalityId,
    kommunenummer: row.kommunenummer,
    municipalityName: row.municipalityName,
    sessionId,
    csrfToken: row.csrfToken,
  };
}

export function presentSession(actor: Actor): Session {
  return {
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    municipality: { kommunenummer: actor.kommunenummer, name: actor.municipalityName },
    language: actor.language,
    csrfToken: actor.csrfToken,
  };
}

/**
 * Checks the password and opens a session. Throws invalid_credentials (never saying
 * whether the username exists), rate_limited after repeated failures, or
 * validation_failed when the username is ambiguous across municipalities.
 */
export async function login(deps: SessionDeps, body: LoginBody, requestId: string): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  if (deps.throttle.isBlocked(body.username)) throw new AppError('rate_limited', 'error.rate_limited');
  const candidates = (await withoutTenant(deps.db, (tx) => repo.findLoginCandidates(tx, body.username))).filter(
    (c) => c.active && (body.municipality === undefined || c.kommunenummer === body.municipality),
  );
  const matches: repo.LoginCandidate[] = [];
  for (const candidate of candidates) {
    if (await verifyPassword(body.password, candidate.passwordHash)) matches.push(candidate);
  }
  if (candidates.length === 0) await verifyPassword(body.password, await dummyPasswordHash());
  if (matches.length === 0) {
    deps.throttle.recordFailure(body.username);
    throw new AppError('invalid_credentials', 'error.invalid_credentials');
  }
  if (matches.length > 1) {
    throw new AppError('validation_failed', 'error.ambiguous_username', [
      { path: 'municipality', code: 'required', messageKey: 'error.ambiguous_username' },
    ]);
  }
  deps.throttle.recordSuccess(body.username);
  const match = matches[0] as repo.LoginCandidate;
  return openSession(deps, { municipalityId: match.municipalityId, userId: match.userId }, requestId);
}

/**
 * Opens a session for a user whose identity is already established. This is the seam for
 * OIDC (ID-porten, Entra ID): a callback that has verified its token resolves the staff user
 * and calls this, exactly as the password login does.
 */
export async function openSession(
  deps: Pick<SessionDeps, 'db' | 'clock' | 'sessionHours'>,
  user: { municipalityId: number; userId: string },
  requestId: string,
): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000);
  const actor = await withTenant(deps.db, { municipalityId: user.municipalityId }, async (tx) => {
    await repo.deleteExpiredSessions(tx, user.municipalityId, now);
    await repo.insertSession(tx, {
      municipalityId: user.municipalityId,
      id: sessionId,
      userId: user.userId,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      expiresAt,
    });
    const row = await repo.findSessionUser(tx, sessionId);
    if (!row) throw new Error('session row vanished inside its own transaction');
    const loggedIn = toActor(sessionId, user.municipalityId, row);
    await recordEvent(tx, { actor: loggedIn, clock: deps.clock, requestId }, {
      type: 'staff_session.created',
      subjectType: 'staff_user',
      subjectId: loggedIn.userId,
    });
    return loggedIn;
  });
  return { token, actor, expiresAt };
}

/** The actor behind a session token, or undefined when the token is unknown, expired or the user is deactivated. */
export async function resolveSession(deps: Pick<SessionDeps, 'db' | 'clock'>, token: string): Promise<Actor | undefined> {
  if (token.length < 20 || token.length > 100) return undefined;
  const sessionId = hashToken(token);
  const owner = await withoutTenant(deps.db, (tx) => repo.findSessionOwner(tx, sessionId));
  if (!owner || owner.expiresAt <= deps.clock.now()) return undefined;
  const row = await withTenant(deps.db, { municipalityId: owner.municipalityId }, (tx) => repo.findSessionUser(tx, sessionId));
  if (!row || !row.active) return undefined;
  return toActor(sessionId, owner.municipalityId, row);
}

export async function logout(ctx: ServiceContext): Promise<void> {
  await ctx.transaction(async (tx) => {
    await repo.deleteSession(tx, ctx.actor.municipalityId, ctx.actor.sessionId);
    await recordEvent(tx, ctx, { type: 'staff_session.ended', subjectType: 'staff_user', subjectId: ctx.actor.userId });
  });
}

export async function setLanguage(ctx: ServiceContext, language: Language): Promise<Actor> {
  await ctx.transaction(async (tx) => {
    await repo.updateUserLanguage(tx, ctx.actor.municipalityId, ctx.actor.userId, language);
    await recordEvent(tx, ctx, {
      type: 'staff_user.language_changed',
      subjectType: 'staff_user',
      subjectId: ctx.actor.userId,
      data: { from: ctx.actor.language, to: language },
    });
  });
  return { ...ctx.actor, language };
}
