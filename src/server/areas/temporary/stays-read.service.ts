import type { KostraSummary, Stay, StayList, StayListQuery } from '../../../contracts/temporary.js';
import { flagStays, summarisePeriod, yearPeriod } from '../../../domain/temporary/index.js';
import { logAccess } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import * as caseFacts from './case-facts.repo.js';
import { raiseLongStayTasks } from './signals.service.js';
import { presentStay } from './stays.present.js';
import * as repo from './stays.repo.js';
import { assertAllowed, canHandleStays, canReadTemporary } from './temporary.policy.js';
import { todayOf } from '../../platform/context.js';

/** Reading stays: one stay (logged), NAV's list with flags and days so far, and KOSTRA's yearly figures. */

/** Presents rows with flags measured on each household's whole chain of stays. */
export async function presentRows(ctx: Pick<ServiceContext, 'actor'>, tx: Tx, rows: readonly repo.StayViewRow[], today: string): Promise<Stay[]> {
  const { municipalityId, role } = ctx.actor;
  const householdIds = rows.map((r) => r.stay.householdId);
  const flags = flagStays(await repo.staysOfHouseholds(tx, municipalityId, householdIds), today);
  const cases = await caseFacts.caseFactsByIds(tx, municipalityId, rows.flatMap((r) => [r.stay.caseId, r.stay.housingCaseId]));
  const openHousing = await caseFacts.openHousingCases(tx, municipalityId, householdIds);
  return rows.map((row) => presentStay(row, { role, today, flags, cases, openHousing }));
}

/** One stay in the caller's transaction; with a `purpose` the read goes to the access log. @throws AppError not_found. */
export async function loadStay(ctx: ServiceContext, tx: Tx, id: string, today: string, purpose?: string): Promise<Stay> {
  const row = await repo.findStayView(tx, ctx.actor.municipalityId, id);
  if (!row) throw notFound();
  if (purpose !== undefined) await logAccess(tx, ctx, { subjectType: 'temp_stay', subjectId: id, purpose });
  const [stay] = await presentRows(ctx, tx, [row], today);
  if (!stay) throw new Error('stay vanished');
  return stay;
}

/** One stay (logged as a read). @throws AppError forbidden (role), not_found. */
export async function getStay(ctx: ServiceContext, id: string): Promise<Stay> {
  assertAllowed(ctx.actor, canReadTemporary);
  const today = todayOf(ctx);
  return ctx.transaction((tx) => loadStay(ctx, tx, id, today, 'temporary.stay.view'));
}

/**
 * NAV's list: the stays open today (or all), with days so far and flags, and counts over the
 * open stays. When a NAV adviser lists, the long-stay signal runs first in the same transaction.
 * List reads are not written to the access log stay by stay, like the work list (docs/adr/0006).
 * @throws AppError forbidden (role).
 */
export async function listStays(ctx: ServiceContext, query: StayListQuery): Promise<StayList> {
  assertAllowed(ctx.actor, canReadTemporary);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    if (canHandleStays(ctx.actor.role)) await raiseLongStayTasks(tx, ctx, today);
    const filter = { active: query.active === 'true', today, householdId: query.householdId };
    const { items, total } = await repo.listStayViews(tx, municipalityId, filter, { limit: query.limit, offset: query.offset });
    const openFacts = await repo.staysOfOpenHouseholds(tx, municipalityId, today);
    const openFlags = flagStays(openFacts, today);
    const open = openFacts.filter((s) => s.endDate === null || s.endDate > today).map((s) => openFlags.get(s.id));
    const countOf = (pick: (f: NonNullable<(typeof open)[number]>) => boolean) => open.filter((f) => f !== undefined && pick(f)).length;
    return {
      today,
      total,
      counts: {
        active: open.length,
        shortStay: countOf((f) => f.shortStay),
        over3Months: countOf((f) => f.over3Months),
        childrenOver3Months: countOf((f) => f.childrenOver3Months),
        nightShelter: countOf((f) => f.nightShelter),
      },
      items: await presentRows(ctx, tx, items, today),
    };
  });
}

/** KOSTRA's household figures for a calendar year, as known today. @throws AppError forbidden (role). */
export async function getKostraSummary(ctx: ServiceContext, year: number): Promise<KostraSummary> {
  assertAllowed(ctx.actor, canReadTemporary);
  const today = todayOf(ctx);
  const period = yearPeriod(year);
  const stays = await ctx.transaction((tx) => repo.staysAround(tx, ctx.actor.municipalityId, period.from, period.to));
  return { year, asOf: today, ...summarisePeriod(stays, period, today) };
}
