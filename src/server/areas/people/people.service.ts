import { randomUUID } from 'node:crypto';
import type { CreatedPerson, CreatePersonBody, Person, UpdatePersonBody } from '../../../contracts/people.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { getVisiblePerson, todayOf } from './access.js';
import { findDuplicates } from './duplicates.service.js';
import * as householdsRepo from './households.repo.js';
import { assertAllowed, canUseRegister } from './people.policy.js';
import { presentPerson, type PersonParts } from './people.present.js';
import * as repo from './people.repo.js';
import { asNationalIdConflict, describeChanges, givenFields, personChanges } from './person-input.js';

/** Memberships and representatives shown with a person's record. */
export async function loadParts(ctx: ServiceContext, tx: Tx, personId: string): Promise<PersonParts> {
  const m = ctx.actor.municipalityId;
  return {
    memberships: await householdsRepo.listMemberships(tx, m, [personId]),
    representatives: await repo.listRepresentatives(tx, m, personId),
  };
}

/**
 * Registers a person inside the caller's transaction, with its `person.created` event.
 * Used by createPerson and by household forms that register a new member.
 * @throws AppError validation_failed (field errors under `prefix`), forbidden for an address the role may not write.
 */
export async function registerPersonInTx(ctx: ServiceContext, tx: Tx, body: CreatePersonBody, prefix = ''): Promise<repo.PersonRow> {
  const changes = personChanges(undefined, body, { role: ctx.actor.role, today: todayOf(ctx), prefix });
  const id = randomUUID();
  // The event goes first: when the insert fails (a national id in use) the rollback takes both.
  await recordEvent(tx, ctx, {
    type: 'person.created',
    subjectType: 'person',
    subjectId: id,
    data: {
      fields: givenFields(changes),
      nationalIdKind: changes.nationalIdKind ?? null,
      addressProtection: changes.addressProtection ?? 'none',
    },
  });
  return repo.insertPerson(tx, {
    ...changes,
    municipalityId: ctx.actor.municipalityId,
    id,
    givenName: body.givenName,
    familyName: body.familyName,
    createdAt: ctx.clock.now(),
  });
}

/**
 * Registers a person and returns the record with any possible duplicates the actor may see.
 * @throws AppError forbidden (role), validation_failed (e.g. nationalId `invalid_checksum`),
 * conflict (nationalId `taken`).
 */
export async function createPerson(ctx: ServiceContext, body: CreatePersonBody): Promise<CreatedPerson> {
  assertAllowed(canUseRegister(ctx.actor.role));
  try {
    return await ctx.transaction(async (tx) => {
      const row = await registerPersonInTx(ctx, tx, body);
      const possibleDuplicates = await findDuplicates(ctx, tx, row);
      return { ...presentPerson(row, { memberships: [], representatives: [] }, ctx.actor.role, todayOf(ctx), null), possibleDuplicates };
    });
  } catch (error) {
    throw asNationalIdConflict(error);
  }
}

/**
 * A person's record; the read is written to the access log. A merged record answers with
 * `mergedIntoId`, the survivor. @throws AppError forbidden (role), not_found.
 */
export async function getPerson(ctx: ServiceContext, id: string): Promise<Person> {
  assertAllowed(canUseRegister(ctx.actor.role));
  return ctx.transaction(async (tx) => {
    const { row, survivor } = await getVisiblePerson(ctx, tx, id);
    await logAccess(tx, ctx, { subjectType: 'person', subjectId: row.id, purpose: 'person.view' });
    return presentPerson(row, await loadParts(ctx, tx, row.id), ctx.actor.role, todayOf(ctx), survivor.id === row.id ? null : survivor.id);
  });
}

/**
 * Changes a person's fields. The audit event names every changed field; values are kept
 * except for the national id and the address.
 * @throws AppError forbidden, not_found, validation_failed, conflict (nationalId taken),
 * rule_violation (a merged record: change the survivor).
 */
export async function updatePerson(ctx: ServiceContext, id: string, body: UpdatePersonBody): Promise<Person> {
  assertAllowed(canUseRegister(ctx.actor.role));
  try {
    return await ctx.transaction(async (tx) => {
      const { row } = await getVisiblePerson(ctx, tx, id);
      if (row.mergedIntoId !== null) {
        throw new AppError('rule_violation', 'error.person.merged', [{ path: 'id', code: 'merged', messageKey: 'field.person.merged' }]);
      }
      const today = todayOf(ctx);
      const { changed, fields, values } = describeChanges(row, personChanges(row, body, { role: ctx.actor.role, today }));
      let after = row;
      if (fields.length > 0) {
        after = (await repo.updatePerson(tx, ctx.actor.municipalityId, id, changed)) ?? row;
        await recordEvent(tx, ctx, {
          type: 'person.updated',
          subjectType: 'person',
          subjectId: id,
          ...(body.reason ? { reason: body.reason } : {}),
          data: { fields, changes: values },
        });
      }
      return presentPerson(after, await loadParts(ctx, tx, id), ctx.actor.role, today, null);
    });
  } catch (error) {
    throw asNationalIdConflict(error);
  }
}
