import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createHousehold, openCase, setupCaseTest, type CaseTestEnv } from './cases.fixtures.js';
import { MAX_DOCUMENT_BYTES } from './documents.service.js';

let env: CaseTestEnv;
let caseId: string;
beforeAll(async () => {
  env = await setupCaseTest('2026-03-02T09:00:00Z');
  const { householdId } = await createHousehold(env);
  caseId = (await openCase(env.clients.caseworker, { householdId })).caseId;
});
afterAll(() => env.close());

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

function multipart(fields: Record<string, string>, file?: { name: string; type: string; content: Buffer }) {
  const boundary = '----husly-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(file.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (body: ReturnType<typeof multipart>, client = env.clients.caseworker, id = caseId) =>
  client.request({ method: 'POST', url: `/api/cases/${id}/documents`, ...body });

describe('documents', () => {
  it('stores a PDF with its checksum, marks the checklist item received and returns it for download with an access-log row', async () => {
    const res = await upload(multipart({ checklistItem: 'income_statement' }, { name: 'lønnsslipp.pdf', type: 'application/pdf', content: PDF }));
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ checklistItem: 'income_statement', filename: 'lønnsslipp.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length });
    expect(doc.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    const page = (await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(page.application.documentation).toContainEqual({ item: 'income_statement', status: 'received' });
    expect(page.documents.map((d: { id: string }) => d.id)).toContain(doc.id);
    expect(page.timeline.map((e: { type: string }) => e.type)).toContain('document.uploaded');

    const file = await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}/documents/${doc.id}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="l_nnsslipp.pdf"; filename*=UTF-8''l%C3%B8nnsslipp.pdf`);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(await countRows(env, 'access_log', sql`subject_type = 'case_document' and subject_id = ${doc.id}`)).toBe(1);
    expect(await countRows(env, 'access_log', sql`subject_type = 'case' and subject_id = ${caseId} and purpose = 'case.document.view'`)).toBe(1);
  });

  it('accepts a PNG whatever its name says', async () => {
    const res = await upload(multipart({ checklistItem: 'identity' }, { name: 'pass.pdf', type: 'image/png', content: PNG }));
    expect(res.statusCode).toBe(201);
    expect(res.json().mimeType).toBe('image/png');
  });

  it.each([
    ['a false content type (PNG bytes declared as PDF)', { name: 'a.pdf', type: 'application/pdf', content: PNG }, 'file_type_mismatch'],
    ['a script named .pdf', { name: 'a.pdf', type: 'application/pdf', content: Buffer.from('<script>alert(1)</script>') }, 'unsupported_file_type'],
    ['an HTML file', { name: 'a.html', type: 'text/html', content: Buffer.from('<html></html>') }, 'unsupported_file_type'],
    ['an empty file', { name: 'a.pdf', type: 'application/pdf', content: Buffer.alloc(0) }, 'empty_file'],
  ])('refuses %s and stores nothing', async (_name, file, code) => {
    const before = await countRows(env, 'case_document');
    const res = await upload(multipart({ checklistItem: 'other' }, file));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', fieldErrors: [{ path: 'file', code }] });
    expect(await countRows(env, 'case_document')).toBe(before);
  });

  it('accepts a scanned PDF of several MiB (over the JSON body limit, under the document limit)', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const res = await upload(multipart({ checklistItem: 'tax_assessment' }, { name: 'skattemelding.pdf', type: 'application/pdf', content: big }));
    expect(res.statusCode).toBe(201);
    expect(res.json().sizeBytes).toBe(big.length);
  });

  it('refuses a file over the limit with 413 and stores nothing', async () => {
    const before = await countRows(env, 'case_document');
    const events = await countRows(env, 'audit_event', sql`type = 'document.uploaded'`);
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES, 0x20)]);
    const res = await upload(multipart({ checklistItem: 'other' }, { name: 'stor.pdf', type: 'application/pdf', content: big }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await countRows(env, 'case_document')).toBe(before);
    expect(await countRows(env, 'audit_event', sql`type = 'document.uploaded'`)).toBe(events);
  });

  it('needs a checklist item and a file', async () => {
    const res = await upload(multipart({}));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors.map((f: { path: string }) => f.path)).toEqual(['checklistItem', 'file']);
  });

  it('refuses roles that may not change the case, and hides documents from those who may not see it', async () => {
    const body = multipart({ checklistItem: 'other' }, { name: 'a.pdf', type: 'application/pdf', content: PDF });
    expect((await upload(body, env.clients.manager)).statusCode).toBe(403);
    expect((await upload(body, env.clients.nav_adviser)).statusCode).toBe(404);
    const page = (await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    const docId = page.documents[0].id;
    expect((await env.clients.nav_adviser.request({ method: 'GET', url: `/api/cases/${caseId}/documents/${docId}` })).statusCode).toBe(404);
  });
});
