import type { CreateReportBody, ReportComparisonDto, ReportDetail, ReportList, ReportModelDto, ReportSummary, UpdateReportBody } from '../../../contracts/reports.js';
import { addDays, type IsoDate } from '../../../domain/deadlines/calendar.js';
import { computeIndicators } from '../../../domain/indicators/engine.js';
import { findIndicator } from '../../../domain/indicators/definitions.js';
import type { IndicatorHistory } from '../../../domain/indicators/history.js';
import { quarter as quarterOfYear, quarterLabel } from '../../../domain/plan/series.js';
import { buildReportModel, periodLabel, type ReportRowInput } from '../../../domain/reports/build.js';
import { compareReports } from '../../../domain/reports/compare.js';
import { EXTRA_INDICATOR_IDS } from '../../../domain/reports/extras.js';
import { reportLabels } from '../../../domain/reports/labels.js';
import type { ReportLanguage, ReportModel, ReportValue } from '../../../domain/reports/model.js';
import { checkNarrative, defaultNarrative, mergeNarrative, type NarrativeKey, type NarrativeSection } from '../../../domain/reports/narrative.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { historyVersion } from '../indicators/history-version.js';
import { loadIndicatorHistory } from '../indicators/history.repo.js';
import { planFigures, SUPPRESSED, suppressFigures, type ShownValue } from '../plan/plan-figures.js';
import { suppressValue } from '../../../domain/plan/figures.js';
import { assertAllowed, canManageReports, canReadReports, canSeeReport } from './reports.policy.js';
import * as repo from './reports.repo.js';
import { renderReportPdf } from './report-pdf.js';

/**
 * The council reports (rapport til kommunestyret, issue 7 § 3): drafts with the manager's
 * narrative, the live preview, publishing as an immutable snapshot (figures computed once at
 * today's date, the data version, the tagged PDF, the previous report) and reading, comparing and
 * downloading what is published. A published report is never recomputed: what the council got is
 * what the snapshot holds. The trigger of migration 0012 refuses any change to a published row;
 * the service refuses first, with a message (409).
 */

type FieldProblem = { path: string; code: string; messageKey: MessageKey };
const invalid = (problems: FieldProblem[]): AppError => new AppError('validation_failed', 'error.validation_failed', problems);
const publishedConflict = (): AppError => new AppError('conflict', 'error.report.published');

const NARRATIVE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  'heading:required': 'field.report.heading_required',
  'heading:too_long': 'field.report.heading_too_long',
  'text:too_long': 'field.report.text_too_long',
  'key:unknown_section': 'field.report.unknown_section',
  'key:duplicate_section': 'field.report.duplicate_section',
};

const TITLE_MAX = 200;
const iso = (d: Date | string | null): string | null => (d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString());

function summaryOf(row: repo.ReportRow): ReportSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    periodLabel: periodLabel({ from: row.periodFrom, to: row.periodTo }, row.language),
    language: row.language,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    publishedAt: iso(row.publishedAt),
    dataVersion: row.dataVersion,
  };
}

/** A report the actor may see (a draft only for those who manage: 404 otherwise), optionally locked. */
async function visibleReport(ctx: ServiceContext, tx: Tx, id: string, lock = false) {
  const row = await repo.findReport(tx, id, { lock });
  if (!row || !canSeeReport(ctx.actor.role, row.status)) throw notFound();
  return row;
}

function detailOf(ctx: ServiceContext, row: NonNullable<Awaited<ReturnType<typeof repo.findReport>>>): ReportDetail {
  return {
    ...summaryOf(row),
    planId: row.planId,
    narrative: row.narrative as ReportDetail['narrative'],
    previousReportId: row.previousReportId,
    snapshot: row.status === 'published' ? (row.snapshot as unknown as ReportModelDto) : null,
    canManage: canManageReports(ctx.actor.role),
  };
}

/** The archive (published, newest period first) and — for the manager — the drafts. @throws AppError forbidden. */
export async function listReports(ctx: ServiceContext): Promise<ReportList> {
  assertAllowed(ctx.actor, canReadReports);
  const manage = canManageReports(ctx.actor.role);
  return ctx.transaction(async (tx) => {
    const rows = await repo.listReports(tx);
    const plan = manage ? await repo.adoptedPlan(tx) : undefined;
    return {
      drafts: manage ? rows.filter((r) => r.status === 'draft').map(summaryOf) : [],
      published: rows.filter((r) => r.status === 'published').map(summaryOf),
      canManage: manage,
      adoptedPlan: plan ? { id: plan.id, title: plan.title } : null,
      today: todayOf(ctx),
    };
  });
}

