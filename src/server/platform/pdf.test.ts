import { describe, expect, it } from 'vitest';
import { buildDecisionLetter, type Letter, type LetterResult } from '../../domain/letters/index.js';
import { decisionInput, personRecipient } from '../../domain/letters/fixtures.js';
import { renderLetterPdf } from './pdf.js';

function letterOf(result: LetterResult): Letter {
  if (!result.ok) throw new Error(`expected a letter, missing: ${result.missing.join(', ')}`);
  return result.letter;
}

/** A nynorsk decision to a representative with a Polish name, so the text needs latin-ext glyphs. */
const nynorskLetter = (): Letter =>
  letterOf(
    buildDecisionLetter(
      decisionInput(
        {
          language: 'nn',
          decidedOn: '2025-04-17',
          noticeSentOn: '2025-04-18',
          recipient: personRecipient({ name: 'Łukasz Żółć', isRepresentative: true, addressLines: ['Hemmelegvegen 7', '9999 Løynd'], addressProtected: true }),
        },
        { facts: 'Du bur mellombels hos ein ven på Blåbærhaugen i Ørsta.' },
      ),
    ),
  );

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

/**
 * Text as a reader would extract it from an uncompressed pdfkit PDF: map each font's glyph
 * codes through its ToUnicode CMap and join the text shown on the same baseline. Enough to
 * check that the text is there and extractable; not a general PDF parser.
 */
function extractText(pdf: Buffer): string {
  const src = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1] ?? '', m[2] ?? '');
  const cmaps = new Map<string, Map<number, string>>();
  for (const [, name, id] of src.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(id ?? '') ?? '')?.[1];
    const cmap = new Map<number, string>();
    for (const [, start, , entries] of (objects.get(toUnicode ?? '') ?? '').matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/g)) {
      [...(entries ?? '').matchAll(/<([0-9a-f ]+)>/g)].forEach((e, i) => {
        const units = (e[1] ?? '').split(' ').map((h) => parseInt(h, 16));
        cmap.set(parseInt(start ?? '0', 16) + i, String.fromCharCode(...units));
      });
    }
    cmaps.set(name ?? '', cmap);
  }
  const lines: string[] = [];
  for (const [, stream] of src.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    if (!stream?.includes('\nBT\n')) continue;
    let y = '';
    let font = new Map<number, string>();
    for (const [, tm, tf, tj] of stream.matchAll(/1 0 0 1 [\d.-]+ ([\d.-]+) Tm|\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (tm !== undefined) {
        if (tm !== y) lines.push('');
        y = tm;
      } else if (tf !== undefined) {
        font = cmaps.get(tf) ?? new Map();
      } else {
        const text = [...(tj ?? '').matchAll(/<([0-9a-f]+)>/g)]
          .flatMap((h) => (h[1] ?? '').match(/.{4}/g) ?? [])
          .map((code) => font.get(parseInt(code, 16)) ?? '\uFFFD')
          .join('');
        lines[lines.length - 1] += text;
      }
    }
  }
  return lines.join('\n');
}

describe('renderLetterPdf', () => {
  it('produces a tagged PDF 1.7 identified as PDF/UA, with language and title', async () => {
    const letter = nynorskLetter();
    const pdf = await renderLetterPdf(letter, { compress: false });
    const src = pdf.toString('latin1');
    expect(src.startsWith('%PDF-1.7')).toBe(true);
    expect(src).toContain('/StructTreeRoot');
    expect(src).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(src).toMatch(/<<\n\/Marked true\n>>/);
    expect(src).toContain('/Lang (nn-NO)');
    expect(src).toContain('/DisplayDocTitle true');
    // pdfkit writes each Info entry as an indirect object.
    expect(src).toMatch(/\/Title (\d+) 0 R/);
    expect(src).toContain(`${/\/Title (\d+) 0 R/.exec(src)?.[1]} 0 obj\n(Vedtak om kommunal utleigebustad)\nendobj`);
    expect(pdf.includes(Buffer.from('<rdf:li xml:lang="x-default">Vedtak om kommunal utleigebustad</rdf:li>', 'utf8'))).toBe(true);
    expect(src).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('marks a bokmål letter as nb-NO', async () => {
    const letter = letterOf(buildDecisionLetter(decisionInput({ language: 'nb' })));
    expect((await renderLetterPdf(letter, { compress: false })).toString('latin1')).toContain('/Lang (nb-NO)');
  });

  it('embeds the Inter font and uses no standard (unembedded) font', async () => {
    const src = (await renderLetterPdf(nynorskLetter(), { compress: false })).toString('latin1');
    expect(src).toContain('/FontFile2');
    expect(src).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter/);
    expect(src).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('builds the structure tree from the letter: one H1, an H2 per section, paragraphs and lists', async () => {
    const letter = nynorskLetter();
    const src = (await renderLetterPdf(letter, { compress: false })).toString('latin1');
    const listItems = letter.sections.reduce((n, s) => n + (s.list?.length ?? 0), 0);
    expect(count(src, '/S /Document')).toBe(1);
    expect(count(src, '/S /H1')).toBe(1);
    expect(count(src, '/S /H2')).toBe(letter.sections.length);
    expect(count(src, '/S /Sect')).toBe(letter.sections.length);
    expect(count(src, '/S /L\n')).toBe(letter.sections.filter((s) => s.list).length);
    expect(count(src, '/S /LI')).toBe(listItems);
    expect(count(src, '/S /LBody')).toBe(listItems);
    expect(count(src, '/S /P')).toBeGreaterThan(letter.sections.length);
    expect(src).toContain('/Artifact <<\n/Type /Pagination\n>> BDC');
  });

  it('has extractable text with æ, ø, å, the case number and the deadline sentence', async () => {
    const text = extractText(await renderLetterPdf(nynorskLetter(), { compress: false }));
    expect(text).toContain('Vår ref. 2025/123');
    expect(text).toContain('Vedtak om kommunal utleigebustad');
    expect(text).toContain('Blåbærhaugen i Ørsta');
    expect(text).toContain('Fristen for å klage er tre veker frå du fekk dette brevet');
    expect(text).toContain('15. mai 2025');
    expect(text).toContain('Łukasz Żółć');
    expect(text).toContain('på vegner av Ola Nordmann');
    expect(text).not.toContain('\uFFFD');
  });

  it('never prints a protected address', async () => {
    const text = extractText(await renderLetterPdf(nynorskLetter(), { compress: false }));
    expect(text).not.toMatch(/Hemmelegvegen|Løynd/);
  });

  it('numbers the pages of a long letter', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Avsnitt ${i + 1}: ${'Dette er ei lang utgreiing om saka. '.repeat(6)}`);
    const letter = letterOf(buildDecisionLetter(decisionInput({ language: 'nn' }, { facts: long })));
    const pdf = await renderLetterPdf(letter, { compress: false });
    const pages = Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
    expect(pages).toBeGreaterThan(1);
    const text = extractText(pdf);
    expect(text).toContain(`side 1 av ${pages}`);
    expect(text).toContain(`side ${pages} av ${pages}`);
  });

  it('is deterministic: the same letter gives the same bytes, dated from the letter', async () => {
    const letter = nynorskLetter();
    const [a, b] = await Promise.all([renderLetterPdf(letter), renderLetterPdf(letter)]);
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('(D:20250417000000Z)');
  });
});
