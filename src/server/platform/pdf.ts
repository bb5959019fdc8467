import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { keepTogether, letterDate, letterLabels, type Letter } from '../../domain/letters/index.js';

/**
 * A letter as a tagged PDF (PDF/UA-1 identification, PDF 1.7): a structure tree with
 * Document, H1, H2, P and L/LI/Lbl/LBody elements in reading order, the document language, the
 * title shown in the viewer's title bar, page numbers marked as artifacts, and the Inter font
 * embedded (PDF/UA forbids fonts that are not embedded). It reads the same Letter structure as
 * the HTML renderer. The output is deterministic: the dates in it come from the letter.
 */

const require = createRequire(import.meta.url);

/** Fontsource's Inter comes split by script; a letter may hold names in any Latin, Cyrillic or Greek script. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
type Subset = (typeof SUBSETS)[number];
type Weight = 400 | 600;

let ranges: ReadonlyMap<Subset, ReadonlyArray<readonly [number, number]>> | undefined;
const fontData = new Map<string, Buffer>();

/** The code-point ranges of each subset, from @fontsource/inter/unicode.json («U+0000-00FF,U+0131,…»). */
function subsetRanges(): ReadonlyMap<Subset, ReadonlyArray<readonly [number, number]>> {
  if (ranges) return ranges;
  const json = JSON.parse(readFileSync(require.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<string, string>;
  ranges = new Map(
    SUBSETS.map((subset) => [
      subset,
      (json[subset] ?? '').split(',').map((part) => {
        const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
      }),
    ]),
  );
  return ranges;
}

function subsetOf(codePoint: number): Subset {
  for (const [subset, list] of subsetRanges()) {
    if (list.some(([from, to]) => codePoint >= from && codePoint <= to)) return subset;
  }
  // Not in Inter at all (e.g. Arabic script): the glyph will be missing, as in any Latin font.
  return 'latin';
}

/** Splits text into runs that one subset font can draw; plain Norwegian text is one latin run. */
function fontRuns(text: string): Array<{ subset: Subset; text: string }> {
  const runs: Array<{ subset: Subset; text: string }> = [];
  for (const char of text) {
    // Each subset font holds only its own ranges (not even ASCII), so every character goes to its own subset.
    const subset = subsetOf(char.codePointAt(0) ?? 0);
    const last = runs[runs.length - 1];
    if (last && last.subset === subset) last.text += char;
    else runs.push({ subset, text: char });
  }
  return runs;
}

const fontName = (subset: Subset, weight: Weight): string => `Inter-${subset}-${weight}`;

function loadFont(doc: PDFKit.PDFDocument, subset: Subset, weight: Weight): string {
  const name = fontName(subset, weight);
  let data = fontData.get(name);
  if (!data) {
    data = readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));
    fontData.set(name, data);
  }
  doc.registerFont(name, data);
  return name;
}

const PT_PER_MM = 72 / 25.4;
const MARGIN = 20 * PT_PER_MM;
const SIZE = { body: 11, h1: 18, h2: 13, small: 9 } as const;
const LINE_GAP = 3;
const LIST_INDENT = 14;

export interface PdfOptions {
  /** Deflate the content streams; default true. Tests turn it off to read the text. */
  readonly compress?: boolean;
}

