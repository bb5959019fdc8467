import { describe, expect, it } from 'vitest';
import { parseAmount, parsePaymentsCsv, splitLine } from './payments-csv.js';

const L1 = '11111111-1111-4111-8111-111111111111';
const L2 = '22222222-2222-4222-8222-222222222222';
const codes = (problems: Array<{ path: string; code: string }>) => problems.map((p) => `${p.path}:${p.code}`);

describe('parsePaymentsCsv', () => {
  it('reads a semicolon file with Norwegian headers, dates and amounts', () => {
    const csv = `\uFEFFdato;beløp;referanse;leieforhold\r\n01.03.2026;9 000,00;BANK-1;${L1}\r\n\r\n2026-03-02;4500;BANK-2;${L2.toUpperCase()}\r\n`;
    expect(parsePaymentsCsv(csv, '2026-03-10')).toEqual({
      problems: [],
      lines: [
        { line: 2, paidOn: '2026-03-01', amount: 9000, reference: 'BANK-1', leaseId: L1 },
        { line: 4, paidOn: '2026-03-02', amount: 4500, reference: 'BANK-2', leaseId: L2 },
      ],
    });
  });

  it('reads a comma file with English headers in another order and quoted fields', () => {
    const csv = `reference,lease,amount,date\n"REF ""A""",${L1},9000.00,2026-03-01`;
    expect(parsePaymentsCsv(csv, '2026-03-10').lines).toEqual([{ line: 2, paidOn: '2026-03-01', amount: 9000, reference: 'REF "A"', leaseId: L1 }]);
  });

  it('lists every bad cell by line and column, and returns no lines then', () => {
    const csv = [
      'date;amount;reference;lease',
      `2026-02-30;9000;R1;${L1}`,
      `2026-03-01;9000,50;R2;${L1}`,
      `2026-03-11;-5;R2;not-a-lease`,
      `;abc;;`,
      `2026-03-01;9000;R5;${L2}`,
    ].join('\n');
    const result = parsePaymentsCsv(csv, '2026-03-10');
    expect(result.lines).toEqual([]);
    expect(codes(result.problems)).toEqual([
      'rows.2.date:invalid_format',
      'rows.3.amount:not_whole_kroner',
      'rows.4.date:in_future',
      'rows.4.amount:too_small',
      'rows.4.reference:duplicate',
      'rows.4.lease:invalid_format',
      'rows.5.date:required',
      'rows.5.amount:invalid_format',
      'rows.5.reference:required',
      'rows.5.lease:required',
    ]);
  });

  it('names the missing columns of the header', () => {
    expect(codes(parsePaymentsCsv('dato;beløp\n', '2026-03-10').problems)).toEqual(['csv.reference:missing_column', 'csv.lease:missing_column']);
  });
});

describe('pieces', () => {
  it.each([
    ['9000', 9000],
    ['9 000', 9000],
    ['9\u00a0000,00', 9000],
    ['9000.0', 9000],
    ['9000,5', 'not_whole_kroner'],
    ['0', 'too_small'],
    ['9.000,00', 'invalid_format'],
  ])('amount %s → %s', (value, expected) => {
    expect(parseAmount(value)).toBe(expected);
  });

  it('splits quoted fields', () => {
    expect(splitLine('"a;b";c;"d""e"', ';')).toEqual(['a;b', 'c', 'd"e']);
  });
});
