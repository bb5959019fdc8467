import { canSeeFollowup, type FollowupAccessFacts } from '../../../domain/access/followup-access.js';
import { consentInForce } from '../../../domain/access/person-access.js';
import { CONSENT_RECIPIENTS, type ConsentRecipient } from '../../../domain/cases/case-types.js';
import { osloDate } from '../../../domain/deadlines/calendar.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { listConsentFacts } from '../people/access.repo.js';
import * as repo from './followup.repo.js';

/**
 * Record-level access to follow-up plans: gathers the facts — the consents of each household's
 * head in force today, read in the request's own transaction, so a consent withdrawn a moment ago
 * already counts — and asks the pure rule (domain/access/followup-access.ts). A plan or household
 * the actor may not see is `not_found`, exactly as one that does not exist (docs/adr/0004).
 */

const isRecipient = (v: string): v is ConsentRecipient => (CONSENT_RECIPIENTS as readonly string[]).includes(v);

/** Recipients each person has a consent in force to today. */
export async function consentsInForceOf(tx: Tx, municipalityId: number, personIds: readonly string[], today: string): Promise<Map<string, ConsentRecipient[]>> {
  const result = new Map<string, ConsentRecipient[]>();
  for (const c of await listConsentFacts(tx, municipalityId, [...new Set(personIds)])) {
    const withdrawnOn = c.withdrawnAt ? osloDate(c.withdrawnAt) : null;
    if (!isRecipient(c.recipient) || !consentInForce({ validFrom: c.validFrom, validTo: c.validTo, withdrawnOn }, today)) continue;
    result.set(c.personId, [...(result.get(c.personId) ?? []), c.recipient]);
  }
  return result;
}

export interface VisiblePlans {
  plans: repo.PlanRow[];
  households: Map<string, repo.HouseholdFact>;
  /** The access facts of each visible plan, by plan id. */
  facts: Map<string, FollowupAccessFacts>;
}

/** The plans among `rows` the actor may see, with their households' facts. */
export async function filterVisiblePlans(ctx: ServiceContext, tx: Tx, rows: readonly repo.PlanRow[]): Promise<VisiblePlans> {
  const { municipalityId, userId, role } = ctx.actor;
  const today = todayOf(ctx);
  const households = await repo.householdFacts(tx, municipalityId, rows.map((p) => p.householdId), today);
  const heads = [...households.values()].map((h) => h.headPersonId);
  const consents = role === 'caseworker' ? new Map<string, ConsentRecipient[]>() : await consentsInForceOf(tx, municipalityId, heads, today);
  const facts = new Map<string, FollowupAccessFacts>();
  const plans = rows.filter((plan) => {
    const head = households.get(plan.householdId)?.headPersonId;
    const f: FollowupAccessFacts = { consentsInForce: (head && consents.get(head)) || [], isResponsibleWorker: plan.responsibleWorkerId === userId };
    if (!canSeeFollowup(role, f)) return false;
    facts.set(plan.id, f);
    return true;
  });
  return { plans, households, facts };
}

/**
 * One plan the actor may see, with its household and access facts.
 * @throws AppError not_found when it does not exist here or may not be seen.
 */
export async function getVisiblePlan(ctx: ServiceContext, tx: Tx, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repo.findPlan(tx, ctx.actor.municipalityId, id, options);
  if (!row) throw notFound();
  const visible = await filterVisiblePlans(ctx, tx, [row]);
  const household = visible.households.get(row.householdId);
  const facts = visible.facts.get(row.id);
  if (!household || !facts) throw notFound();
  return { plan: row, household, facts };
}

/**
 * The access facts for a household that has no plan yet (the actor is nobody's responsible worker).
 * @throws AppError not_found when the household does not exist here or may not be seen.
 */
export async function getVisibleHousehold(ctx: ServiceContext, tx: Tx, householdId: string) {
  const { municipalityId, role } = ctx.actor;
  const row = await repo.findHousehold(tx, municipalityId, householdId, { forUpdate: true });
  if (!row) throw notFound();
  const consents = await consentsInForceOf(tx, municipalityId, [row.headPersonId], todayOf(ctx));
  const facts: FollowupAccessFacts = { consentsInForce: consents.get(row.headPersonId) ?? [], isResponsibleWorker: false };
  if (!canSeeFollowup(role, facts)) throw notFound();
  return { household: row, facts };
}
