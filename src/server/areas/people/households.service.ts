import { randomUUID } from 'node:crypto';
import {
  HOUSEHOLD_RELATIONS,
  type AddMemberBody,
  type CreateHouseholdBody,
  type CreatePersonBody,
  type Household,
  type RemoveMemberBody,
  type UpdateMemberBody,
} from '../../../contracts/people.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { getVisibleHousehold, todayOf, visiblePersonIds } from './access.js';
import * as repo from './households.repo.js';
import { assertAllowed, canUseRegister } from './people.policy.js';
import { ageOrNull, maskedOrNull } from './people.present.js';
import * as peopleRepo from './people.repo.js';
import { registerPersonInTx } from './people.service.js';
import { asNationalIdConflict } from './person-input.js';

/** Households (husstander): the head (hovedsøker) and members with relation and gross annual income. */

const ERROR_MESSAGES = {
  validation_failed: 'error.validation_failed',
  conflict: 'error.conflict',
  rule_violation: 'error.person.household_rule',
} as const satisfies Record<string, MessageKey>;

const fieldError = (code: keyof typeof ERROR_MESSAGES, path: string, fieldCode: string, messageKey: MessageKey): AppError =>
  new AppError(code, ERROR_MESSAGES[code], [{ path, code: fieldCode, messageKey }]);

async function presentHousehold(ctx: ServiceContext, tx: Tx, row: repo.HouseholdRow): Promise<Household> {
  const today = todayOf(ctx);
  const members = (await repo.listMembers(tx, ctx.actor.municipalityId, row.id)).map(({ member, ...p }) => ({
    personId: member.personId,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    age: ageOrNull(p.birthDate, today),
    maskedNationalId: maskedOrNull(p.nationalId),
    relation: member.relation,
    grossAnnualIncome: member.grossAnnualIncome,
    joinedOn: member.joinedOn,
    leftOn: member.leftOn,
    current: repo.isCurrentMember(member, today),
  }));
  // The head, then current members by relation (spouse, partner, children, …) and age, then those who left.
  const rank = (m: (typeof members)[number]): number => (m.personId === row.headPersonId ? 0 : m.current ? 1 : 2);
  members.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      HOUSEHOLD_RELATIONS.indexOf(a.relation) - HOUSEHOLD_RELATIONS.indexOf(b.relation) ||
      (a.birthDate ?? '9999').localeCompare(b.birthDate ?? '9999'),
  );
  return { id: row.id, headPersonId: row.headPersonId, members, createdAt: row.createdAt.toISOString() };
}

/** An existing person the actor may see (`personId`) or a new one registered now (`person`), exactly one. */
async function resolvePerson(
  ctx: ServiceContext,
  tx: Tx,
  ref: { personId?: string | undefined; person?: CreatePersonBody | undefined },
  paths: { id: string; person: string },
): Promise<peopleRepo.PersonRow> {
  if ((ref.personId === undefined) === (ref.person === undefined)) {
    throw fieldError('validation_failed', paths.id, 'one_of_required', 'field.person.id_or_person');
  }
  if (ref.person) return registerPersonInTx(ctx, tx, ref.person, `${paths.person}.`);
  const row = await peopleRepo.findPerson(tx, ctx.actor.municipalityId, ref.personId ?? '');
  // A person the actor may not see is reported exactly as one that does not exist (docs/adr/0004).
  if (!row || !(await visiblePersonIds(ctx, tx, [row.id])).has(row.id)) {
    throw fieldError('validation_failed', paths.id, 'not_found', 'field.person.not_found');
  }
  if (row.mergedIntoId !== null) throw fieldError('rule_violation', paths.id, 'merged', 'field.person.merged');
  return row;
}

/**
 * Creates a household with its head, an existing person or one registered in the same request.
 * @throws AppError forbidden, validation_failed, conflict (headPerson.nationalId taken), rule_violation.
 */
export async function createHousehold(ctx: ServiceContext, body: CreateHouseholdBody): Promise<Household> {
  assertAllowed(canUseRegister(ctx.actor.role));
  try {
    return await ctx.transaction(async (tx) => {
      const head = await resolvePerson(ctx, tx, { personId: body.headPersonId, person: body.headPerson }, { id: 'headPersonId', person: 'headPerson' });
      const row = await repo.insertHousehold(tx, { municipalityId: ctx.actor.municipalityId, id: randomUUID(), headPersonId: head.id, createdAt: ctx.clock.now() });
      await repo.upsertMember(tx, {
        municipalityId: ctx.actor.municipalityId,
        householdId: row.id,
        personId: head.id,
        relation: 'applicant',
        grossAnnualIncome: body.grossAnnualIncome ?? null,
        joinedOn: body.joinedOn ?? todayOf(ctx),
      });
      await recordEvent(tx, ctx, { type: 'household.created', subjectType: 'household', subjectId: row.id, data: { headPersonId: head.id } });
      return presentHousehold(ctx, tx, row);
    });
  } catch (error) {
    throw asNationalIdConflict(error, 'headPerson.');
  }
}

