import { consentInForce } from '../../../domain/access/person-access.js';
import { CASE_TYPES, CONSENT_RECIPIENTS, type CaseType, type ConsentRecipient } from '../../../domain/cases/case-types.js';
import { osloDate } from '../../../domain/deadlines/index.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import * as accessRepo from './access.repo.js';
import * as householdsRepo from './households.repo.js';
import { canSeePerson, canUseRegister, type PersonAccessFacts } from './people.policy.js';
import * as repo from './people.repo.js';

/**
 * Record-level access for persons and households: gathers the facts (cases, consents in
 * force today) and asks the pure policy. A record the actor may not see is `not_found`,
 * exactly as one that does not exist (docs/adr/0004).
 */


const isCaseType = (v: string): v is CaseType => (CASE_TYPES as readonly string[]).includes(v);
const isRecipient = (v: string): v is ConsentRecipient => (CONSENT_RECIPIENTS as readonly string[]).includes(v);

/** Recipients each person has a consent in force to today. */
async function consentsInForceBy(tx: Tx, municipalityId: number, personIds: readonly string[], today: string) {
  const result = new Map<string, ConsentRecipient[]>();
  for (const c of await accessRepo.listConsentFacts(tx, municipalityId, [...new Set(personIds)])) {
    const withdrawnOn = c.withdrawnAt ? osloDate(c.withdrawnAt) : null;
    if (!isRecipient(c.recipient) || !consentInForce({ validFrom: c.validFrom, validTo: c.validTo, withdrawnOn }, today)) continue;
    result.set(c.personId, [...(result.get(c.personId) ?? []), c.recipient]);
  }
  return result;
}

function factsFor(subjectId: string, ownConsentsOf: string, cases: readonly accessRepo.CaseFact[], consents: Map<string, ConsentRecipient[]>): PersonAccessFacts {
  return {
    cases: cases
      .filter((c) => c.subjectId === subjectId && isCaseType(c.caseType))
      .map((c) => ({ caseType: c.caseType as CaseType, consentsInForce: consents.get(c.casePersonId) ?? [] })),
    consentsInForce: consents.get(ownConsentsOf) ?? [],
  };
}

/** The subset of `personIds` the actor may see today. */
export async function visiblePersonIds(ctx: ServiceContext, tx: Tx, personIds: readonly string[]): Promise<Set<string>> {
  const { role, municipalityId } = ctx.actor;
  if (role === 'caseworker') return new Set(personIds);
  if (!canUseRegister(role)) return new Set();
  const today = todayOf(ctx);
  const cases = await accessRepo.listCasesInvolving(tx, municipalityId, personIds, today);
  const consents = await consentsInForceBy(tx, municipalityId, [...personIds, ...cases.map((c) => c.casePersonId)], today);
  return new Set(personIds.filter((id) => canSeePerson(role, factsFor(id, id, cases, consents))));
}

/** The person a merged record now lives on (itself when not merged). */
export async function survivorOf(ctx: ServiceContext, tx: Tx, row: repo.PersonRow): Promise<repo.PersonRow> {
  let current = row;
  for (let hops = 0; current.mergedIntoId !== null && hops < 20; hops += 1) {
    const next = await repo.findPerson(tx, ctx.actor.municipalityId, current.mergedIntoId);
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * A person the actor may see, with the survivor when the record was merged (access is
 * decided on the survivor, which now holds the cases and consents).
 * @throws AppError not_found when the person does not exist here or may not be seen.
 */
export async function getVisiblePerson(ctx: ServiceContext, tx: Tx, id: string): Promise<{ row: repo.PersonRow; survivor: repo.PersonRow }> {
  const row = await repo.findPerson(tx, ctx.actor.municipalityId, id);
  if (!row) throw notFound();
  const survivor = await survivorOf(ctx, tx, row);
  if (!(await visiblePersonIds(ctx, tx, [survivor.id])).has(survivor.id)) throw notFound();
  return { row, survivor };
}

/**
 * A household the actor may see: the caseworker any; NAV and the follow-up team one with a
 * case they may see, or whose head has consented to their agency.
 * @throws AppError not_found otherwise.
 */
export async function getVisibleHousehold(ctx: ServiceContext, tx: Tx, id: string): Promise<householdsRepo.HouseholdRow> {
  const { role, municipalityId } = ctx.actor;
  const row = await householdsRepo.findHousehold(tx, municipalityId, id);
  if (!row) throw notFound();
  if (role === 'caseworker') return row;
  const cases = await accessRepo.listCasesOfHouseholds(tx, municipalityId, [id]);
  const consents = await consentsInForceBy(tx, municipalityId, [row.headPersonId, ...cases.map((c) => c.casePersonId)], todayOf(ctx));
  if (!canSeePerson(role, factsFor(id, row.headPersonId, cases, consents))) throw notFound();
  return row;
}

export { todayOf };