/** The period asked for: a quarter, or from/to; field errors otherwise. */
function periodOf(body: CreateReportBody, today: IsoDate): { from: IsoDate; to: IsoDate; quarter: { year: number; quarter: number } | null } {
  const problems: FieldProblem[] = [];
  let period: { from: IsoDate; to: IsoDate; quarter: { year: number; quarter: number } | null } | null = null;
  if (body.year !== undefined || body.quarter !== undefined) {
    if (body.year === undefined) problems.push({ path: 'year', code: 'required', messageKey: 'field.report.period_required' });
    if (body.quarter === undefined) problems.push({ path: 'quarter', code: 'required', messageKey: 'field.report.period_required' });
    if (body.year !== undefined && body.quarter !== undefined) {
      const q = quarterOfYear(body.year, body.quarter);
      period = { ...q.period, quarter: { year: body.year, quarter: body.quarter } };
    }
  } else if (body.from !== undefined || body.to !== undefined) {
    if (body.from === undefined) problems.push({ path: 'from', code: 'required', messageKey: 'field.report.period_required' });
    if (body.to === undefined) problems.push({ path: 'to', code: 'required', messageKey: 'field.report.period_required' });
    if (body.from !== undefined && body.to !== undefined) {
      if (body.to < body.from) problems.push({ path: 'to', code: 'to_before_from', messageKey: 'field.report.to_before_from' });
      else if (addDays(body.from, 5 * 366) < body.to) problems.push({ path: 'to', code: 'too_long', messageKey: 'field.report.period_too_long' });
      else period = { from: body.from, to: body.to, quarter: null };
    }
  } else {
    problems.push({ path: 'year', code: 'required', messageKey: 'field.report.period_required' });
    problems.push({ path: 'quarter', code: 'required', messageKey: 'field.report.period_required' });
  }
  if (period && period.from > today) problems.push({ path: period.quarter ? 'quarter' : 'from', code: 'in_future', messageKey: 'field.report.period_in_future' });
  if (problems.length > 0 || !period) throw invalid(problems);
  return period;
}

function titleProblems(title: string): FieldProblem[] {
  if (title.trim() === '') return [{ path: 'title', code: 'required', messageKey: 'field.report.title_required' }];
  if (title.trim().length > TITLE_MAX) return [{ path: 'title', code: 'too_long', messageKey: 'field.report.title_too_long' }];
  return [];
}

/**
 * A new draft for a quarter or a period, linked to the adopted plan (if any), with the narrative's
 * fixed sections and default headings. @throws AppError forbidden, validation_failed.
 */
export async function createReport(ctx: ServiceContext, body: CreateReportBody): Promise<ReportDetail> {
  assertAllowed(ctx.actor, canManageReports);
  const today = todayOf(ctx);
  const period = periodOf(body, today);
  const language: ReportLanguage = body.language ?? ctx.actor.language;
  const defaultTitle = `${reportLabels(language).reportFor} ${period.quarter ? quarterLabel(quarterOfYear(period.quarter.year, period.quarter.quarter), language) : periodLabel(period, language)}`;
  const title = body.title?.trim() || defaultTitle;
  const problems = titleProblems(title);
  if (problems.length > 0) throw invalid(problems);
  return ctx.transaction(async (tx) => {
    const plan = await repo.adoptedPlan(tx);
    const id = await repo.insertReport(tx, {
      municipalityId: ctx.actor.municipalityId,
      planId: plan?.id ?? null,
      title,
      periodFrom: period.from,
      periodTo: period.to,
      language,
      narrative: defaultNarrative(language),
      createdBy: ctx.actor.userId,
      now: ctx.clock.now(),
    });
    await recordEvent(tx, ctx, { type: 'council_report.created', subjectType: 'council_report', subjectId: id, data: { periodFrom: period.from, periodTo: period.to, planId: plan?.id ?? null } });
    return detailOf(ctx, (await repo.findReport(tx, id))!);
  });
}

/** A report: a draft (the manager) with its narrative, or a published one with its snapshot. @throws AppError forbidden, not_found. */
export async function getReport(ctx: ServiceContext, id: string): Promise<ReportDetail> {
  assertAllowed(ctx.actor, canReadReports);
  return ctx.transaction(async (tx) => detailOf(ctx, await visibleReport(ctx, tx, id)));
}

