import type { CreateRepresentativeBody, EndRepresentativeBody, Representative } from '../../../contracts/people.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { getVisiblePerson, todayOf } from './access.js';
import { assertAllowed, canUseRegister } from './people.policy.js';
import { presentRepresentative } from './people.present.js';
import * as repo from './people.repo.js';

/** Fullmektig (fvl. § 12) or verge (vergemålsloven): decisions and letters go to them while in force. */

const endBeforeStart = (path: string): AppError =>
  new AppError('validation_failed', 'error.validation_failed', [{ path, code: 'before_start', messageKey: 'field.person.end_before_start' }]);

/**
 * Adds a representative to a person (from today unless `validFrom` is given).
 * @throws AppError forbidden, not_found, validation_failed (validTo before validFrom).
 */
export async function addRepresentative(ctx: ServiceContext, personId: string, body: CreateRepresentativeBody): Promise<Representative> {
  assertAllowed(canUseRegister(ctx.actor.role));
  const today = todayOf(ctx);
  const validFrom = body.validFrom ?? today;
  if (body.validTo && body.validTo < validFrom) throw endBeforeStart('validTo');
  return ctx.transaction(async (tx) => {
    const { survivor } = await getVisiblePerson(ctx, tx, personId);
    const row = await repo.insertRepresentative(tx, {
      municipalityId: ctx.actor.municipalityId,
      personId: survivor.id,
      kind: body.kind,
      name: body.name,
      addressLine: body.address?.line ?? null,
      postalCode: body.address?.postalCode ?? null,
      postalCity: body.address?.postalCity ?? null,
      phone: body.phone ?? null,
      email: body.email ?? null,
      validFrom,
      validTo: body.validTo ?? null,
    });
    await recordEvent(tx, ctx, {
      type: 'person.representative_added',
      subjectType: 'person',
      subjectId: survivor.id,
      data: { representativeId: row.id, kind: row.kind, validFrom: row.validFrom, validTo: row.validTo },
    });
    return presentRepresentative(row, today);
  });
}

/**
 * Ends a representative's authority (last day today unless given).
 * @throws AppError forbidden, not_found, validation_failed (before validFrom), conflict (already ended).
 */
export async function endRepresentative(ctx: ServiceContext, personId: string, id: string, body: EndRepresentativeBody): Promise<Representative> {
  assertAllowed(canUseRegister(ctx.actor.role));
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const { survivor } = await getVisiblePerson(ctx, tx, personId);
    const found = await repo.findRepresentative(tx, ctx.actor.municipalityId, survivor.id, id);
    if (!found) throw notFound();
    if (found.validTo !== null && found.validTo < today) throw new AppError('conflict', 'error.person.representative_already_ended');
    const validTo = body.validTo ?? today;
    if (validTo < found.validFrom) throw endBeforeStart('validTo');
    const ended = (await repo.endRepresentative(tx, ctx.actor.municipalityId, found.id, validTo)) ?? found;
    await recordEvent(tx, ctx, {
      type: 'person.representative_ended',
      subjectType: 'person',
      subjectId: survivor.id,
      ...(body.reason ? { reason: body.reason } : {}),
      data: { representativeId: found.id, kind: found.kind, validTo },
    });
    return presentRepresentative(ended, today);
  });
}
