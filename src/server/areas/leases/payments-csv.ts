import { isValidDate } from '../../../domain/deadlines/calendar.js';
import type { Problem } from '../../../domain/leases/terms.js';

/**
 * Reads the accounting system's payment export (innbetalinger). Format (docs/adr/0007):
 * - UTF-8 (a BOM is ignored), `;` or `,` between fields (taken from the header line), fields may
 *   be quoted with `"` (`""` inside quotes is a quote); empty lines are skipped.
 * - A header line naming four columns in any order: `date`/`dato`, `amount`/`beløp`/`belop`,
 *   `reference`/`referanse`, `lease`/`leieforhold`/`kid` (case-insensitive).
 * - date: `YYYY-MM-DD` or `DD.MM.YYYY`; amount: whole kroner, `9000`, `9 000`, `9000,00` or
 *   `9000.00` (øre other than 00 is refused); reference: the bank's or ledger's unique id of the
 *   payment (1–100 characters); lease: the lease id in Husly.
 * Problems are reported per cell as `rows.<line>.<column>`, line 1 being the header.
 */

export interface PaymentLine {
  line: number;
  paidOn: string;
  amount: number;
  reference: string;
  leaseId: string;
}

const COLUMNS = { date: ['date', 'dato'], amount: ['amount', 'beløp', 'belop'], reference: ['reference', 'referanse'], lease: ['lease', 'leieforhold', 'kid'] } as const;
type Column = keyof typeof COLUMNS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Splits one line into fields, honouring double quotes. */
export function splitLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

function parseDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const nor = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : nor ? [nor[3], nor[2], nor[1]] : [];
  if (!y || !m || !d || !isValidDate(Number(y), Number(m), Number(d))) return undefined;
  return `${y}-${m}-${d}`;
}

/** Whole kroner, or a problem code. */
export function parseAmount(value: string): number | 'invalid_format' | 'not_whole_kroner' | 'too_small' {
  const compact = value.replace(/[\s\u00a0]/g, '');
  const match = /^(-?\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return 'invalid_format';
  if (match[2] !== undefined && Number(match[2]) !== 0) return 'not_whole_kroner';
  const amount = Number(match[1]);
  if (!Number.isSafeInteger(amount)) return 'invalid_format';
  return amount <= 0 ? 'too_small' : amount;
}

/** Parses the whole file; every problem is returned, and lines only when there are none. */
export function parsePaymentsCsv(text: string, today: string): { lines: PaymentLine[]; problems: Problem[] } {
  const all = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = all[0] ?? '';
  const separator = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const names = splitLine(header, separator).map((h) => h.toLowerCase());
  const index = {} as Record<Column, number>;
  const problems: Problem[] = [];
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
    if (index[column] < 0) problems.push({ path: `csv.${column}`, code: 'missing_column' });
  }
  if (problems.length > 0) return { lines: [], problems };

  const lines: PaymentLine[] = [];
  const seen = new Set<string>();
  all.forEach((raw, i) => {
    if (i === 0 || raw.trim() === '') return;
    const line = i + 1;
    const cells = splitLine(raw, separator);
    const cell = (c: Column) => cells[index[c]] ?? '';
    const bad = (c: Column, code: string) => problems.push({ path: `rows.${line}.${c}`, code });
    const before = problems.length;
    const paidOn = parseDate(cell('date'));
    if (cell('date') === '') bad('date', 'required');
    else if (!paidOn) bad('date', 'invalid_format');
    else if (paidOn > today) bad('date', 'in_future');
    const amount = parseAmount(cell('amount'));
    if (cell('amount') === '') bad('amount', 'required');
    else if (typeof amount === 'string') bad('amount', amount);
    const reference = cell('reference');
    if (reference === '') bad('reference', 'required');
    else if (reference.length > 100) bad('reference', 'too_long');
    else if (seen.has(reference)) bad('reference', 'duplicate');
    seen.add(reference);
    const leaseId = cell('lease');
    if (leaseId === '') bad('lease', 'required');
    else if (!UUID.test(leaseId)) bad('lease', 'invalid_format');
    if (problems.length === before && paidOn && typeof amount === 'number') lines.push({ line, paidOn, amount, reference, leaseId: leaseId.toLowerCase() });
  });
  return { lines: problems.length > 0 ? [] : lines, problems };
}
