import type { ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { readCase } from './case-access.js';
import * as records from './case-records.repo.js';
import { assertCaseArea } from './cases.policy.js';

/** A sent letter's HTML, as it was sent; the read is logged. @throws AppError forbidden, not_found. */
export async function getLetterHtml(ctx: ServiceContext, caseId: string, letterId: string): Promise<string> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const kase = await readCase(ctx, tx, caseId, 'case.letter.view');
    const row = await records.findLetter(tx, ctx.actor.municipalityId, kase.id, letterId);
    if (!row) throw notFound();
    return row.html;
  });
}
