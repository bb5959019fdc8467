import type { PersonAccessLog, PersonAccessLogQuery } from '../../../contracts/people.js';
import { logAccess } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import * as accessRepo from './access.repo.js';
import { assertAllowed, canReadPersonAccessLog } from './people.policy.js';
import * as repo from './people.repo.js';

/**
 * "Who has read this person's file" (GDPR art. 15): reads of the person — and of records
 * merged into it — of the households they belong or belonged to, of their cases and the cases' documents.
 * The answer is itself a read of the person and is logged (after the query, so it shows
 * the next time). @throws AppError forbidden (not a caseworker), not_found.
 */
export async function listPersonAccessLog(ctx: ServiceContext, personId: string, query: PersonAccessLogQuery): Promise<PersonAccessLog> {
  assertAllowed(canReadPersonAccessLog(ctx.actor.role));
  const m = ctx.actor.municipalityId;
  return ctx.transaction(async (tx) => {
    const row = await repo.findPerson(tx, m, personId);
    if (!row) throw notFound();
    const personIds = [row.id, ...(await repo.listMergedInto(tx, m, row.id))];
    const related = await accessRepo.listRelatedSubjects(tx, m, personIds);
    const { items, total } = await accessRepo.listAccessFor(tx, m, { personIds, ...related }, query);
    await logAccess(tx, ctx, { subjectType: 'person', subjectId: row.id, purpose: 'person.access_log' });
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
      })),
    };
  });
}
