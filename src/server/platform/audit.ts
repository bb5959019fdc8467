import { accessLog, auditEvent } from '../../db/schema/index.js';
import type { Tx } from './db.js';
import type { ServiceContext } from './context.js';

export interface AuditInput {
  /** Dotted event type, e.g. `staff_user.created`. */
  type: string;
  subjectType?: string;
  subjectId?: string;
  /** The reason the actor gave, where the change needs one. */
  reason?: string;
  /** What changed. No secrets (passwords, tokens); personal data only as needed to reconstruct the change. */
  data?: Record<string, unknown>;
}

/**
 * Appends an event to the audit log in the caller's transaction, so the event exists
 * exactly when the change does: if the transaction rolls back, so does the event.
 */
export async function recordEvent(tx: Tx, ctx: Pick<ServiceContext, 'actor' | 'clock' | 'requestId'>, input: AuditInput): Promise<void> {
  await tx.insert(auditEvent).values({
    municipalityId: ctx.actor.municipalityId,
    occurredAt: ctx.clock.now(),
    actorId: ctx.actor.userId,
    actorUsername: ctx.actor.username,
    actorRole: ctx.actor.role,
    type: input.type,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    reason: input.reason ?? null,
    data: input.data ?? {},
    requestId: ctx.requestId,
  });
}

export interface AccessInput {
  /** What kind of record was read: `staff_user`, later `person`, `household`, `case`. */
  subjectType: string;
  subjectId: string;
  /** Why, as a stable code, e.g. `admin.user.view`. */
  purpose: string;
}

/** Records one read of a person's record in the access log (innsynslogg), in the reading transaction. */
export async function logAccess(tx: Tx, ctx: Pick<ServiceContext, 'actor' | 'clock' | 'requestId'>, input: AccessInput): Promise<void> {
  await tx.insert(accessLog).values({
    municipalityId: ctx.actor.municipalityId,
    occurredAt: ctx.clock.now(),
    actorId: ctx.actor.userId,
    actorUsername: ctx.actor.username,
    actorRole: ctx.actor.role,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    purpose: input.purpose,
    requestId: ctx.requestId,
  });
}
