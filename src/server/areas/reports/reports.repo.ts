import { and, desc, eq, lte, ne } from 'drizzle-orm';
import { actionPlan, councilReport } from '../../../db/schema/index.js';
import type { ReportModel } from '../../../domain/reports/model.js';
import type { NarrativeSection } from '../../../domain/reports/narrative.js';
import type { Tx } from '../../platform/db.js';

/** council_report rows under row-level security (the caller's tenant transaction). */

const summaryColumns = {
  id: councilReport.id,
  planId: councilReport.planId,
  title: councilReport.title,
  status: councilReport.status,
  periodFrom: councilReport.periodFrom,
  periodTo: councilReport.periodTo,
  language: councilReport.language,
  narrative: councilReport.narrative,
  createdAt: councilReport.createdAt,
  updatedAt: councilReport.updatedAt,
  publishedAt: councilReport.publishedAt,
  dataVersion: councilReport.dataVersion,
  previousReportId: councilReport.previousReportId,
};

export type ReportRow = Awaited<ReturnType<typeof listReports>>[number];

export function listReports(tx: Tx) {
  return tx.select(summaryColumns).from(councilReport).orderBy(desc(councilReport.periodTo), desc(councilReport.periodFrom), desc(councilReport.createdAt));
}

/** One report without its PDF; `lock` takes a row lock (publish, edit, delete). */
export async function findReport(tx: Tx, id: string, options: { lock?: boolean } = {}) {
  const query = tx
    .select({ ...summaryColumns, snapshot: councilReport.snapshot })
    .from(councilReport)
    .where(eq(councilReport.id, id));
  const rows = options.lock ? await query.for('update') : await query;
  return rows[0];
}

export async function findPdf(tx: Tx, id: string): Promise<{ status: 'draft' | 'published'; title: string; periodTo: string; pdf: Buffer | null } | undefined> {
  const rows = await tx.select({ status: councilReport.status, title: councilReport.title, periodTo: councilReport.periodTo, pdf: councilReport.pdf }).from(councilReport).where(eq(councilReport.id, id));
  return rows[0];
}

export async function adoptedPlan(tx: Tx) {
  const rows = await tx
    .select({ id: actionPlan.id, title: actionPlan.title, fromYear: actionPlan.fromYear, toYear: actionPlan.toYear, adoptedRef: actionPlan.adoptedRef })
    .from(actionPlan)
    .where(eq(actionPlan.status, 'adopted'));
  return rows[0];
}

export async function findPlan(tx: Tx, id: string) {
  const rows = await tx
    .select({ id: actionPlan.id, title: actionPlan.title, fromYear: actionPlan.fromYear, toYear: actionPlan.toYear, adoptedRef: actionPlan.adoptedRef })
    .from(actionPlan)
    .where(eq(actionPlan.id, id));
  return rows[0];
}

export async function insertReport(
  tx: Tx,
  values: { municipalityId: number; planId: string | null; title: string; periodFrom: string; periodTo: string; language: 'nb' | 'nn' | 'en'; narrative: NarrativeSection[]; createdBy: string; now: Date },
): Promise<string> {
  const [row] = await tx
    .insert(councilReport)
    .values({ ...values, narrative: [...values.narrative], createdAt: values.now, updatedAt: values.now })
    .returning({ id: councilReport.id });
  return row!.id;
}

export async function updateDraft(tx: Tx, id: string, values: { title: string; narrative: NarrativeSection[]; now: Date }): Promise<void> {
  await tx
    .update(councilReport)
    .set({ title: values.title, narrative: [...values.narrative], updatedAt: values.now })
    .where(and(eq(councilReport.id, id), eq(councilReport.status, 'draft')));
}

export async function deleteDraft(tx: Tx, id: string): Promise<void> {
  await tx.delete(councilReport).where(and(eq(councilReport.id, id), eq(councilReport.status, 'draft')));
}

/** The latest published report before this one: the one whose period ends last before (or with) this one's end. */
export async function previousPublished(tx: Tx, id: string, periodTo: string): Promise<string | null> {
  const rows = await tx
    .select({ id: councilReport.id })
    .from(councilReport)
    .where(
      and(
        eq(councilReport.status, 'published'),
        ne(councilReport.id, id),
        lte(councilReport.periodTo, periodTo),
      ),
    )
    .orderBy(desc(councilReport.periodTo), desc(councilReport.publishedAt))
    .limit(1);
  return rows[0]?.id ?? null;
}

export async function publish(
  tx: Tx,
  id: string,
  values: { snapshot: ReportModel; dataVersion: string; pdf: Buffer; publishedBy: string; publishedAt: Date; previousReportId: string | null },
): Promise<void> {
  await tx
    .update(councilReport)
    .set({
      status: 'published',
      snapshot: values.snapshot as unknown as Record<string, unknown>,
      dataVersion: values.dataVersion,
      pdf: values.pdf,
      publishedBy: values.publishedBy,
      publishedAt: values.publishedAt,
      previousReportId: values.previousReportId,
      updatedAt: values.publishedAt,
    })
    .where(and(eq(councilReport.id, id), eq(councilReport.status, 'draft')));
}
