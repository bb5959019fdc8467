import type { CountFiguresText, HomelessnessCount, SubmitCountBody } from '../../../contracts/homelessness.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { countedHouseholds, countFigures, figuresAsText, type CountFigures } from '../../../domain/homelessness/count.js';
import { COUNT_WEEK, isoWeekDates, weeksInYear } from '../../../domain/homelessness/week.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, pgErrorCode } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { listConsents } from '../cases/cases.repo.js';
import { maySeeCase } from '../cases/cases.policy.js';
import { assertAllowed, canFillCount, canSeeCount } from './homelessness.policy.js';
import * as repo from './homelessness.repo.js';

/**
 * The homelessness count helper (issue 7 § 7, domain.md § 6.2): the week's households by the national
 * definition's categories (domain/homelessness), the form's figures, and the submitted count —
 * insert-only, so a submitted count is final. Reading the households writes one access-log entry
 * per household listed.
 */

const hlProblem = (path: string, code: string) => ({ path, code, messageKey: `field.homelessness.${code}` as MessageKey });

/** The week asked for, week 48 of this year by default. @throws validation_failed for a week the year does not have. */
function weekOf(ctx: ServiceContext, year: number | undefined, week: number | undefined) {
  const y = year ?? Number(todayOf(ctx).slice(0, 4));
  const w = week ?? COUNT_WEEK;
  if (w > weeksInYear(y)) throw new AppError('validation_failed', 'error.validation_failed', [hlProblem('week', 'week_not_in_year')]);
  return { year: y, week: w, ...isoWeekDates(y, w) };
}

interface StoredCount {
  figures: CountFigures;
}

async function present(ctx: ServiceContext, tx: Tx, w: ReturnType<typeof weekOf>, listHouseholds: boolean): Promise<HomelessnessCount> {
  const m = ctx.actor.municipalityId;
  const suppress = !canFillCount(ctx.actor.role);
  const facts = await repo.householdFacts(tx, m, w);
  const counted = countedHouseholds(facts, w);
  let households: HomelessnessCount['households'] = null;
  let hiddenHouseholds = 0;
  if (listHouseholds && !suppress) {
    const byId = new Map(facts.map((f) => [f.householdId, f]));
    // Record-level access as for the cases themselves: the caseworker sees every case; the NAV
    // adviser a household in a temporary stay (NAV's own § 27 work) or with a case it may see
    // (temporary accommodation, or the person's consent to NAV in force).
    const consents = await listConsents(tx, m, [...new Set(facts.flatMap((f) => f.caseAccess.map((a) => a.personId)))]);
    const today = todayOf(ctx);
    const visibleCase = (caseId: string | null, f: repo.LoadedHousehold) => {
      const meta = f.caseAccess.find((a) => a.caseId === caseId);
      return meta !== undefined && maySeeCase(ctx.actor.role, meta.caseType, consents.filter((c) => c.personId === meta.personId), today);
    };
    const visible = counted.filter((c) => {
      const f = byId.get(c.householdId)!;
      return f.hasStayInWeek || f.caseAccess.some((a) => visibleCase(a.caseId, f));
    });
    hiddenHouseholds = counted.length - visible.length;
    for (const c of visible) await logAccess(tx, ctx, { subjectType: 'household', subjectId: c.householdId, purpose: 'homelessness_count.list' });
    households = visible.map((c) => {
      const f = byId.get(c.householdId)!;
      const shown = visibleCase(c.classification.caseId, f);
      return {
        householdId: c.householdId,
        caseId: shown ? c.classification.caseId : null,
        caseNumber: shown ? c.classification.caseNumber : null,
        label: f.label,
        category: c.classification.category,
        since: c.classification.since,
        persons: c.persons,
        children: c.children,
      };
    });
  }
  const stored = await repo.findSubmitted(tx, m, w.year, w.week);
  const submittedFigures = stored ? figuresAsText((stored.figures as unknown as StoredCount).figures, suppress) : null;
  return {
    year: w.year,
    week: w.week,
    from: w.from,
    to: w.to,
    weeksInYear: weeksInYear(w.year),
    suppressed: suppress,
    figures: figuresAsText(countFigures(facts, w), suppress) as CountFiguresText,
    households,
    hiddenHouseholds,
    canSubmit: canFillCount(ctx.actor.role) && stored === undefined && compareDates(w.from, todayOf(ctx)) <= 0,
    submitted: stored
      ? { submittedAt: new Date(stored.submitted_at).toISOString(), submittedByName: stored.submitted_by_name, figures: submittedFigures as CountFiguresText }
      : null,
  };
}

/** The week's figures (and households for those who fill the form), and the submitted count if any. @throws forbidden, validation_failed. */
export async function getCount(ctx: ServiceContext, year?: number, week?: number): Promise<HomelessnessCount> {
  assertAllowed(ctx.actor, canSeeCount);
  const w = weekOf(ctx, year, week);
  return ctx.transaction((tx) => present(ctx, tx, w, true));
}

/**
 * Submits the week's figures as computed now (exact numbers, no persons). Once only.
 * @throws forbidden (the manager), validation_failed (a week that has not started, a week the year
 *   does not have), conflict (the week was submitted before).
 */
export async function submitCount(ctx: ServiceContext, body: SubmitCountBody): Promise<HomelessnessCount> {
  assertAllowed(ctx.actor, canFillCount);
  const w = weekOf(ctx, body.year, body.week);
  if (compareDates(w.from, todayOf(ctx)) > 0) throw new AppError('validation_failed', 'error.validation_failed', [hlProblem('week', 'week_not_started')]);
  const m = ctx.actor.municipalityId;
  const conflict = () => new AppError('conflict', 'error.homelessness.already_submitted', [hlProblem('week', 'already_submitted')]);
  try {
    return await ctx.transaction(async (tx) => {
      if (await repo.findSubmitted(tx, m, w.year, w.week)) throw conflict();
      const figures = countFigures(await repo.householdFacts(tx, m, w), w);
      const stored: StoredCount & { from: string; to: string } = { from: w.from, to: w.to, figures };
      await repo.insertCount(tx, { municipalityId: m, year: w.year, week: w.week, figures: stored as unknown as Record<string, unknown>, submittedBy: ctx.actor.userId });
      await recordEvent(tx, ctx, { type: 'homelessness_count.submitted', subjectType: 'homelessness_count', subjectId: `${w.year}-W${w.week}`, data: { year: w.year, week: w.week, households: figures.households, persons: figures.persons } });
      return present(ctx, tx, w, false);
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505') throw conflict();
    throw error;
  }
}
