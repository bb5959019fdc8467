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
export type Weight = 400 | 600;

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

/** The setup of one tagged document: language, title, author and date for the metadata. */
export interface TaggedPdfSetup extends PdfOptions {
  readonly title: string;
  readonly author: string;
  readonly language: 'nb' | 'nn' | 'en';
  /** The document's date (ISO day): the creation date in the metadata, so the output is deterministic. */
  readonly date: string;
  /** Page orientation; default portrait. */
  readonly layout?: 'portrait' | 'landscape';
}

/** An open tagged document and the helpers every Husly PDF draws with. */
export interface TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  /** The Document structure element; add H1/H2/P/Sect/Table/Figure elements to it in reading order. */
  readonly root: PDFKit.PDFStructureElement;
  /** The width between the margins. */
  readonly width: number;
  readonly margin: number;
  readonly size: typeof SIZE;
  /** Writes text at the current position (or `x`/`y`), switching subset fonts where a character needs it. Call inside a structure element. */
  write(text: string, weight: Weight, size: number, opts?: PDFKit.Mixins.TextOptions & { x?: number; y?: number }): void;
  /** Selects the latin Inter font of the weight (for measuring text with `doc.heightOfString`). */
  font(weight: Weight): void;
  /** Starts a new page when less than `points` remain above the bottom margin. */
  keepSpace(points: number): void;
  lineHeight(size: number): number;
  /** Adds a paragraph (P) to the root. */
  paragraph(text: string, weight?: Weight, size?: number, opts?: PDFKit.Mixins.TextOptions): void;
  /** Writes `footer(page, pages)` at the foot of every page as a pagination artifact, ends the structure and the document. */
  finish(footer: (page: number, pages: number) => string): Promise<Buffer>;
}

/**
 * Opens an A4 tagged PDF identified as PDF/UA-1 (PDF 1.7) with the document language, the title
 * shown in the viewer's title bar and the Inter font embedded. Letters and council reports draw on it.
 */
export function openTaggedPdf(setup: TaggedPdfSetup): TaggedPdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: setup.layout ?? 'portrait',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    // pdfkit 0.20 supports 'PDF/UA' (it writes the pdfuaid XMP entry); @types/pdfkit 0.17 lists only PDF/A.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: `${setup.language}-NO`,
    displayTitle: true,
    bufferPages: true,
    compress: setup.compress ?? true,
    font: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'),
    info: {
      Title: xmpSafe(setup.title),
      Author: xmpSafe(setup.author),
      Creator: 'Husly',
      CreationDate: new Date(`${setup.date}T00:00:00Z`),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const write: TaggedPdf['write'] = (text, weight, size, opts = {}) => {
    const { x, y, ...rest } = opts;
    const runs = fontRuns(keepTogether(text));
    doc.fontSize(size);
    runs.forEach((run, i) => {
      doc.font(loadFont(doc, run.subset, weight));
      const continued = i < runs.length - 1;
      if (i === 0) {
        if (x !== undefined && y !== undefined) doc.text(run.text, x, y, { width, lineGap: LINE_GAP, ...rest, continued });
        else doc.text(run.text, { width, lineGap: LINE_GAP, ...rest, continued });
      } else doc.text(run.text, { continued });
    });
  };
  const spaceLeft = () => doc.page.height - doc.page.margins.bottom - doc.y;
  const lineHeight = (size: number) => size * 1.25 + LINE_GAP;
  const keepSpace = (points: number) => {
    if (spaceLeft() < points) doc.addPage();
  };

  const root = doc.struct('Document');
  doc.addStructure(root);
  const paragraph: TaggedPdf['paragraph'] = (text, weight = 400, size = SIZE.body, opts = {}) => {
    keepSpace(lineHeight(size));
    root.add(doc.struct('P', {}, () => write(text, weight, size, opts)));
  };
  const finish: TaggedPdf['finish'] = (footer) => {
    root.end();
    addPageFooters(doc, width, footer);
    doc.end();
    return done;
  };
  return { doc, root, width, margin: MARGIN, size: SIZE, write, font: (weight) => doc.font(loadFont(doc, 'latin', weight)), keepSpace, lineHeight, paragraph, finish };
}

/**
 * Renders a letter as a tagged, PDF/UA-identified PDF.
 * @throws Error when pdfkit or the font files fail (I/O).
 */
export function renderLetterPdf(letter: Letter, options: PdfOptions = {}): Promise<Buffer> {
  const { meta, language } = letter;
  const labels = letterLabels(language);
  const { doc, root, width, write, keepSpace, lineHeight, paragraph, finish } = openTaggedPdf({
    title: letter.title,
    author: meta.municipality.name,
    language,
    date: meta.date,
    ...(options.compress !== undefined ? { compress: options.compress } : {}),
  });

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
  // «Vår ref. 2025/123 · side 1 av 2» (the same in bokmål and nynorsk).
  return finish((page, pages) => `${labels.ourRef} ${meta.caseNumber} · side ${page} av ${pages}`);
}

/** `footer(page, pages)` at the foot of each page, marked as a pagination artifact. */
function addPageFooters(doc: PDFKit.PDFDocument, width: number, footer: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(loadFont(doc, 'latin', 400)).fontSize(SIZE.small);
    doc.text(footer(i + 1, range.count), MARGIN, doc.page.height - MARGIN / 2 - SIZE.small, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
