import type { PersonSearchQuery, PersonSearchResult } from '../../../contracts/people.js';
import { logAccess } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { todayOf, visiblePersonIds } from './access.js';
import * as householdsRepo from './households.repo.js';
import { assertAllowed, canUseRegister } from './people.policy.js';
import { presentSummary } from './people.present.js';
import * as repo from './people.repo.js';

/** Candidates fetched per round before the access filter; rounds stop at MAX_ROUNDS (then "narrow the search"). */
const BATCH = 200;
const MAX_ROUNDS = 10;

/** An 11-digit number (spaces allowed) is a national id, 2026-000123 a case number, anything else a name. */
export function parsePersonQuery(q: string): repo.PersonQuery {
  const compact = q.replace(/\s+/g, '');
  if (/^\d{11}$/.test(compact)) return { kind: 'nationalId', value: compact };
  if (/^\d{4}-\d{6}$/.test(compact)) return { kind: 'caseNumber', value: compact };
  return { kind: 'name', words: q.split(/\s+/).filter((w) => w.length > 0) };
}

/**
 * Finds persons by name, national id or case number, limited to those the actor may see;
 * never an address, national ids masked. Every person returned is written to the access
 * log with purpose `person.search` (a result line is a look-up of that person).
 * @throws AppError forbidden for roles without the person register.
 */
export async function searchPersons(ctx: ServiceContext, query: PersonSearchQuery): Promise<PersonSearchResult> {
  assertAllowed(canUseRegister(ctx.actor.role));
  const parsed = parsePersonQuery(query.q);
  const m = ctx.actor.municipalityId;
  return ctx.transaction(async (tx) => {
    const found: repo.PersonRow[] = [];
    let exhausted = false;
    for (let round = 0; found.length <= query.limit && round < MAX_ROUNDS && !exhausted; round += 1) {
      const batch = await repo.searchPersons(tx, m, parsed, { limit: BATCH, offset: round * BATCH });
      exhausted = batch.length < BATCH;
      const visible = await visiblePersonIds(ctx, tx, batch.map((p) => p.id));
      found.push(...batch.filter((p) => visible.has(p.id)));
    }
    const items = found.slice(0, query.limit);
    const households = await householdsRepo.currentHouseholdOf(tx, m, items.map((p) => p.id), todayOf(ctx));
    for (const p of items) await logAccess(tx, ctx, { subjectType: 'person', subjectId: p.id, purpose: 'person.search' });
    return { items: items.map((p) => presentSummary(p, households.get(p.id) ?? null)), hasMore: found.length > query.limit || !exhausted };
  });
}
