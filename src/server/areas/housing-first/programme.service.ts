import type { FidelityAssessmentDto, FidelityBody, Programme, ShownCount } from '../../../contracts/housing-first.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { fidelityHistory, validateFidelityScores } from '../../../domain/followup/fidelity.js';
import { CURRENT_FIDELITY_SCALE } from '../../../domain/followup/fidelity-scale.js';
import { HOUSING_FIRST_EXIT_REASONS, housingRetention, RETENTION_MONTHS, yearFigures, type HousingFirstDates, type HousingFirstExitReason } from '../../../domain/followup/housing-first.js';
import { SUPPRESSION_THRESHOLD, suppressSmallCount } from '../../../domain/statistics/suppression.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { assertAllowed, canManageHousingFirst, canSeeProgramme, suppressesSmallCounts } from './housing-first.policy.js';
import * as repo from './housing-first.repo.js';

/**
 * The programme in aggregate — the year's figures against its target, housing retention at 6 and
 * 12 months, the fidelity self-assessments with their domain scores — for the follow-up team, the
 * caseworker and the manager (counts from 1 to 4 shown as «<5» for the manager, domain/statistics),
 * and the writes that belong to the programme: the yearly target and a fidelity assessment.
 */

const shown = (count: number, suppress: boolean): ShownCount => {
  const text = suppress ? suppressSmallCount(count) : String(count);
  return { value: text === String(count) ? count : null, shown: text };
};

async function fidelityDtos(tx: Tx, municipalityId: number, aggregatesOnly: boolean): Promise<FidelityAssessmentDto[]> {
  const stored = await repo.listAssessments(tx, municipalityId);
  const byId = new Map(stored.map((s) => [s.id, s]));
  return fidelityHistory(stored).map((h) => ({
    ...h,
    domains: [...h.domains],
    change: h.change === null ? null : { domains: { ...h.change.domains }, total: h.change.total },
    note: aggregatesOnly ? null : (byId.get(h.id)?.note ?? null),
    assessedBy: aggregatesOnly ? null : (byId.get(h.id)?.assessedBy ?? null),
  }));
}

/**
 * The programme for calendar `year` (default: this year) as known today; retention is measured on
 * the year's last counted day (31 December, or today). @throws AppError forbidden.
 */
export async function getProgramme(ctx: ServiceContext, year?: number): Promise<Programme> {
  assertAllowed(ctx.actor, canSeeProgramme);
  const today = todayOf(ctx);
  const y = year ?? Number(today.slice(0, 4));
  const suppress = suppressesSmallCounts(ctx.actor.role);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const dates = (await repo.participantDates(tx, municipalityId)).map((d) => ({ ...d, exitReason: d.exitReason as HousingFirstExitReason | null })) as HousingFirstDates[];
    const figures = yearFigures(dates, y, today);
    const count = (n: number) => shown(n, suppress);
    const retention = RETENTION_MONTHS.map((months) => {
      const r = housingRetention(dates, figures.asOf, months);
      const tooFew = suppress && r.cohort < SUPPRESSION_THRESHOLD;
      return { months, cohort: count(r.cohort), retained: count(r.retained), rate: tooFew ? null : r.rate };
    });
    return {
      year: y,
      today,
      asOf: figures.asOf,
      suppressed: suppress,
      target: await repo.findTarget(tx, municipalityId, y),
      figures: {
        enrolled: count(figures.enrolled),
        housed: count(figures.housed),
        exited: count(figures.exited),
        inProgramme: count(figures.inProgramme),
        active: count(figures.active),
        waiting: count(figures.waiting),
        housedNow: count(figures.housedNow),
        exitsByReason: Object.fromEntries(HOUSING_FIRST_EXIT_REASONS.map((r) => [r, count(figures.exitsByReason[r])])) as Programme['figures']['exitsByReason'],
      },
      retention,
      fidelity: await fidelityDtos(tx, municipalityId, suppress),
      canManage: canManageHousingFirst(ctx.actor.role),
    };
  });
}

/** Sets the target number of participants for `year` (audited with the old and new value). @throws AppError forbidden. */
export async function setTarget(ctx: ServiceContext, year: number, participants: number): Promise<{ year: number; participants: number }> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.upsertTarget(tx, municipalityId, year, participants, userId, ctx.clock.now());
    if (before !== participants) {
      await recordEvent(tx, ctx, { type: 'housing_first.target_set', subjectType: 'housing_first_target', subjectId: String(year), data: { year, from: before, to: participants } });
    }
    return { year, participants };
  });
}

const SCORE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  required: 'field.housing_first.score_required',
  invalid_value: 'field.housing_first.score_invalid',
  unknown_item: 'field.housing_first.unknown_item',
};

/**
 * Records a fidelity self-assessment on the current scale: every item scored with a whole number
 * 1–4, a field error per item otherwise. Returns it with its scores and the change since the
 * previous one. @throws AppError forbidden, validation_failed.
 */
export async function recordAssessment(ctx: ServiceContext, body: FidelityBody): Promise<FidelityAssessmentDto> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  const problems: Array<{ path: string; code: string; messageKey: MessageKey }> = validateFidelityScores(CURRENT_FIDELITY_SCALE, body.scores).map((p) => ({
    path: p.path,
    code: p.code,
    messageKey: SCORE_MESSAGES[p.code] ?? 'field.invalid_value',
  }));
  if (compareDates(body.assessedOn, today) > 0) problems.unshift({ path: 'assessedOn', code: 'in_future', messageKey: 'field.in_future' });
  if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
  return ctx.transaction(async (tx) => {
    const id = await repo.insertAssessment(tx, { municipalityId, assessedOn: body.assessedOn, scaleVersion: CURRENT_FIDELITY_SCALE.version, scores: body.scores, note: body.note ?? null, assessedBy: userId });
    const history = await fidelityDtos(tx, municipalityId, false);
    const saved = history.find((h) => h.id === id)!;
    await recordEvent(tx, ctx, { type: 'fidelity_assessment.recorded', subjectType: 'fidelity_assessment', subjectId: id, data: { assessedOn: body.assessedOn, scaleVersion: saved.scaleVersion, total: saved.total } });
    return saved;
  });
}
