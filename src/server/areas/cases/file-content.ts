/**
 * What a file is, by its content (magic bytes), never by its name or declared type: the only
 * kinds Husly stores are PDF, JPEG and PNG (issue 3 § 3).
 */

export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

const SIGNATURES: ReadonlyArray<{ type: AcceptedType; bytes: readonly number[] }> = [
  /** «%PDF-» (ISO 32000-1 § 7.5.2). */
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  /** SOI marker followed by the first segment's marker byte (JPEG/JFIF, ITU T.81). */
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  /** The eight-byte PNG signature (RFC 2083 § 3.1). */
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The accepted type the content starts with, or undefined for anything else. */
export function detectFileType(content: Uint8Array): AcceptedType | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.type;
}

/** The declared type as a bare lower-case MIME type (`Image/JPEG; x=y` → `image/jpeg`). */
export const normaliseMimeType = (declared: string): string => declared.split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control
 * characters, no quotes or backslashes, at most 200 characters.
 */
export function safeFilename(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"\\]/g, '').trim().slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'dokument' : cleaned;
}

/** Content-Disposition for a download: an ASCII fallback plus the UTF-8 name (RFC 6266, RFC 8187). */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
