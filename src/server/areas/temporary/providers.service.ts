import type { CreatePlaceBody, CreateProviderBody, Place, Provider, UpdatePlaceBody, UpdateProviderBody } from '../../../contracts/temporary.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { assessQuality, isValidOrgNumber } from '../../../domain/temporary/index.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import * as repo from './providers.repo.js';
import { assertAllowed, canKeepProviders, canReadTemporary } from './temporary.policy.js';
import { todayOf } from '../../platform/context.js';

/**
 * Providers of temporary accommodation and their places. A private overnight operator
 * (døgnovernattingssted) must have a contract — its terms and start date — as circular
 * U-5/2003's standard contract expects; the municipality's own emergency dwellings and other
 * providers may have one.
 */

type Problem = { path: string; code: string; messageKey: MessageKey };

export function presentPlace(row: repo.PlaceRow): Place {
  const checklist = { access24h: row.access24h, cooking: row.cooking, wcAndBath: row.wcAndBath, laundry: row.laundry };
  const forChildren = assessQuality(checklist, true);
  return { id: row.id, providerId: row.providerId, label: row.label, ...checklist, complete: forChildren.complete, missing: [...forChildren.missing], suitableForChildren: forChildren.meetsRequirement };
}

function presentProvider(row: repo.ProviderRow, places: readonly repo.PlaceRow[], activeStays: number, today: string): Provider {
  const hasContract = row.contractFrom !== null || row.contractTo !== null;
  const started = row.contractFrom === null || compareDates(row.contractFrom, today) <= 0;
  const notEnded = row.contractTo === null || compareDates(today, row.contractTo) <= 0;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    orgNumber: row.orgNumber,
    contractTerms: row.contractTerms,
    contractFrom: row.contractFrom,
    contractTo: row.contractTo,
    contractInForce: hasContract ? started && notEnded : null,
    nightShelter: row.nightShelter,
    places: places.filter((p) => p.providerId === row.id).map(presentPlace),
    activeStays,
    createdAt: row.createdAt.toISOString(),
  };
}

type ProviderFields = Pick<repo.ProviderRow, 'kind' | 'orgNumber' | 'contractTerms' | 'contractFrom' | 'contractTo'>;

/** The rules for a provider as it will be stored, all problems at once. */
function checkProvider(p: ProviderFields): Problem[] {
  const problems: Problem[] = [];
  if (p.orgNumber !== null && !isValidOrgNumber(p.orgNumber)) problems.push({ path: 'orgNumber', code: 'invalid_org_number', messageKey: 'field.temporary.invalid_org_number' });
  if (p.kind === 'private_overnight') {
    if (p.contractTerms === null) problems.push({ path: 'contractTerms', code: 'required', messageKey: 'field.temporary.contract_required' });
    if (p.contractFrom === null) problems.push({ path: 'contractFrom', code: 'required', messageKey: 'field.temporary.contract_required' });
  }
  if (p.contractFrom !== null && p.contractTo !== null && compareDates(p.contractTo, p.contractFrom) < 0) {
    problems.push({ path: 'contractTo', code: 'end_before_start', messageKey: 'field.temporary.end_before_start' });
  }
  return problems;
}

async function loadProvider(ctx: ServiceContext, tx: Tx, id: string, today: string): Promise<Provider> {
  const { municipalityId } = ctx.actor;
  const row = await repo.findProvider(tx, municipalityId, id);
  if (!row) throw notFound();
  const active = await repo.activeStaysByProvider(tx, municipalityId, today);
  return presentProvider(row, await repo.listPlaces(tx, municipalityId, [id]), active.get(id) ?? 0, today);
}

/** Every provider with its places and open stays. @throws AppError forbidden. */
export async function listProviders(ctx: ServiceContext): Promise<Provider[]> {
  assertAllowed(ctx.actor, canReadTemporary);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const rows = await repo.listProviders(tx, municipalityId);
    const places = await repo.listPlaces(tx, municipalityId, rows.map((r) => r.id));
    const active = await repo.activeStaysByProvider(tx, municipalityId, today);
    return rows.map((r) => presentProvider(r, places, active.get(r.id) ?? 0, today));
  });
}

