import type { ImportCode } from '../../../domain/dwellings/kobo-import.js';
import { IMPORT_MESSAGE_KEYS } from '../../../domain/dwellings/kobo-import.js';
import type { StatusProblem } from '../../../domain/dwellings/status.js';
import type { DwellingProblem } from '../../../domain/dwellings/dwelling.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';

/**
 * The domain names its message keys; this assignment fails to compile when one of them is
 * missing from the server catalogue (platform/i18n.ts).
 */
export const importMessageKeys: Readonly<Record<ImportCode, MessageKey>> = IMPORT_MESSAGE_KEYS;

/** Problems with the file itself, found before any row is read. */
export const FILE_CODES = ['unsupported_file_type', 'invalid_encoding', 'unreadable_file', 'empty_file', 'required'] as const;
export type FileCode = (typeof FILE_CODES)[number];
export const fileMessageKeys: Readonly<Record<FileCode, MessageKey>> = {
  unsupported_file_type: 'field.dwelling.unsupported_file_type',
  invalid_encoding: 'field.dwelling.invalid_encoding',
  unreadable_file: 'field.dwelling.unreadable_file',
  empty_file: 'field.empty_file',
  required: 'field.required',
};

type FieldProblem = { path: string; code: string; messageKey: MessageKey };

export const fieldProblem = (p: DwellingProblem): FieldProblem => ({ path: p.field, code: p.code, messageKey: importMessageKeys[p.code] });

/** A status problem as a field error; `fromDate` may be called something else in the request. */
export const statusProblem = (p: StatusProblem, fromDatePath = 'fromDate'): FieldProblem => ({
  path: p.path === 'fromDate' ? fromDatePath : p.path,
  code: p.code,
  messageKey: importMessageKeys[p.code],
});

/** A refused status change: 422 when the rules refuse it, 400 when only the input is incomplete. */
export function statusRefused(problems: readonly StatusProblem[], fromDatePath?: string): AppError {
  const refusal = problems.some((p) => p.code === 'invalid_transition' || p.code === 'before_current_status');
  return refusal
    ? new AppError('rule_violation', 'error.dwelling.status_refused', problems.map((p) => statusProblem(p, fromDatePath)))
    : new AppError('validation_failed', 'error.validation_failed', problems.map((p) => statusProblem(p, fromDatePath)));
}
