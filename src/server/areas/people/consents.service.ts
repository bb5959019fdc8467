import type { Consent, CreateConsentBody, WithdrawConsentBody } from '../../../contracts/people.js';
import type { ConsentRecipient } from '../../../domain/cases/case-types.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { getVisiblePerson, todayOf } from './access.js';
import * as repo from './consents.repo.js';
import { assertAllowed, canRegisterConsent, canUseRegister, canWithdrawConsent } from './people.policy.js';
import { presentConsent } from './people.present.js';

/**
 * Consents (samtykke, fvl. § 13a nr. 1) to share a person's information with another agency.
 * A consent in force to NAV or to the follow-up team opens the person's record to that role
 * (people.policy.ts); a withdrawal takes effect at once, on the next request.
 */

/** A person's consents, in force or not; the read is written to the access log. @throws AppError forbidden, not_found. */
export async function listConsents(ctx: ServiceContext, personId: string): Promise<{ items: Consent[] }> {
  assertAllowed(canUseRegister(ctx.actor.role));
  return ctx.transaction(async (tx) => {
    const { survivor } = await getVisiblePerson(ctx, tx, personId);
    await logAccess(tx, ctx, { subjectType: 'person', subjectId: survivor.id, purpose: 'person.consents' });
    const today = todayOf(ctx);
    return { items: (await repo.listConsents(tx, ctx.actor.municipalityId, survivor.id)).map((c) => presentConsent(c, today)) };
  });
}

/**
 * Registers a consent given by the person. Caseworker only (people.policy.ts canRegisterConsent).
 * @throws AppError forbidden, not_found, validation_failed (validTo before validFrom).
 */
export async function registerConsent(ctx: ServiceContext, personId: string, body: CreateConsentBody): Promise<Consent> {
  assertAllowed(canRegisterConsent(ctx.actor.role));
  if (body.validTo && body.validTo < body.validFrom) {
    throw new AppError('validation_failed', 'error.validation_failed', [{ path: 'validTo', code: 'before_start', messageKey: 'field.person.end_before_start' }]);
  }
  return ctx.transaction(async (tx) => {
    // A merged record's consents live on the survivor.
    const { survivor: row } = await getVisiblePerson(ctx, tx, personId);
    const created = await repo.insertConsent(tx, {
      municipalityId: ctx.actor.municipalityId,
      personId: row.id,
      recipient: body.recipient,
      purpose: body.purpose,
      scope: body.scope,
      validFrom: body.validFrom,
      validTo: body.validTo ?? null,
      givenInWriting: body.givenInWriting,
      createdAt: ctx.clock.now(),
    });
    await recordEvent(tx, ctx, {
      type: 'consent.registered',
      subjectType: 'person',
      subjectId: row.id,
      data: { consentId: created.id, recipient: created.recipient, validFrom: created.validFrom, validTo: created.validTo },
    });
    return presentConsent(created, todayOf(ctx));
  });
}

/**
 * Withdraws a consent now (withdrawnAt = the request's time): access that rested on it ends
 * with this transaction. @throws AppError forbidden (role or another agency's consent),
 * not_found, conflict (already withdrawn).
 */
export async function withdrawConsent(ctx: ServiceContext, personId: string, consentId: string, body: WithdrawConsentBody): Promise<Consent> {
  assertAllowed(canUseRegister(ctx.actor.role));
  return ctx.transaction(async (tx) => {
    const { survivor } = await getVisiblePerson(ctx, tx, personId);
    const found = await repo.findConsent(tx, ctx.actor.municipalityId, survivor.id, consentId);
    if (!found) throw notFound();
    assertAllowed(canWithdrawConsent(ctx.actor.role, found.recipient as ConsentRecipient));
    if (found.withdrawnAt !== null) throw new AppError('conflict', 'error.person.consent_already_withdrawn');
    const withdrawn = (await repo.withdrawConsent(tx, ctx.actor.municipalityId, found.id, ctx.clock.now(), body.note ?? null)) ?? found;
    await recordEvent(tx, ctx, {
      type: 'consent.withdrawn',
      subjectType: 'person',
      subjectId: survivor.id,
      data: { consentId: found.id, recipient: found.recipient },
    });
    return presentConsent(withdrawn, todayOf(ctx));
  });
}
