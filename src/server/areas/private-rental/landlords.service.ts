import type { Agreement, ContactList, CreateAgreementBody, CreateLandlordBody, LandlordDetail, LandlordList, UpdateLandlordBody } from '../../../contracts/private-rental.js';
import { checkAgreement, checkLandlord, ownsDwelling } from '../../../domain/private-rental/index.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import * as repo from './landlords.repo.js';
import * as helps from './lease-help.repo.js';
import { presentAgreement, presentHelp, presentLandlord } from './private-rental.present.js';
import { assertAllowed, canUsePrivateRental, CONTACT_ROLES } from './private-rental.policy.js';
import { problem, problemsOf, throwIfProblems } from './problems.js';

/**
 * The landlord register and the agreements (Sandnes' benefits package). The dwellings leased from
 * a landlord are found in the dwelling register by organisation number, or by name for a person
 * (domain/private-rental/landlord.ts ownsDwelling).
 */

/** Every landlord with whether an agreement is in force, its leased dwellings and signed leases. @throws AppError forbidden. */
export async function listLandlords(ctx: ServiceContext): Promise<LandlordList> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const rows = await repo.listLandlords(tx, municipalityId);
    const agreements = await repo.listAgreements(tx, municipalityId, rows.map((r) => r.id));
    const dwellings = await repo.listPrivatelyLeasedDwellings(tx, municipalityId, today);
    const signed = await helps.signedByLandlord(tx, municipalityId);
    return {
      items: rows.map((r) => presentLandlord(r, { agreements, leasedDwellings: dwellings.filter((d) => ownsDwelling(r, d)).length, signedLeases: signed.get(r.id) ?? 0, today })),
    };
  });
}

async function loadLandlord(ctx: ServiceContext, tx: Tx, id: string, today: string): Promise<LandlordDetail> {
  const { municipalityId } = ctx.actor;
  const row = await repo.findLandlord(tx, municipalityId, id);
  if (!row) throw notFound();
  const agreements = await repo.listAgreements(tx, municipalityId, [id]);
  const dwellings = (await repo.listPrivatelyLeasedDwellings(tx, municipalityId, today)).filter((d) => ownsDwelling(row, d));
  const helped = await helps.listHelps(tx, municipalityId, { status: 'all', landlordId: id }, { limit: 200, offset: 0 });
  const settled = await helps.settlementDates(tx, municipalityId, helped.items.map((h) => h.householdId));
  return {
    landlord: presentLandlord(row, { agreements, leasedDwellings: dwellings.length, signedLeases: helped.items.filter((h) => h.status === 'signed').length, today }),
    agreements: agreements.map((a) => presentAgreement(a, today)),
    leasedDwellings: dwellings.map((d) => ({ id: d.id, address: d.address, districtName: d.districtName, bedrooms: d.bedrooms, monthlyRent: d.monthlyRent })),
    helps: helped.items.map((h) => presentHelp(h, settled.get(h.householdId) ?? [], today)),
  };
}

/**
 * One landlord: agreements, the dwellings leased from it, and the households helped into a lease
 * with it. A list of households on a landlord's page is not logged household by household (docs/adr/0006).
 * @throws AppError forbidden, not_found.
 */
export async function getLandlord(ctx: ServiceContext, id: string): Promise<LandlordDetail> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  return ctx.transaction((tx) => loadLandlord(ctx, tx, id, today));
}

/** Registers a landlord. @throws AppError forbidden, validation_failed (a company without an organisation number, a number with a wrong control digit). */
export async function createLandlord(ctx: ServiceContext, body: CreateLandlordBody): Promise<LandlordDetail> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const values = {
    kind: body.kind,
    name: body.name,
    orgNumber: body.orgNumber ?? null,
    contactName: body.contactName ?? null,
    phone: body.phone ?? null,
    email: body.email ?? null,
    note: body.note ?? null,
  };
  throwIfProblems(problemsOf(checkLandlord(values)));
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const row = await repo.insertLandlord(tx, { municipalityId: ctx.actor.municipalityId, ...values });
    await recordEvent(tx, ctx, { type: 'landlord.created', subjectType: 'landlord', subjectId: row.id, data: { kind: row.kind, name: row.name, orgNumber: row.orgNumber } });
    return loadLandlord(ctx, tx, row.id, today);
  });
}

/** Changes a landlord; the rules are checked on the result. @throws AppError forbidden, not_found, validation_failed. */
export async function updateLandlord(ctx: ServiceContext, id: string, body: UpdateLandlordBody): Promise<LandlordDetail> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findLandlord(tx, municipalityId, id, { forUpdate: true });
    if (!before) throw notFound();
    const changes: repo.LandlordChanges = Object.fromEntries(Object.entries(body).filter(([key, value]) => value !== undefined && before[key as keyof repo.LandlordChanges] !== value));
    throwIfProblems(problemsOf(checkLandlord({ ...before, ...changes })));
    if (Object.keys(changes).length > 0) {
      await repo.updateLandlord(tx, municipalityId, id, changes);
      const data = Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, { from: before[key as keyof repo.LandlordChanges], to: value }]));
      await recordEvent(tx, ctx, { type: 'landlord.updated', subjectType: 'landlord', subjectId: id, data });
    }
    return loadLandlord(ctx, tx, id, today);
  });
}

/**
 * Adds an agreement: rent guarantee (1–36 months), follow-up promise, the contact person (an
 * active NAV adviser, caseworker or follow-up worker), terms and period.
 * @throws AppError forbidden, not_found (landlord), validation_failed (months, period, contact person).
 */
export async function createAgreement(ctx: ServiceContext, landlordId: string, body: CreateAgreementBody): Promise<Agreement> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    if (!(await repo.findLandlord(tx, municipalityId, landlordId))) throw notFound();
    const terms = { rentGuarantee: body.rentGuarantee, guaranteeMonths: body.guaranteeMonths ?? null, validFrom: body.validFrom, validTo: body.validTo ?? null };
    const problems = problemsOf(checkAgreement(terms));
    const contact = await repo.findStaff(tx, municipalityId, body.contactPersonId);
    if (!contact || !contact.active || !(CONTACT_ROLES as readonly string[]).includes(contact.role)) problems.push(problem('contactPersonId', 'not_found'));
    throwIfProblems(problems);
    const row = await repo.insertAgreement(tx, { municipalityId, landlordId, ...terms, followupPromise: body.followupPromise, contactPersonId: body.contactPersonId, terms: body.terms, createdBy: userId });
    await recordEvent(tx, ctx, {
      type: 'landlord_agreement.created',
      subjectType: 'landlord',
      subjectId: landlordId,
      data: { agreementId: row.id, ...terms, followupPromise: row.followupPromise, contactPersonId: row.contactPersonId },
    });
    return presentAgreement({ ...row, contactName: contact?.name ?? '' }, today);
  });
}

/** Staff who may be a landlord's contact person. @throws AppError forbidden. */
export async function listContacts(ctx: ServiceContext): Promise<ContactList> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const rows = await ctx.transaction((tx) => repo.listContacts(tx, ctx.actor.municipalityId, CONTACT_ROLES));
  return { items: rows.map((r) => ({ id: r.id, name: r.name, role: r.role })) };
}