/** PDF text strings are escaped by pdfkit, but it writes Title and Author into the XMP metadata as they are. */
const xmpSafe = (s: string): string => s.replace(/[<>&]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Renders a letter as a tagged, PDF/UA-identified PDF.
 * @throws Error when pdfkit or the font files fail (I/O).
 */
export function renderLetterPdf(letter: Letter, options: PdfOptions = {}): Promise<Buffer> {
  const { meta, language } = letter;
  const labels = letterLabels(language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    // pdfkit 0.20 supports 'PDF/UA' (it writes the pdfuaid XMP entry); @types/pdfkit 0.17 lists only PDF/A.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: `${language}-NO`,
    displayTitle: true,
    bufferPages: true,
    compress: options.compress ?? true,
    font: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'),
    info: {
      Title: xmpSafe(letter.title),
      Author: xmpSafe(meta.municipality.name),
      Creator: 'Husly',
      CreationDate: new Date(`${meta.date}T00:00:00Z`),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  /** Writes text at the current position, switching subset fonts where a character needs it. */
  const write = (text: string, weight: Weight, size: number, opts: PDFKit.Mixins.TextOptions = {}) => {
    const runs = fontRuns(keepTogether(text));
    doc.fontSize(size);
    runs.forEach((run, i) => {
      doc.font(loadFont(doc, run.subset, weight));
      const continued = i < runs.length - 1;
      if (i === 0) doc.text(run.text, { width, lineGap: LINE_GAP, ...opts, continued });
      else doc.text(run.text, { continued });
    });
  };
  const spaceLeft = () => doc.page.height - MARGIN - doc.y;
  const lineHeight = (size: number) => size * 1.25 + LINE_GAP;
  const keepSpace = (points: number) => {
    if (spaceLeft() < points) doc.addPage();
  };

  const root = doc.struct('Document');
  doc.addStructure(root);
  const paragraph = (text: string, weight: Weight = 400, size: number = SIZE.body, opts: PDFKit.Mixins.TextOptions = {}) => {
    keepSpace(lineHeight(size));
    root.add(doc.struct('P', {}, () => write(text, weight, size, opts)));
  };

  // Header: sender, recipient, then reference and date.
  paragraph([meta.municipality.name, ...(meta.municipality.unit ? [meta.municipality.unit] : [])].join('\n'), 600);
  doc.moveDown(1);
  const recipient = [meta.recipient.name, ...(meta.recipient.onBehalfOf ? [`${labels.onBehalfOf} ${meta.recipient.onBehalfOf}`] : []), ...meta.recipient.addressLines];
  paragraph(recipient.join('\n'));
  doc.moveDown(1);
  paragraph(`${labels.ourRef}: ${meta.caseNumber}\n${labels.date}: ${letterDate(meta.date, language)}`, 400, SIZE.body, { align: 'right' });
  doc.moveDown(1.5);

  root.add(doc.struct('H1', {}, () => write(letter.title, 600, SIZE.h1)));
  doc.moveDown(0.5);
  letter.lead.forEach((p) => {
    paragraph(p);
    doc.moveDown(0.5);
  });

  for (const section of letter.sections) {
    const sect = doc.struct('Sect');
    root.add(sect);
    doc.moveDown(0.5);
    keepSpace(lineHeight(SIZE.h2) + 2 * lineHeight(SIZE.body));
    sect.add(doc.struct('H2', {}, () => write(section.heading, 600, SIZE.h2)));
    doc.moveDown(0.25);
    for (const p of section.paragraphs) {
      keepSpace(lineHeight(SIZE.body));
      sect.add(doc.struct('P', {}, () => write(p, 400, SIZE.body)));
      doc.moveDown(0.4);
    }
    if (section.list && section.list.length > 0) {
      const list = doc.struct('L');
      sect.add(list);
      for (const item of section.list) {
        keepSpace(lineHeight(SIZE.body));
        const top = doc.y;
        const li = doc.struct('LI');
        list.add(li);
        li.add(doc.struct('Lbl', {}, () => write('•', 400, SIZE.body, { width: LIST_INDENT, lineBreak: false })));
        doc.x = MARGIN + LIST_INDENT;
        doc.y = top;
        li.add(doc.struct('LBody', {}, () => write(item, 400, SIZE.body, { width: width - LIST_INDENT })));
        li.end();
        doc.x = MARGIN;
        doc.moveDown(0.2);
      }
      list.end();
      doc.moveDown(0.2);
    }
    sect.end();
  }

  doc.moveDown(1);
  paragraph(letter.signature.greeting);
  doc.moveDown(0.5);
  for (const signer of letter.signature.signers) {
    paragraph(`${signer.name}\n${signer.role}`);
    doc.moveDown(0.5);
  }
  if (letter.signature.note) paragraph(letter.signature.note, 400, SIZE.small);
  if (meta.copyTo.length > 0) {
    doc.moveDown(0.5);
    paragraph(`${labels.copyTo}: ${meta.copyTo.join(', ')}`, 400, SIZE.small);
  }
  root.end();

  addPageNumbers(doc, letter, width);
  doc.end();
  return done;
}

/** «Vår ref. 2025/123 · side 1 av 2» (the same in bokmål and nynorsk) at the foot of each page, marked as a pagination artifact. */
function addPageNumbers(doc: PDFKit.PDFDocument, letter: Letter, width: number): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(loadFont(doc, 'latin', 400)).fontSize(SIZE.small);
    doc.text(`${letterLabels(letter.language).ourRef} ${letter.meta.caseNumber} · side ${i + 1} av ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - SIZE.small, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