/** Edits a draft's title and narrative (limits as field errors); 409 once published. @throws AppError forbidden, not_found, conflict, validation_failed. */
export async function updateReport(ctx: ServiceContext, id: string, body: UpdateReportBody): Promise<ReportDetail> {
  assertAllowed(ctx.actor, canManageReports);
  const problems: FieldProblem[] = [
    ...(body.title !== undefined ? titleProblems(body.title) : []),
    ...checkNarrative(body.narrative ?? []).map((p) => ({ path: p.path, code: p.code, messageKey: NARRATIVE_MESSAGES[`${p.path.split('.').pop()}:${p.code}`] ?? ('field.invalid_value' as MessageKey) })),
  ];
  if (problems.length > 0) throw invalid(problems);
  return ctx.transaction(async (tx) => {
    const row = await visibleReport(ctx, tx, id, true);
    if (row.status !== 'draft') throw publishedConflict();
    const narrative = mergeNarrative(row.narrative as NarrativeSection[], (body.narrative ?? []) as Array<{ key: NarrativeKey; heading: string; text: string }>, row.language);
    const title = body.title?.trim() ?? row.title;
    await repo.updateDraft(tx, id, { title, narrative, now: ctx.clock.now() });
    const changed = narrative.filter((s, i) => JSON.stringify(s) !== JSON.stringify((row.narrative as NarrativeSection[])[i])).map((s) => s.key);
    // The text itself is not copied into the audit log: which sections changed is enough.
    await recordEvent(tx, ctx, { type: 'council_report.narrative_changed', subjectType: 'council_report', subjectId: id, data: { sections: changed, titleChanged: title !== row.title } });
    return detailOf(ctx, (await repo.findReport(tx, id))!);
  });
}

/** Deletes a draft; 409 once published. @throws AppError forbidden, not_found, conflict. */
export async function deleteReport(ctx: ServiceContext, id: string): Promise<void> {
  assertAllowed(ctx.actor, canManageReports);
  await ctx.transaction(async (tx) => {
    const row = await visibleReport(ctx, tx, id, true);
    if (row.status !== 'draft') throw publishedConflict();
    await repo.deleteDraft(tx, id);
    await recordEvent(tx, ctx, { type: 'council_report.deleted', subjectType: 'council_report', subjectId: id, data: { periodFrom: row.periodFrom, periodTo: row.periodTo } });
  });
}

const fromShown = (v: ShownValue): ReportValue => (v.value === SUPPRESSED ? { value: null, suppressed: true } : { value: v.value, suppressed: false });

/** The § 10.4 figures beyond the plan's targets, for the period, suppressed (no series: the table shows them). */
function extraRows(history: IndicatorHistory, period: { from: IsoDate; to: IsoDate }): ReportRowInput[] {
  return computeIndicators(history, period, EXTRA_INDICATOR_IDS).map((r) => {
    const d = findIndicator(r.id)!;
    return {
      id: d.id,
      name: d.name,
      definition: d.definition,
      unit: d.unit,
      kind: d.kind,
      source: d.source,
      goalId: null,
      goalTitle: null,
      value: fromShown(suppressValue(r.municipality, d.unit)),
      target: null,
      status: null,
      series: [],
    };
  });
}

type StoredReport = NonNullable<Awaited<ReturnType<typeof repo.findReport>>>;

/**
 * The report's model computed now: the plan's figures (planFigures → suppressFigures) and the
 * other § 10.4 figures from one history read as of `asOf`, with the draft's narrative. Publishing
 * passes `publishedOn` and gets the history's data version with the model (docs/adr/0018: the
 * version is computed where figures are stored); a preview has none.
 * @throws AppError conflict when the period has not begun.
 */
