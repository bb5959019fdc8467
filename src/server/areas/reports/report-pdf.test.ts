import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../test/pdf-text.js';
import { reportModel, row, v } from '../../../domain/reports/fixtures.js';
import { renderReportPdf } from './report-pdf.js';

/** The Alt texts of the structure elements (pdfkit writes UTF-16BE with a BOM when a text is not ASCII). */
function altTexts(src: string): string[] {
  return [...src.matchAll(/\/Alt \(((?:\\.|[^\\)])*)\)/g)].map((m) => {
    const raw = (m[1] ?? '').replace(/\\(.)/g, '$1');
    if (!raw.startsWith('\u00fe\u00ff')) return raw;
    const bytes = Buffer.from(raw.slice(2), 'latin1');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return out;
  });
}

describe('renderReportPdf', () => {
  it('is a tagged PDF/UA-identified PDF with language, title, structure, tables and figures with Alt text', async () => {
    const pdf = await renderReportPdf(reportModel(), { compress: false });
    const src = pdf.toString('latin1');
    expect(src.startsWith('%PDF-1.7')).toBe(true);
    expect(src).toContain('/StructTreeRoot');
    expect(src).toMatch(/\/MarkInfo \d+ 0 R|\/MarkInfo <<\s*\/Marked true/);
    expect(src).toMatch(/\/Marked true/);
    expect(src).toContain('/Lang (nb-NO)');
    expect(src).toContain('pdfuaid:part');
    expect(src).toContain('/DisplayDocTitle true');
    for (const tag of ['/S /Document', '/S /H1', '/S /H2', '/S /P', '/S /Table', '/S /TR', '/S /TH', '/S /TD', '/S /Figure']) expect(src, tag).toContain(tag);
    expect(src).toMatch(/\/Scope \/Column/);
    expect(src).toMatch(/\/Scope \/Row/);
    // The chart's Alt text states the quarters' values, the suppressed one as <5, and the target.
    expect(altTexts(src)).toContain('Linjediagram: Indikator temporary.children_households_during per kvartal. 2026 K1: 15, 2026 K2: <5, 2026 K3: 12. Mållinje: 10.');
  });

  it('holds the narrative, the title block and «<5» where a count is suppressed', async () => {
    const text = extractText(await renderReportPdf(reportModel(), { compress: false }));
    expect(text).toContain('Rapport til kommunestyret 2026 K3');
    expect(text).toContain('Demo kommune');
    expect(text).toContain('Dataversjon: 2026-10-05:abc123');
    expect(text).toContain('Sammendrag');
    expect(text).toContain('Kvartalet gikk godt.');
    expect(text).toContain('Færre familier bor midlertidig.');
    expect(text).toContain('Ingen tekst.');
    expect(text).toContain('Færre barnefamilier i midlertidig botilbud');
    expect(text).toMatch(/Indikator evictions\.carried_out \(utkastelser\)\s*<5/);
    expect(text).toContain('høyst 10');
    expect(text).toContain('Usikker');
    expect(text).toContain('2026 K2');
    expect(text).toMatch(/Side 1 av \d/);
  });

  it('writes in English for an English report and is deterministic', async () => {
    const model = reportModel({ language: 'en', narrative: [{ key: 'summary', heading: 'Summary', text: 'All well.' }], rows: [row('a', { value: v(7) })] });
    const a = await renderReportPdf(model, { compress: false });
    expect(a.toString('latin1')).toContain('/Lang (en-NO)');
    const text = extractText(a);
    expect(text).toContain('All well.');
    expect(text).toContain('at most 10');
    expect((await renderReportPdf(model, { compress: false })).equals(a)).toBe(true);
  });
});
