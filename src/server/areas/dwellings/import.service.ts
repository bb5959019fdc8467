import { createHash } from 'node:crypto';
import type { dwellingStatusPeriod } from '../../../db/schema/index.js';
import { osloDate } from '../../../domain/deadlines/calendar.js';
import { identityKey } from '../../../domain/dwellings/dwelling.js';
import { validateKoboSheet } from '../../../domain/dwellings/kobo-import.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { MessageKey } from '../../platform/i18n.js';
import { fileMessageKeys, importMessageKeys, type FileCode } from './dwellings.messages.js';
import { assertManage } from './dwellings.policy.js';
import * as repo from './dwellings.repo.js';
import * as importRepo from './import.repo.js';
import { readSheet } from './sheet-read.js';

/** Bytes. The largest import file: 20 MiB holds well over 50 000 rows of xlsx [I]. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportFile {
  filename: string | undefined;
  content: Buffer;
}

export interface ImportOutcome {
  imported: number;
  updated: number;
  /** Every problem found; when there is one, nothing was written. */
  errors: Array<{ row: number | null; column: string | null; code: string; messageKey: MessageKey }>;
}

const fileProblem = (code: FileCode): ImportOutcome => ({
  imported: 0,
  updated: 0,
  errors: [{ row: null, column: code === 'required' ? 'file' : null, code, messageKey: fileMessageKeys[code] }],
});

/**
 * Imports a Kobo dwelling sheet (.xlsx or .csv, told apart by content). Every row and column
 * is validated first and every problem returned; nothing is written unless the whole file is
 * valid, and then everything is written in one transaction (a failure on the way rolls all of
 * it back). A dwelling already registered (same matrikkel, bruksenhetsnummer and extra
 * reference) is updated — so importing the same file twice changes nothing — and gets a new
 * status period only when the file's status differs from its current one. `upload` reads the file.
 * @throws AppError forbidden.
 */
export async function importDwellings(ctx: ServiceContext, upload: () => Promise<ImportFile | undefined>): Promise<ImportOutcome> {
  assertManage(ctx.actor);
  // The upload is read only after the policy check: a role that may not import sends nothing through.
  const file = await upload();
  if (!file) return fileProblem('required');
  const sheet = await readSheet(file.content);
  if (!sheet.ok) return fileProblem(sheet.code);
  const today = osloDate(ctx.clock.now());
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const existing = await importRepo.loadExisting(tx, municipalityId);
    const districtCodes = await repo.districtCodes(tx, municipalityId);
    const result = validateKoboSheet(sheet.header, sheet.rows, { today, districtCodes, existing }, sheet.headerRow);
    if (result.problems.length > 0) {
      return { imported: 0, updated: 0, errors: result.problems.map((p) => ({ ...p, messageKey: importMessageKeys[p.code] })) };
    }
    const ids = await importRepo.upsertDwellings(
      tx,
      municipalityId,
      result.rows.map((r) => r.value),
      result.fields,
    );
    const opened: Array<typeof dwellingStatusPeriod.$inferInsert> = [];
    const closed: Array<{ periodId: string; date: string }> = [];
    const ready: Array<{ periodId: string; date: string | null }> = [];
    for (const { value, statusChanged } of result.rows) {
      const key = identityKey(value);
      const before = existing.get(key);
      if (!before || statusChanged) {
        if (before?.periodId) closed.push({ periodId: before.periodId, date: value.statusDate });
        const dwellingId = ids.get(key) as string;
        opened.push({ municipalityId, dwellingId, status: value.status, fromDate: value.statusDate, expectedReadyOn: value.expectedReadyOn });
      } else if (before.periodId && value.status === 'maintenance' && result.fields.includes('expectedReadyOn')) {
        ready.push({ periodId: before.periodId, date: value.expectedReadyOn });
      }
    }
    await importRepo.closePeriods(tx, municipalityId, closed);
    await importRepo.insertPeriodBatches(tx, opened);
    await importRepo.setExpectedReady(tx, municipalityId, ready);
    const updated = result.rows.filter((r) => r.exists).length;
    const outcome = { imported: result.rows.length - updated, updated, errors: [] };
    // One event for the file: 10 000 events per import would drown the audit log. The file's hash identifies it.
    await recordEvent(tx, ctx, {
      type: 'dwelling.imported',
      subjectType: 'dwelling_import',
      subjectId: createHash('sha256').update(file.content).digest('hex'),
      data: { filename: file.filename ?? null, format: sheet.format, rows: result.rows.length, ...outcome, statusChanges: closed.length },
    });
    return outcome;
  });
}
