/**
 * A small CSV reader and writer after RFC 4180, for the Kobo sheets that municipalities save
 * from Excel: fields in double quotes may hold the delimiter, line breaks and doubled quotes;
 * records end in CRLF or LF. Norwegian Excel writes `;`, others `,` (and some tools a tab), so
 * the delimiter is the one of the three that occurs most often in the header record.
 */

export type Delimiter = ';' | ',' | '\t';

/** The delimiter of the first record: the most frequent of ; , and tab outside quotes (ties: ;). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter] += 1;
  }
  return (Object.keys(counts) as Delimiter[]).reduce((best, d) => (counts[d] > counts[best] ? d : best), ';');
}

/** The records of `text` (no BOM), each a list of fields. A final line break ends the last record. */
export function parseCsv(text: string, delimiter: Delimiter): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 1;
    } else if (ch === '\n' || ch === '\r') endRecord();
    else field += ch;
    i += 1;
  }
  if (field !== '' || record.length > 0 || quoted) endRecord();
  return records;
}

/** One record as CSV: a field is quoted when it holds the delimiter, a quote or a line break. */
export function formatCsvRecord(fields: readonly string[], delimiter: Delimiter): string {
  return fields.map((f) => (f.includes(delimiter) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter);
}