/** A household with its members; the read is written to the access log. @throws AppError forbidden, not_found. */
export async function getHousehold(ctx: ServiceContext, id: string): Promise<Household> {
  assertAllowed(canUseRegister(ctx.actor.role));
  return ctx.transaction(async (tx) => {
    const row = await getVisibleHousehold(ctx, tx, id);
    await logAccess(tx, ctx, { subjectType: 'household', subjectId: id, purpose: 'household.view' });
    return presentHousehold(ctx, tx, row);
  });
}

/**
 * Adds a member (existing or new); a former member comes back with the new relation.
 * @throws AppError forbidden, not_found, validation_failed, conflict (already a member, or person.nationalId taken).
 */
export async function addMember(ctx: ServiceContext, id: string, body: AddMemberBody): Promise<Household> {
  assertAllowed(canUseRegister(ctx.actor.role));
  try {
    return await ctx.transaction(async (tx) => {
      const household = await getVisibleHousehold(ctx, tx, id);
      const person = await resolvePerson(ctx, tx, body, { id: 'personId', person: 'person' });
      const existing = await repo.findMember(tx, ctx.actor.municipalityId, id, person.id);
      if (existing && repo.isCurrentMember(existing, todayOf(ctx))) {
        throw fieldError('conflict', 'personId', 'already_member', 'field.person.already_member');
      }
      await repo.upsertMember(tx, {
        municipalityId: ctx.actor.municipalityId,
        householdId: id,
        personId: person.id,
        relation: body.relation,
        grossAnnualIncome: body.grossAnnualIncome ?? null,
        joinedOn: body.joinedOn ?? todayOf(ctx),
      });
      await recordEvent(tx, ctx, {
        type: 'household.member_added',
        subjectType: 'household',
        subjectId: id,
        // Income is named, not valued: the amount lives on the row and in each decision's inputs.
        data: { personId: person.id, relation: body.relation, fields: body.grossAnnualIncome != null ? ['grossAnnualIncome'] : [] },
      });
      return presentHousehold(ctx, tx, household);
    });
  } catch (error) {
    throw asNationalIdConflict(error, 'person.');
  }
}

/**
 * Changes a current member's relation or income. The head's relation stays `applicant`.
 * @throws AppError forbidden, not_found, rule_violation.
 */
export async function updateMember(ctx: ServiceContext, id: string, personId: string, body: UpdateMemberBody): Promise<Household> {
  assertAllowed(canUseRegister(ctx.actor.role));
  return ctx.transaction(async (tx) => {
    const household = await getVisibleHousehold(ctx, tx, id);
    const member = await repo.findMember(tx, ctx.actor.municipalityId, id, personId);
    if (!member || !repo.isCurrentMember(member, todayOf(ctx))) throw notFound();
    if (body.relation !== undefined && personId === household.headPersonId) {
      throw fieldError('rule_violation', 'relation', 'head_of_household', 'field.person.head_of_household');
    }
    const changes = {
      ...(body.relation !== undefined && body.relation !== member.relation ? { relation: body.relation } : {}),
      ...(body.grossAnnualIncome !== undefined && body.grossAnnualIncome !== member.grossAnnualIncome ? { grossAnnualIncome: body.grossAnnualIncome } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await repo.updateMember(tx, ctx.actor.municipalityId, id, personId, changes);
      await recordEvent(tx, ctx, {
        type: 'household.member_updated',
        subjectType: 'household',
        subjectId: id,
        data: {
          personId,
          fields: Object.keys(changes),
          ...(changes.relation ? { relation: { from: member.relation, to: changes.relation } } : {}),
        },
      });
    }
    return presentHousehold(ctx, tx, household);
  });
}

/**
 * Ends a membership (today unless `leftOn` is given); the row stays as history.
 * The head cannot leave their own household. @throws AppError forbidden, not_found, rule_violation, validation_failed.
 */
export async function removeMember(ctx: ServiceContext, id: string, personId: string, body: RemoveMemberBody): Promise<Household> {
  assertAllowed(canUseRegister(ctx.actor.role));
  return ctx.transaction(async (tx) => {
    const household = await getVisibleHousehold(ctx, tx, id);
    const today = todayOf(ctx);
    const member = await repo.findMember(tx, ctx.actor.municipalityId, id, personId);
    if (!member || !repo.isCurrentMember(member, today)) throw notFound();
    if (personId === household.headPersonId) throw fieldError('rule_violation', 'personId', 'head_of_household', 'field.person.head_of_household');
    const leftOn = body.leftOn ?? today;
    if (member.joinedOn !== null && leftOn < member.joinedOn) throw fieldError('validation_failed', 'leftOn', 'before_start', 'field.person.end_before_start');
    await repo.updateMember(tx, ctx.actor.municipalityId, id, personId, { leftOn });
    await recordEvent(tx, ctx, {
      type: 'household.member_removed',
      subjectType: 'household',
      subjectId: id,
      ...(body.reason ? { reason: body.reason } : {}),
      data: { personId, leftOn },
    });
    return presentHousehold(ctx, tx, household);
  });
}
