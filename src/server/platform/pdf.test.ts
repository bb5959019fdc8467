import { describe, expect, it } from 'vitest';
import { buildDecisionLetter, type Letter, type LetterResult } from '../../domain/letters/index.js';
import { decisionInput, personRecipient } from '../../domain/letters/fixtures.js';
import { extractText } from '../../../test/pdf-text.js';
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