async function computeModel(ctx: ServiceContext, tx: Tx, row: StoredReport, asOf: IsoDate, publishedOn: IsoDate | null): Promise<{ model: ReportModel; dataVersion: string | null }> {
  const period = { from: row.periodFrom, to: row.periodTo };
  if (period.from > asOf) throw new AppError('conflict', 'error.report.period_not_started');
  const history = await loadIndicatorHistory(tx, asOf);
  const dataVersion = publishedOn === null ? null : historyVersion(history);
  const plan = row.planId ? await repo.findPlan(tx, row.planId) : undefined;
  const figures = plan ? suppressFigures(await planFigures(tx, { planId: plan.id, period, asOf, history })) : null;
  const planRows: ReportRowInput[] = (figures?.rows ?? []).map((f) => ({
    id: f.indicatorId,
    name: f.name,
    definition: f.definition,
    unit: f.unit,
    kind: f.kind,
    source: f.source,
    goalId: f.goalId ?? '',
    goalTitle: f.goalTitle ?? reportLabels(row.language).figures,
    value: fromShown(f.value),
    target: { year: f.year, direction: f.direction, value: f.target, tolerance: f.tolerance, comparedWith: f.check.comparedWith },
    status: f.check.status,
    series: f.series.map((p) => ({ year: p.year, quarter: p.quarter, value: fromShown(p.value) })),
  }));
  const model = buildReportModel({
    title: row.title,
    language: row.language,
    municipality: { name: ctx.actor.municipalityName, kommunenummer: ctx.actor.kommunenummer },
    period,
    plan: plan ? { id: plan.id, title: plan.title, fromYear: plan.fromYear, toYear: plan.toYear, adoptedRef: plan.adoptedRef } : null,
    asOf,
    dataVersion,
    publishedOn,
    narrative: row.narrative as NarrativeSection[],
    rows: [...planRows, ...extraRows(history, period)],
  });
  return { model, dataVersion };
}

/** A draft's report computed live as of today (a published report: its snapshot). @throws AppError forbidden, not_found, conflict. */
export async function previewReport(ctx: ServiceContext, id: string): Promise<ReportModelDto> {
  assertAllowed(ctx.actor, canReadReports);
  return ctx.transaction(async (tx) => {
    const row = await visibleReport(ctx, tx, id);
    if (row.status === 'published') return row.snapshot as unknown as ReportModelDto;
    return (await computeModel(ctx, tx, row, todayOf(ctx), null)).model as unknown as ReportModelDto;
  });
}

/**
 * Publishes a draft in one transaction: the figures computed once as of today, the snapshot (the
 * suppressed model), the data version, the tagged PDF rendered from the snapshot, the previous
 * published report, who and when. Audited. A failure anywhere leaves the draft as it was.
 * @throws AppError forbidden, not_found, conflict (already published, period not begun, data changed).
 */
export async function publishReport(ctx: ServiceContext, id: string): Promise<ReportDetail> {
  assertAllowed(ctx.actor, canManageReports);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const row = await visibleReport(ctx, tx, id, true);
    if (row.status !== 'draft') throw publishedConflict();
    const { model, dataVersion } = await computeModel(ctx, tx, row, today, today);
    if (dataVersion === null) throw new Error('a published report has a data version');
    const pdf = await renderReportPdf(model);
    const previousReportId = await repo.previousPublished(tx, id, row.periodTo);
    const now = ctx.clock.now();
    await repo.publish(tx, id, { snapshot: model, dataVersion, pdf, publishedBy: ctx.actor.userId, publishedAt: now, previousReportId });
    await recordEvent(tx, ctx, {
      type: 'council_report.published',
      subjectType: 'council_report',
      subjectId: id,
      data: { periodFrom: row.periodFrom, periodTo: row.periodTo, dataVersion, previousReportId, pdfBytes: pdf.length },
    });
    return detailOf(ctx, (await repo.findReport(tx, id))!);
  });
}

/** The published report's PDF as stored. @throws AppError forbidden, not_found (a draft has none). */
export async function reportPdf(ctx: ServiceContext, id: string): Promise<{ pdf: Buffer; filename: string }> {
  assertAllowed(ctx.actor, canReadReports);
  return ctx.transaction(async (tx) => {
    const row = await repo.findPdf(tx, id);
    if (!row || row.status !== 'published' || !row.pdf) throw notFound();
    const slug = row.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase();
    return { pdf: Buffer.from(row.pdf), filename: `${slug || 'rapport'}.pdf` };
  });
}

/** A published report against the previous published one (null when it is the first). @throws AppError forbidden, not_found. */
export async function compareWithPrevious(ctx: ServiceContext, id: string): Promise<ReportComparisonDto | null> {
  assertAllowed(ctx.actor, canReadReports);
  return ctx.transaction(async (tx) => {
    const row = await visibleReport(ctx, tx, id);
    if (row.status !== 'published' || !row.previousReportId) return null;
    const previous = await repo.findReport(tx, row.previousReportId);
    if (!previous || previous.status !== 'published' || !previous.snapshot) return null;
    return compareReports(row.snapshot as unknown as ReportModel, previous.snapshot as unknown as ReportModel) as unknown as ReportComparisonDto;
  });
}
