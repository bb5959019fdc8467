/** Test support: the text of an uncompressed pdfkit PDF (shared by the letter and council report tests). */
import { inflateSync } from 'node:zlib';
/**
 * Text as a reader would extract it from an uncompressed pdfkit PDF: map each font's glyph
 * codes through its ToUnicode CMap and join the text shown on the same baseline. Enough to
 * check that the text is there and extractable; not a general PDF parser.
 */
export function extractText(pdf: Buffer): string {
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

/** The PDF with every Flate stream inflated, so extractText can read a compressed PDF (as served). */
export function inflatePdf(pdf: Buffer): Buffer {
  const src = pdf.toString('latin1');
  const out = src.replace(/stream\n([\s\S]*?)\nendstream/g, (whole, data: string) => {
    try {
      return `stream\n${inflateSync(Buffer.from(data, 'latin1')).toString('latin1')}\nendstream`;
    } catch {
      return whole;
    }
  });
  return Buffer.from(out, 'latin1');
}
