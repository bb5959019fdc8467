import { osloDate } from '../../../domain/deadlines/calendar.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { assertManage } from './dwellings.policy.js';
import { fieldsOf, presentSummary } from './dwellings.present.js';
import * as repo from './dwellings.repo.js';
import { toCsv, toXlsx, type ExportRow } from './sheet-write.js';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The whole register with the import's columns and each dwelling's current status, so the
 * file can be edited and imported again. It names private owners, so only the property manager
 * may export it, and the export is in the audit log. @throws AppError forbidden.
 */
export async function exportDwellings(ctx: ServiceContext, format: ExportFormat): Promise<ExportFile> {
  assertManage(ctx.actor);
  const today = osloDate(ctx.clock.now());
  const rows = await ctx.transaction(async (tx) => {
    const all = await repo.listAllDwellings(tx, ctx.actor.municipalityId, today);
    await recordEvent(tx, ctx, { type: 'dwelling.exported', subjectType: 'dwelling_register', data: { format, count: all.length } });
    return all;
  });
  const koboRows: ExportRow[] = rows.map((row) => {
    const { current } = presentSummary(row);
    return { ...fieldsOf(row), status: current?.status ?? null, statusDate: current?.fromDate ?? null, expectedReadyOn: current?.expectedReadyOn ?? null };
  });
  return {
    filename: `boliger-${ctx.actor.kommunenummer}-${today}.${format}`,
    contentType: CONTENT_TYPES[format],
    content: format === 'xlsx' ? await toXlsx(koboRows) : toCsv(koboRows),
  };
}
