import type { DuplicateList, MergePersonBody, Person, PersonSummary } from '../../../contracts/people.js';
import { namesSimilar } from '../../../domain/identity/index.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { getVisiblePerson, todayOf, visiblePersonIds } from './access.js';
import * as householdsRepo from './households.repo.js';
import * as mergeRepo from './merge.repo.js';
import { assertAllowed, canMergePersons, canUseRegister } from './people.policy.js';
import { presentPerson, presentSummary } from './people.present.js';
import * as repo from './people.repo.js';

/**
 * Persons that may be `row` registered twice: same birth date and a close name (the national
 * id needs no search — the database refuses a second registration of the same number). Only
 * persons the actor may see are returned, and each is written to the access log.
 */
export async function findDuplicates(ctx: ServiceContext, tx: Tx, row: repo.PersonRow): Promise<PersonSummary[]> {
  if (row.birthDate === null) return [];
  const m = ctx.actor.municipalityId;
  const candidates = (await repo.listPersonsBornOn(tx, m, row.birthDate, row.id)).filter((c) => namesSimilar(c, row));
  const visible = await visiblePersonIds(ctx, tx, candidates.map((c) => c.id));
  const shown = candidates.filter((c) => visible.has(c.id));
  const households = await householdsRepo.currentHouseholdOf(tx, m, shown.map((c) => c.id), todayOf(ctx));
  for (const c of shown) await logAccess(tx, ctx, { subjectType: 'person', subjectId: c.id, purpose: 'person.duplicates' });
  return shown.map((c) => presentSummary(c, households.get(c.id) ?? null));
}

/** Possible duplicates of a person. @throws AppError forbidden (role), not_found. */
export async function listDuplicates(ctx: ServiceContext, id: string): Promise<DuplicateList> {
  assertAllowed(canUseRegister(ctx.actor.role));
  return ctx.transaction(async (tx) => {
    const { survivor } = await getVisiblePerson(ctx, tx, id);
    const items = await findDuplicates(ctx, tx, survivor);
    return { items: items.map((s) => ({ ...s, reason: 'similar_name_same_birth_date' as const })) };
  });
}

const mergeRefused = (path: string, code: string, messageKey: MessageKey): AppError =>
  new AppError('rule_violation', 'error.person.merge_refused', [{ path, code, messageKey }]);

/**
 * Merges person `id` into `body.intoId` after a caseworker's review: memberships, consents,
 * representatives and cases move to the survivor; the merged row stays with `mergedIntoId`
 * set; a `person.merged` event keeps both ids and the reason. A national id moves when the
 * survivor has none.
 * @throws AppError forbidden (role), not_found, rule_violation (same person, already merged,
 * two different national ids).
 */
export async function mergePerson(ctx: ServiceContext, id: string, body: MergePersonBody): Promise<Person> {
  assertAllowed(canMergePersons(ctx.actor.role));
  if (id === body.intoId) throw mergeRefused('intoId', 'same_person', 'field.person.same_person');
  return ctx.transaction(async (tx) => {
    const m = ctx.actor.municipalityId;
    const { row: from } = await getVisiblePerson(ctx, tx, id);
    const { row: into } = await getVisiblePerson(ctx, tx, body.intoId);
    if (from.mergedIntoId !== null) throw mergeRefused('id', 'merged', 'field.person.merged');
    if (into.mergedIntoId !== null) throw mergeRefused('intoId', 'merged', 'field.person.merged');
    if (from.nationalId !== null && into.nationalId !== null && from.nationalId !== into.nationalId) {
      throw mergeRefused('intoId', 'different_national_id', 'field.person.different_national_id');
    }
    const movedFields: string[] = [];
    if (from.nationalId !== null && into.nationalId === null) {
      // The unique key allows one holder of a number: clear it on the merged row first.
      await repo.updatePerson(tx, m, from.id, { nationalId: null, nationalIdKind: null });
      await repo.updatePerson(tx, m, into.id, {
        nationalId: from.nationalId,
        nationalIdKind: from.nationalIdKind,
        ...(into.birthDate === null && from.birthDate !== null ? { birthDate: from.birthDate } : {}),
      });
      movedFields.push('nationalId', ...(into.birthDate === null && from.birthDate !== null ? ['birthDate'] : []));
    }
    const moved = await mergeRepo.moveReferences(tx, m, from.id, into.id);
    await mergeRepo.markMerged(tx, m, from.id, into.id);
    await recordEvent(tx, ctx, {
      type: 'person.merged',
      subjectType: 'person',
      subjectId: from.id,
      reason: body.reason,
      data: { mergedId: from.id, intoId: into.id, movedFields, ...moved },
    });
    const survivor = (await repo.findPerson(tx, m, into.id)) ?? into;
    const parts = {
      memberships: await householdsRepo.listMemberships(tx, m, [into.id]),
      representatives: await repo.listRepresentatives(tx, m, into.id),
    };
    return presentPerson(survivor, parts, ctx.actor.role, todayOf(ctx), null);
  });
}
