import type { AddNoteBody, CaseNote } from '../../../contracts/cases.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { getVisibleCase } from './case-access.js';
import * as records from './case-records.repo.js';
import { assertCaseArea, maySeeNote } from './cases.policy.js';
import * as repo from './cases.repo.js';
import { presentNote } from './records.present.js';

/**
 * Adds a note to a case the actor may see. A role may only write notes it would be allowed to
 * read: a NAV adviser cannot file a health note it could not see afterwards.
 * @throws AppError forbidden, not_found, rule_violation (field `sensitivity`).
 */
export async function addNote(ctx: ServiceContext, caseId: string, body: AddNoteBody): Promise<CaseNote> {
  assertCaseArea(ctx.actor);
  if (!maySeeNote(ctx.actor.role, body.sensitivity)) {
    throw new AppError('rule_violation', 'error.rule_violation', [
      { path: 'sensitivity', code: 'sensitivity_not_allowed', messageKey: 'field.sensitivity_not_allowed' },
    ]);
  }
  return ctx.transaction(async (tx) => {
    const { municipalityId, userId } = ctx.actor;
    const kase = await getVisibleCase(ctx, tx, caseId);
    const note = await records.insertNote(tx, { municipalityId, caseId: kase.id, body: body.body, sensitivity: body.sensitivity, createdBy: userId });
    // The body is not copied into the audit log: the note is the record, the event says that it was written.
    await recordEvent(tx, ctx, { type: 'note.added', subjectType: 'case', subjectId: kase.id, data: { noteId: note.id, sensitivity: note.sensitivity } });
    return presentNote(note, await repo.staffByIds(tx, municipalityId, [userId]));
  });
}
