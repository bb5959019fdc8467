import { randomUUID } from 'node:crypto';
import type { AccessLogQuery, AuditQuery, CreateStaffUserBody, StaffUser, UpdateStaffUserBody } from '../../../contracts/admin.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { AppError, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.js';
import { hashPassword } from '../../platform/passwords.js';
import { assertAllowed, canManageUsers, canReadAccessLog, canReadAudit } from './admin.policy.js';
import * as repo from './admin.repo.js';

function present(row: repo.StaffUserRow): StaffUser {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** All staff accounts of the actor's municipality. Throws forbidden for roles other than admin. */
export async function listUsers(ctx: ServiceContext): Promise<StaffUser[]> {
  assertAllowed(canManageUsers(ctx.actor));
  return (await ctx.transaction((tx) => repo.listUsers(tx))).map(present);
}

/** One staff account; the read is recorded in the access log. Throws not_found, forbidden. */
export async function getUser(ctx: ServiceContext, id: string): Promise<StaffUser> {
  assertAllowed(canManageUsers(ctx.actor));
  return ctx.transaction(async (tx) => {
    const row = await repo.findUser(tx, ctx.actor.municipalityId, id);
    if (!row) throw notFound();
    await logAccess(tx, ctx, { subjectType: 'staff_user', subjectId: id, purpose: 'admin.user.view' });
    return present(row);
  });
}

/** Creates a staff account. Throws conflict (field `username`, code `taken`) when the name is in use. */
export async function createUser(ctx: ServiceContext, body: CreateStaffUserBody, hashCost?: Parameters<typeof hashPassword>[1]): Promise<StaffUser> {
  assertAllowed(canManageUsers(ctx.actor));
  const passwordHash = await hashPassword(body.password, hashCost);
  try {
    return await ctx.transaction(async (tx) => {
      // The event is written before the insert on purpose: when the insert fails (a taken
      // username), the rollback takes the event with it — the log never claims a change that did not happen.
      const id = randomUUID();
      await recordEvent(tx, ctx, {
        type: 'staff_user.created',
        subjectType: 'staff_user',
        subjectId: id,
        data: { username: body.username, role: body.role },
      });
      const row = await repo.insertUser(tx, {
        municipalityId: ctx.actor.municipalityId,
        id,
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        language: body.language,
        passwordHash,
      });
      return present(row);
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'staff_user_username_key') {
      throw new AppError('conflict', 'error.conflict', [{ path: 'username', code: 'taken', messageKey: 'field.taken' }]);
    }
    throw error;
  }
}

/** Changes name, role or active flag, with the reason in the audit log. An admin cannot lock themselves out. */
export async function updateUser(ctx: ServiceContext, id: string, body: UpdateStaffUserBody): Promise<StaffUser> {
  assertAllowed(canManageUsers(ctx.actor));
  if (id === ctx.actor.userId && ((body.active === false) || (body.role !== undefined && body.role !== ctx.actor.role))) {
    throw new AppError('rule_violation', 'error.forbidden', [
      { path: body.active === false ? 'active' : 'role', code: 'own_account', messageKey: 'field.own_account' },
    ]);
  }
  return ctx.transaction(async (tx) => {
    const before = await repo.findUser(tx, ctx.actor.municipalityId, id);
    if (!before) throw notFound();
    const changes = {
      ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
      ...(body.role !== undefined ? { role: body.role } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
    };
    const after = await repo.updateUser(tx, ctx.actor.municipalityId, id, changes);
    if (!after) throw notFound();
    const changed = Object.fromEntries(
      Object.entries(changes)
        .filter(([key, value]) => before[key as keyof typeof before] !== value)
        .map(([key, value]) => [key, { from: before[key as keyof typeof before], to: value }]),
    );
    await recordEvent(tx, ctx, { type: 'staff_user.updated', subjectType: 'staff_user', subjectId: id, reason: body.reason, data: changed });
    return present(after);
  });
}

export async function listAuditEvents(ctx: ServiceContext, query: AuditQuery) {
  assertAllowed(canReadAudit(ctx.actor));
  const { items, total } = await ctx.transaction((tx) => repo.listAuditEvents(tx, query));
  return {
    total,
    items: items.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt.toISOString(),
      actorUsername: e.actorUsername,
      actorRole: e.actorRole,
      type: e.type,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      reason: e.reason,
      data: e.data,
      requestId: e.requestId,
    })),
  };
}

export async function listAccessLog(ctx: ServiceContext, query: AccessLogQuery) {
  assertAllowed(canReadAccessLog(ctx.actor));
  const { items, total } = await ctx.transaction((tx) => repo.listAccessLog(tx, query));
  return {
    total,
    items: items.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt.toISOString(),
      actorUsername: e.actorUsername,
      actorRole: e.actorRole,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      purpose: e.purpose,
      requestId: e.requestId,
    })),
  };
}
