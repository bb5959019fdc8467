import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Language } from '../../../contracts/common.js';
import type { CaseSummary } from '../../../contracts/cases.js';
import { householdMember, housingCase } from '../../../db/schema/index.js';
import { canUsePersonRegister } from '../../../domain/access/person-access.js';
import type { ServiceContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { getVisiblePerson } from '../people/access.js';
import { todayOf } from './case-access.js';
import { presentCaseSummary } from './cases.present.js';
import { maySeeCase } from './cases.policy.js';
import * as repo from './cases.repo.js';

/**
 * The cases of a person — as the case's main person or as a current member of the case's
 * household — that the actor may see, newest first. A person the actor may not see is
 * not_found (people area's rule); cases the actor may not see are left out.
 * @throws AppError forbidden for roles without the person register, not_found.
 */
export async function listPersonCases(ctx: ServiceContext, personId: string, language: Language): Promise<CaseSummary[]> {
  if (!canUsePersonRegister(ctx.actor.role)) throw forbidden();
  return ctx.transaction(async (tx) => {
    const { survivor } = await getVisiblePerson(ctx, tx, personId);
    const { municipalityId } = ctx.actor;
    const households = tx
      .select({ id: householdMember.householdId })
      .from(householdMember)
      .where(and(eq(householdMember.municipalityId, municipalityId), eq(householdMember.personId, survivor.id), isNull(householdMember.leftOn)));
    const rows = await tx
      .select()
      .from(housingCase)
      .where(and(eq(housingCase.municipalityId, municipalityId), or(eq(housingCase.personId, survivor.id), inArray(housingCase.householdId, households))))
      .orderBy(desc(housingCase.receivedOn), desc(housingCase.caseNumber));
    const consents = await repo.listConsents(tx, municipalityId, [...new Set(rows.map((r) => r.personId))]);
    const today = todayOf(ctx);
    const visible = rows.filter((row) => maySeeCase(ctx.actor.role, row.caseType, consents.filter((c) => c.personId === row.personId), today));
    const staff = await repo.staffByIds(tx, municipalityId, visible.map((r) => r.assignedToId));
    return visible.map((row) => presentCaseSummary(row, staff, language));
  });
}