/** One provider. @throws AppError forbidden, not_found. */
export async function getProvider(ctx: ServiceContext, id: string): Promise<Provider> {
  assertAllowed(ctx.actor, canReadTemporary);
  const today = todayOf(ctx);
  return ctx.transaction((tx) => loadProvider(ctx, tx, id, today));
}

/** Registers a provider. @throws AppError forbidden, validation_failed (org number, a private operator without a contract, contract dates). */
export async function createProvider(ctx: ServiceContext, body: CreateProviderBody): Promise<Provider> {
  assertAllowed(ctx.actor, canKeepProviders);
  const values = {
    kind: body.kind,
    orgNumber: body.orgNumber ?? null,
    contractTerms: body.contractTerms ?? null,
    contractFrom: body.contractFrom ?? null,
    contractTo: body.contractTo ?? null,
  };
  const problems = checkProvider(values);
  if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const row = await repo.insertProvider(tx, { municipalityId: ctx.actor.municipalityId, name: body.name, nightShelter: body.nightShelter ?? false, ...values });
    await recordEvent(tx, ctx, { type: 'temp_provider.created', subjectType: 'temp_provider', subjectId: row.id, data: { name: row.name, kind: row.kind, nightShelter: row.nightShelter } });
    return loadProvider(ctx, tx, row.id, today);
  });
}

/** Changes a provider; the rules are checked on the result. @throws AppError forbidden, not_found, validation_failed. */
export async function updateProvider(ctx: ServiceContext, id: string, body: UpdateProviderBody): Promise<Provider> {
  assertAllowed(ctx.actor, canKeepProviders);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findProvider(tx, municipalityId, id, { forUpdate: true });
    if (!before) throw notFound();
    const changes: repo.ProviderChanges = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    const after = { ...before, ...changes };
    const problems = checkProvider(after);
    if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
    const changed = Object.fromEntries(
      Object.entries(changes)
        .filter(([key, value]) => before[key as keyof repo.ProviderRow] !== value)
        .map(([key, value]) => [key, { from: before[key as keyof repo.ProviderRow], to: value }]),
    );
    if (Object.keys(changed).length > 0) {
      await repo.updateProvider(tx, municipalityId, id, changes);
      await recordEvent(tx, ctx, { type: 'temp_provider.updated', subjectType: 'temp_provider', subjectId: id, data: changed });
    }
    return loadProvider(ctx, tx, id, today);
  });
}

/** Adds a place to a provider. @throws AppError forbidden, not_found (provider). */
export async function createPlace(ctx: ServiceContext, providerId: string, body: CreatePlaceBody): Promise<Place> {
  assertAllowed(ctx.actor, canKeepProviders);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    if (!(await repo.findProvider(tx, municipalityId, providerId))) throw notFound();
    const row = await repo.insertPlace(tx, { municipalityId, providerId, ...body });
    await recordEvent(tx, ctx, { type: 'temp_place.created', subjectType: 'temp_place', subjectId: row.id, data: { providerId, ...body } });
    return presentPlace(row);
  });
}

/** Changes a place's label or checklist. @throws AppError forbidden, not_found. */
export async function updatePlace(ctx: ServiceContext, id: string, body: UpdatePlaceBody): Promise<Place> {
  assertAllowed(ctx.actor, canKeepProviders);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findPlace(tx, municipalityId, id, { forUpdate: true });
    if (!before) throw notFound();
    const changes: repo.PlaceChanges = Object.fromEntries(Object.entries(body).filter(([key, value]) => value !== undefined && before[key as keyof repo.PlaceChanges] !== value));
    if (Object.keys(changes).length === 0) return presentPlace(before);
    await repo.updatePlace(tx, municipalityId, id, changes);
    const data = Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, { from: before[key as keyof repo.PlaceChanges], to: value }]));
    await recordEvent(tx, ctx, { type: 'temp_place.updated', subjectType: 'temp_place', subjectId: id, data });
    return presentPlace({ ...before, ...changes });
  });
}
