import { describe, expect, it } from 'vitest';
import { attachmentHeader, detectFileType, normaliseMimeType, safeFilename } from './file-content.js';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);

describe('detectFileType', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
  ])('recognises %s by its content', (_name, content, type) => {
    expect(detectFileType(content)).toBe(type);
  });

  it.each([
    ['a text file', Buffer.from('hello')],
    ['an HTML page named .pdf', Buffer.from('<html><script>')],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47)],
    ['a GIF', Buffer.from('GIF89a')],
    ['an empty file', new Uint8Array()],
  ])('refuses %s', (_name, content) => {
    expect(detectFileType(content)).toBeUndefined();
  });
});

describe('file names and headers', () => {
  it('strips paths, quotes and control characters', () => {
    expect(safeFilename('C:\\Users\\kari\\lønn "2025".pdf')).toBe('lønn 2025.pdf');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('a\u0000b\nc.png')).toBe('abc.png');
    expect(safeFilename('')).toBe('dokument');
    expect(safeFilename(undefined)).toBe('dokument');
  });

  it('sends an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentHeader('lønn.pdf')).toBe(`attachment; filename="l_nn.pdf"; filename*=UTF-8''l%C3%B8nn.pdf`);
  });

  it('reads the bare declared type', () => {
    expect(normaliseMimeType('Image/JPEG; charset=binary')).toBe('image/jpeg');
  });
});
