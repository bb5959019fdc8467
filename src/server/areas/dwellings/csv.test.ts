import { describe, expect, it } from 'vitest';
import { detectDelimiter, formatCsvRecord, parseCsv } from './csv.js';
import { cellText } from './sheet-read.js';

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields holding the delimiter, doubled quotes and line breaks', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n"line\r\nbreak";2;\n', ';')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['line\r\nbreak', '2', ''],
    ]);
  });

  it('keeps empty fields and a last record without a line break', () => {
    expect(parseCsv(';;x\n1;;', ';')).toEqual([
      ['', '', 'x'],
      ['1', '', ''],
    ]);
  });

  it('finds the delimiter in the header record, ignoring quoted ones, and prefers ; on a tie', () => {
    expect(detectDelimiter('gnr;bnr;"a,b,c"\n1,2,3')).toBe(';');
    expect(detectDelimiter('gnr,bnr,gatenavn\n1;2;3')).toBe(',');
    expect(detectDelimiter('gnr\tbnr\n')).toBe('\t');
    expect(detectDelimiter('gatenavn\n')).toBe(';');
  });

  it('writes what it reads', () => {
    const record = ['plain', 'with;semicolon', 'with "quote"', 'two\nlines', ''];
    expect(parseCsv(formatCsvRecord(record, ';'), ';')).toEqual([record]);
  });
});

describe('xlsx cell text', () => {
  it('writes dates as ISO dates, booleans as ja/nei and takes rich text and formula results', () => {
    expect(cellText(new Date(Date.UTC(2024, 0, 15)))).toBe('2024-01-15');
    expect(cellText(true)).toBe('ja');
    expect(cellText(45.5)).toBe('45.5');
    expect(cellText({ richText: [{ text: 'Stor' }, { text: 'gata' }] })).toBe('Storgata');
    expect(cellText({ formula: 'A1*2', result: 8500 })).toBe('8500');
    expect(cellText(null)).toBe('');
  });
});
