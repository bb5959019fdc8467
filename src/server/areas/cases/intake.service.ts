import type { IntakeBody, IntakeResult } from '../../../contracts/cases.js';
import type { Language } from '../../../contracts/common.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { findLegalBasis } from '../../../domain/letters/legal-basis.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { todayOf } from './case-access.js';
import { assertCaseArea, mayHandleCase } from './cases.policy.js';
import { presentCaseSummary } from './cases.present.js';
import * as repo from './cases.repo.js';
import * as people from './people-facts.repo.js';

type FieldProblem = { path: string; code: string; messageKey: MessageKey };
const problem = (path: string, code: string): FieldProblem => ({ path, code, messageKey: `field.${code}` as MessageKey });

/** Checks that need the database: the household, the person, the assignee and the district codes. */
async function checkReferences(ctx: ServiceContext, tx: Tx, body: IntakeBody, today: string) {
  const { municipalityId } = ctx.actor;
  const problems: FieldProblem[] = [];
  if (body.receivedOn > today) problems.push(problem('receivedOn', 'in_future'));
  // Husly's legal references start with boligsosial lov (1 July 2023); an older request has no basis to open under.
  body.cases.forEach((c, i) => {
    if (!findLegalBasis(c.caseType, body.receivedOn)) problems.push(problem(`cases.${i}.caseType`, 'not_applicable'));
  });

  const household = await people.findHousehold(tx, municipalityId, body.householdId);
  if (!household) problems.push(problem('householdId', 'not_found'));
  let personId = household?.headPersonId;
  if (household && body.personId !== undefined && body.personId !== household.headPersonId) {
    const members = await people.listMembers(tx, municipalityId, household.id, today);
    if (members.some((m) => m.personId === body.personId)) personId = body.personId;
    else problems.push(problem('personId', 'not_in_household'));
  }

  const assignedToId = body.assignedToId ?? ctx.actor.userId;
  if (body.assignedToId !== undefined) {
    const assignee = (await repo.staffByIds(tx, municipalityId, [assignedToId])).get(assignedToId);
    const fit = assignee?.active === true && body.cases.every((c) => mayHandleCase(assignee.role as typeof ctx.actor.role, c.caseType));
    if (!fit) problems.push(problem('assignedToId', 'invalid_value'));
  }

  const districts = await repo.districtCodes(tx, municipalityId);
  body.application.areaWishes.forEach((code, i) => {
    if (!districts.has(code)) problems.push(problem(`application.areaWishes.${i}`, 'invalid_value'));
    else if (body.application.areaWishes.indexOf(code) !== i) problems.push(problem(`application.areaWishes.${i}`, 'duplicate'));
  });

  if (problems.length > 0 || personId === undefined) throw new AppError('validation_failed', 'error.validation_failed', problems);
  return { personId, assignedToId };
}

/**
 * Registers one request for help (henvendelse) and opens a case for each requested case type,
 * each with the next case number of the year and the legal basis in force on the day received.
 * The registering caseworker is assigned unless another is named.
 * @throws AppError forbidden (a case type the role may not handle, field `cases.N.caseType`),
 *   validation_failed (unknown household or district, person outside the household, date ahead, duplicates).
 */
export async function registerIntake(ctx: ServiceContext, body: IntakeBody, language: Language): Promise<IntakeResult> {
  assertCaseArea(ctx.actor);
  const typeProblems = body.cases.flatMap((c, i) => (mayHandleCase(ctx.actor.role, c.caseType) ? [] : [problem(`cases.${i}.caseType`, 'case_type_not_allowed')]));
  if (typeProblems.length > 0) throw new AppError('forbidden', 'error.forbidden', typeProblems);
  const duplicates = body.cases.flatMap((c, i) => (body.cases.findIndex((o) => o.caseType === c.caseType) !== i ? [problem(`cases.${i}.caseType`, 'duplicate')] : []));
  if (duplicates.length > 0) throw new AppError('validation_failed', 'error.validation_failed', duplicates);

  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const { municipalityId, userId } = ctx.actor;
    const { personId, assignedToId } = await checkReferences(ctx, tx, body, today);
    const request = await repo.insertHelpRequest(tx, {
      municipalityId,
      householdId: body.householdId,
      receivedOn: body.receivedOn,
      channel: body.channel,
      summary: body.summary,
      createdBy: userId,
    });
    // Case numbers carry the year of registration (journal practice), not of receipt.
    const year = Number(today.slice(0, 4));
    const rows: repo.CaseRow[] = [];
    for (const opening of body.cases) {
      const caseNumber = formatCaseNumber(year, await repo.nextCaseNumber(tx, municipalityId, year));
      const basis = findLegalBasis(opening.caseType, body.receivedOn);
      if (!basis) throw new Error('legal basis checked above');
      const row = await repo.insertCase(tx, {
        municipalityId,
        caseNumber,
        requestId: request.id,
        householdId: body.householdId,
        personId,
        caseType: opening.caseType,
        rentalKind: opening.rentalKind ?? null,
        status: 'received',
        receivedOn: body.receivedOn,
        assignedToId,
        legalBasisVersion: basis.id,
        housingSituation: body.application.housingSituation,
        needCategory: body.application.needCategory,
        application: body.application,
      });
      await recordEvent(tx, ctx, {
        type: 'case.received',
        subjectType: 'case',
        subjectId: row.id,
        data: { caseNumber, caseType: row.caseType, rentalKind: row.rentalKind, channel: body.channel, receivedOn: body.receivedOn, helpRequestId: request.id },
      });
      rows.push(row);
    }
    const staff = await repo.staffByIds(tx, municipalityId, [assignedToId]);
    return { helpRequestId: request.id, cases: rows.map((r) => presentCaseSummary(r, staff, language)) };
  });
}
