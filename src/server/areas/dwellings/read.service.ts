import type { DwellingPage, DwellingStats, VacancyBoard } from '../../../contracts/dwellings.js';
import { daysBetween, osloDate } from '../../../domain/deadlines/calendar.js';
import { canSeeTenantName } from '../../../domain/dwellings/access.js';
import { DISPOSAL_FORMS, DWELLING_TYPES } from '../../../domain/dwellings/kinds.js';
import { DWELLING_STATUSES } from '../../../domain/dwellings/status.js';
import { daysVacant, last12Months, lostRent, summariseVacancy, thisYear, vacantSince, VACANCY_STATUSES } from '../../../domain/dwellings/vacancy.js';
import { logAccess } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { assertRead, assertStats } from './dwellings.policy.js';
import { periodOf, presentDwelling, presentSummary } from './dwellings.present.js';
import * as repo from './dwellings.repo.js';
import { listLeasesOfDwelling } from './tenancies.repo.js';

/**
 * The dwelling page: its fields, current status and history, leases, and vacancy days and lost
 * rent this year and over the last twelve months. The head of each tenant household is named
 * when the role may see it (domain/dwellings/access.ts), and each name shown is access-logged.
 * @throws AppError forbidden, not_found.
 */
export async function getDwellingPage(ctx: ServiceContext, id: string): Promise<DwellingPage> {
  assertRead(ctx.actor);
  const today = osloDate(ctx.clock.now());
  const { municipalityId, role } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const row = await repo.findDwelling(tx, municipalityId, id, today);
    if (!row) throw notFound();
    const periodRows = await repo.listPeriods(tx, municipalityId, [id]);
    const periods = periodRows.map(periodOf);
    const leases = [];
    for (const l of await listLeasesOfDwelling(tx, municipalityId, id)) {
      const visible = canSeeTenantName(role, l.addressProtection);
      if (visible) await logAccess(tx, ctx, { subjectType: 'person', subjectId: l.headPersonId, purpose: 'dwelling.tenancy' });
      leases.push({
        id: l.id,
        householdId: l.householdId,
        startDate: l.startDate,
        endDate: l.endDate,
        status: l.status,
        tenantName: visible ? `${l.givenName} ${l.familyName}` : null,
        tenantNameHidden: !visible,
      });
    }
    const since = vacantSince(periods, today) ?? null;
    return {
      dwelling: presentDwelling(row),
      statusHistory: periodRows.map((p) => ({
        id: p.id,
        status: periodOf(p).status,
        fromDate: p.fromDate,
        toDate: p.toDate,
        expectedReadyOn: p.expectedReadyOn,
        reason: p.reason,
        days: Math.max(0, daysBetween(p.fromDate, p.toDate ?? today)),
      })),
      leases,
      vacancy: {
        thisYear: summariseVacancy(periods, row.monthlyRent, thisYear(today)),
        last12Months: summariseVacancy(periods, row.monthlyRent, last12Months(today)),
        vacantSince: since,
        daysVacant: daysVacant(periods, today) ?? null,
      },
    };
  });
}

/**
 * The vacancy board: every dwelling that stands empty now (vacant, or reserved for a new
 * tenant), with the day its vacancy began, the days so far and the rent lost, longest first.
 * @throws AppError forbidden.
 */
export async function getVacancyBoard(ctx: ServiceContext): Promise<VacancyBoard> {
  assertRead(ctx.actor);
  const today = osloDate(ctx.clock.now());
  const { items, periods } = await ctx.transaction((tx) => repo.listByCurrentStatus(tx, ctx.actor.municipalityId, VACANCY_STATUSES, today));
  const byDwelling = new Map<string, typeof periods>();
  for (const p of periods) byDwelling.set(p.dwellingId, [...(byDwelling.get(p.dwellingId) ?? []), p]);
  const board = items.map((row) => {
    const own = (byDwelling.get(row.id) ?? []).map(periodOf);
    const days = daysVacant(own, today) ?? 0;
    return { ...presentSummary(row), vacantSince: vacantSince(own, today) ?? today, daysVacant: days, lostRent: lostRent(days, row.monthlyRent) };
  });
  // Array.prototype.sort is stable: equal days keep the address order of the query.
  board.sort((a, b) => b.daysVacant - a.daysVacant);
  return { asOf: today, items: board };
}

/**
 * Aggregate counts of the stock (KOSTRA-style): by current status, disposal form, type and
 * district, and wheelchair-accessible. No addresses and no persons: the manager's view.
 * @throws AppError forbidden.
 */
export async function getDwellingStats(ctx: ServiceContext): Promise<DwellingStats> {
  assertStats(ctx.actor);
  const today = osloDate(ctx.clock.now());
  const c = await ctx.transaction((tx) => repo.countBy(tx, ctx.actor.municipalityId, today));
  const lookup = (rows: ReadonlyArray<{ key: string | null; n: number }>) => new Map(rows.map((r) => [r.key, r.n]));
  const status = lookup(c.byStatus);
  const disposal = lookup(c.byDisposalForm);
  const type = lookup(c.byType);
  return {
    asOf: today,
    total: c.byStatus.reduce((sum, r) => sum + r.n, 0),
    byStatus: DWELLING_STATUSES.map((s) => ({ status: s, count: status.get(s) ?? 0 })),
    byDisposalForm: DISPOSAL_FORMS.map((d) => ({ disposalForm: d, count: disposal.get(d) ?? 0 })),
    byType: DWELLING_TYPES.map((t) => ({ dwellingType: t, count: type.get(t) ?? 0 })),
    byDistrict: c.byDistrict.map((r) => ({ districtCode: r.key, count: r.n })).sort((a, b) => (a.districtCode ?? '~').localeCompare(b.districtCode ?? '~')),
    wheelchairAccessible: c.wheelchair,
  };
}
