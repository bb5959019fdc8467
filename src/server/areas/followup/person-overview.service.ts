import { SHARING_OVERVIEW_READS, type SharingOverview } from '../../../contracts/followup.js';
import { logAccess } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { survivorOf } from '../people/access.js';
import * as accessRepo from '../people/access.repo.js';
import * as consentsRepo from '../people/consents.repo.js';
import { assertAllowed, canReadPersonAccessLog } from '../people/people.policy.js';
import { presentConsent } from '../people/people.present.js';
import * as peopleRepo from '../people/people.repo.js';
import { listReads } from './person-overview.repo.js';

/**
 * The person's own overview (innsyn, GDPR art. 15; issue 6 § 6): every consent to share their
 * information — in force or not, with recipient, purpose, dates and withdrawal — and who has read
 * their file: when, the reader's name and role, and why. For the caseworker to show or print for
 * the person; the housing office answers such requests (people.policy.ts canReadPersonAccessLog).
 * A merged record is answered for the record it was merged into, with the reads of both. The
 * overview is itself a read of the person and is logged (after the query, so it shows next time).
 * @throws AppError forbidden (not a caseworker), not_found.
 */
export async function getSharingOverview(ctx: ServiceContext, personId: string): Promise<SharingOverview> {
  assertAllowed(canReadPersonAccessLog(ctx.actor.role));
  const m = ctx.actor.municipalityId;
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const row = await peopleRepo.findPerson(tx, m, personId);
    if (!row) throw notFound();
    const person = await survivorOf(ctx, tx, row);
    const personIds = [person.id, ...(await peopleRepo.listMergedInto(tx, m, person.id))];
    const consents: consentsRepo.ConsentRow[] = [];
    for (const id of personIds) consents.push(...(await consentsRepo.listConsents(tx, m, id)));
    consents.sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.createdAt.getTime() - b.createdAt.getTime());
    const related = await accessRepo.listRelatedSubjects(tx, m, personIds);
    const reads = await listReads(tx, m, { personIds, ...related }, SHARING_OVERVIEW_READS);
    await logAccess(tx, ctx, { subjectType: 'person', subjectId: person.id, purpose: 'person.sharing_overview' });
    return {
      person: { id: person.id, givenName: person.givenName, familyName: person.familyName },
      generatedAt: ctx.clock.now().toISOString(),
      consents: consents.map((c) => {
        const { id, recipient, purpose, scope, validFrom, validTo, givenInWriting, withdrawnAt, inForce } = presentConsent(c, today);
        return { id, recipient, purpose, scope, validFrom, validTo, givenInWriting, withdrawnAt, inForce };
      }),
      reads: reads.items.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })),
      totalReads: reads.total,
    };
  });
}
