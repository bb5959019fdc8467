import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.js';
import { rows, withTenant } from '../../platform/db.js';
import { sendDecision } from './decisions.send.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRepresentative,
  approvalContent,
  countRows,
  createHousehold,
  openCase,
  refusalContent,
  setRequireAttestation,
  setupCaseTest,
  type CaseTestEnv,
} from './cases.fixtures.js';

let env: CaseTestEnv;
beforeAll(async () => {
  // Monday 2 March 2026.
  env = await setupCaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

const cw = () => env.clients.caseworker;
const post = (url: string, payload: unknown = {}) => cw().request({ method: 'POST', url, payload: payload as object });

async function newCase(head = {}) {
  const { householdId, personId } = await createHousehold(env, head);
  const { caseId } = await openCase(cw(), { householdId });
  return { caseId, personId };
}

describe('an approval', () => {
  it('is refused while blocks are missing, then sent with the dates, letter, PDF and audit events', async () => {
    const { caseId } = await newCase();
    expect((await post(`/api/cases/${caseId}/eligibility`)).statusCode).toBe(201);
    const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'approved', content: { conclusion: 'Du får kommunal utleiebolig.' } });
    expect(draft.statusCode).toBe(201);
    const decisionId = draft.json().id;
    expect(draft.json()).toMatchObject({ status: 'draft', language: 'nb' });
    expect(draft.json().missingBlocks).toEqual(['content.dwelling', 'content.leaseYears', 'content.premises', 'content.facts', 'content.considerations']);

    const refused = await post(`/api/cases/${caseId}/decisions/${decisionId}/send`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('rule_violation');
    expect(refused.json().error.fieldErrors.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toContain('content.facts:missing_block');
    expect(await countRows(env, 'audit_event', sql`type = 'decision.sent' and subject_id = ${caseId}`)).toBe(0);

    const edited = await cw().request({ method: 'PUT', url: `/api/cases/${caseId}/decisions/${decisionId}`, payload: { content: approvalContent() } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().missingBlocks).toEqual([]);

    const preview = await cw().request({ method: 'GET', url: `/api/cases/${caseId}/decisions/${decisionId}/preview.html` });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toMatch(/^text\/html/);
    expect(preview.body).toContain('Vedtak om kommunal utleiebolig');
    expect(preview.body).toContain('href="/api/letters/letter.css"');
    const css = await env.husly.app.inject({ method: 'GET', url: '/api/letters/letter.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);

    const sent = await post(`/api/cases/${caseId}/decisions/${decisionId}/send`);
    expect(sent.statusCode).toBe(200);
    // Posted Monday 2 March; assumed to arrive after three working days (Thursday 5 March); three weeks → 26 March.
    expect(sent.json().decision).toMatchObject({ status: 'sent', decidedOn: '2026-03-02', noticeSentOn: '2026-03-02', appealDeadline: '2026-03-26', validUntil: '2027-03-02' });
    expect(sent.json().letter).toMatchObject({ kind: 'decision', recipientKind: 'person', recipientName: 'Kari Nordmann', language: 'nb' });

    const page = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(page.case).toMatchObject({ status: 'decided', decidedOn: '2026-03-02' });
    expect(page.timeline.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['case.received', 'eligibility.evaluated', 'decision.drafted', 'decision.updated', 'decision.sent']),
    );

    const pdf = await cw().request({ method: 'GET', url: `/api/cases/${caseId}/decisions/${decisionId}/letter.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const again = await post(`/api/cases/${caseId}/decisions/${decisionId}/send`);
    expect(again.statusCode).toBe(422);
    const edit = await cw().request({ method: 'PUT', url: `/api/cases/${caseId}/decisions/${decisionId}`, payload: { outcome: 'refused' } });
    expect(edit.statusCode).toBe(422);
  });
});

describe('a refusal', () => {
  it("is refused without 'other help', and sent with it", async () => {
    const { caseId } = await newCase();
    const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'refused', content: refusalContent({ otherHelp: [] }) });
    const decisionId = draft.json().id;
    const refused = await post(`/api/cases/${caseId}/decisions/${decisionId}/send`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fieldErrors).toEqual([expect.objectContaining({ path: 'content.otherHelp', code: 'missing_block' })]);
    expect(await countRows(env, 'letter', sql`case_id = ${caseId}`)).toBe(0);

    await cw().request({ method: 'PUT', url: `/api/cases/${caseId}/decisions/${decisionId}`, payload: { content: refusalContent() } });
    const sent = await post(`/api/cases/${caseId}/decisions/${decisionId}/send`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().decision).toMatchObject({ outcome: 'refused', validUntil: null, appealDeadline: '2026-03-26' });
    const html = await cw().request({ method: 'GET', url: `/api/cases/${caseId}/decisions/${decisionId}/preview.html` });
    expect(html.body).toContain('Bostøtte fra Husbanken');
  });
});

describe('letters go to the right person', () => {
  it('sends the decision to the fullmektig (fvl. § 12), in nynorsk when the person writes nynorsk', async () => {
    const { caseId, personId } = await newCase({ writtenLanguage: 'nn', givenName: 'Nils', familyName: 'Nynorsk' });
    await addRepresentative(env, personId, 'Advokat Fullmakt');
    const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'refused', content: refusalContent() });
    expect(draft.json().language).toBe('nn');
    const sent = await post(`/api/cases/${caseId}/decisions/${draft.json().id}/send`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().letter).toMatchObject({ recipientKind: 'representative', recipientName: 'Advokat Fullmakt', language: 'nn' });
    const html = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}/letters/${sent.json().letter.id}` })).body;
    expect(html).toContain('Advokat Fullmakt');
    expect(html).toContain('Nils Nynorsk');
    expect(html).toContain('lang="nn"');
    const pdf = await cw().request({ method: 'GET', url: `/api/cases/${caseId}/decisions/${draft.json().id}/letter.pdf` });
    expect(pdf.statusCode).toBe(200);
  });

  it('never prints a protected address on a letter', async () => {
    const { caseId } = await newCase({ addressProtection: 'fortrolig' });
    const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'refused', content: refusalContent() });
    const sent = await post(`/api/cases/${caseId}/decisions/${draft.json().id}/send`);
    expect(sent.statusCode).toBe(200);
    const stored = await countRows(env, 'letter', sql`case_id = ${caseId} and html like '%Storgata%'`);
    expect(stored).toBe(0);
  });
});

describe('attestation', () => {
  it('waits for a second caseworker, who is not the author', async () => {
    await setRequireAttestation(env, true);
    try {
      const { caseId } = await newCase();
      const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'refused', content: refusalContent() });
      const decisionId = draft.json().id;
      const submitted = await post(`/api/cases/${caseId}/decisions/${decisionId}/send`);
      expect(submitted.statusCode).toBe(200);
      expect(submitted.json()).toMatchObject({ decision: { status: 'awaiting_attestation', decidedOn: null }, letter: null });
      expect(await countRows(env, 'audit_event', sql`type = 'decision.sent' and subject_id = ${caseId}`)).toBe(0);

      const worklist = (await env.clients.caseworker2.request({ method: 'GET', url: '/api/worklist' })).json();
      expect(worklist.awaitingAttestation.map((i: { decisionId: string }) => i.decisionId)).toContain(decisionId);
      const own = (await cw().request({ method: 'GET', url: '/api/worklist' })).json();
      expect(own.awaitingAttestation.map((i: { decisionId: string }) => i.decisionId)).not.toContain(decisionId);

      const byAuthor = await post(`/api/cases/${caseId}/decisions/${decisionId}/attest`);
      expect(byAuthor.statusCode).toBe(422);
      expect(byAuthor.json().error.fieldErrors[0]).toMatchObject({ path: 'decision', code: 'own_decision' });

      const attested = await env.clients.caseworker2.request({ method: 'POST', url: `/api/cases/${caseId}/decisions/${decisionId}/attest`, payload: {} });
      expect(attested.statusCode).toBe(200);
      expect(attested.json().decision).toMatchObject({ status: 'sent', decidedOn: '2026-03-02', attestedBy: { id: env.userIds.caseworker2 } });
      const html = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}/decisions/${decisionId}/preview.html` })).body;
      expect(html).toContain(`Test caseworker2-${env.municipalityId}`);
    } finally {
      await setRequireAttestation(env, false);
    }
  });
});

describe('who may decide', () => {
  it('refuses a manager with 403 and hides the case from NAV without consent', async () => {
    const { caseId } = await newCase();
    const manager = await env.clients.manager.request({ method: 'POST', url: `/api/cases/${caseId}/decisions`, payload: { outcome: 'refused' } });
    expect(manager.statusCode).toBe(403);
    const nav = await env.clients.nav_adviser.request({ method: 'POST', url: `/api/cases/${caseId}/decisions`, payload: { outcome: 'refused' } });
    expect(nav.statusCode).toBe(404);
  });
});

describe('expiring approvals on the work list', () => {
  it('shows an approval whose validity ends within 60 days', async () => {
    const { caseId } = await newCase();
    const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'approved', content: approvalContent() });
    await post(`/api/cases/${caseId}/decisions/${draft.json().id}/send`);
    const listed = async () => ((await cw().request({ method: 'GET', url: '/api/worklist' })).json().expiringDecisions as Array<{ caseId: string; validUntil: string }>).find((i) => i.caseId === caseId);
    // Valid until 2 March 2027: shown from 1 January 2027 (60 days before), Oslo time.
    await env.setNow('2026-12-31T09:00:00Z');
    expect(await listed()).toBeUndefined();
    await env.setNow('2026-12-31T23:30:00Z');
    expect(await listed()).toMatchObject({ validUntil: '2027-03-02' });
    await env.setNow('2027-03-03T09:00:00Z');
    expect(await listed()).toBeUndefined();
    await env.setNow('2026-03-02T09:00:00Z');
  });
});

describe('audit in the same transaction', () => {
  it('leaves no decision.sent event, letter or status change when the sending transaction fails at the end', async () => {
    const { caseId } = await newCase();
    const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'refused', content: refusalContent() });
    const decisionId = draft.json().id;
    const m = env.municipalityId;
    let eventsInside = -1;
    const failing: ServiceContext = {
      actor: {
        userId: env.userIds.caseworker,
        username: `caseworker-${m}`,
        displayName: `Test caseworker-${m}`,
        role: 'caseworker',
        language: 'nb',
        municipalityId: m,
        kommunenummer: env.kommunenummer,
        municipalityName: 'Sakskommune',
        sessionId: 'test',
        csrfToken: 'test',
      },
      clock: env.clock,
      requestId: 'test-request',
      transaction: (fn) =>
        withTenant(env.handle.db, { municipalityId: m }, async (tx) => {
          await fn(tx);
          // The event exists inside the transaction, beside the change …
          const [inside] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from audit_event where type = 'decision.sent' and subject_id = ${caseId}`);
          eventsInside = inside?.n ?? 0;
          // … and a failure before commit takes both away.
          throw new Error('commit fails');
        }),
    };
    await expect(sendDecision(failing, caseId, decisionId)).rejects.toThrow('commit fails');
    expect(eventsInside).toBe(1);
    expect(await countRows(env, 'audit_event', sql`type = 'decision.sent' and subject_id = ${caseId}`)).toBe(0);
    expect(await countRows(env, 'letter', sql`case_id = ${caseId}`)).toBe(0);
    const page = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(page.case.status).toBe('received');
    expect(page.decisions[0].status).toBe('draft');
  });
});
