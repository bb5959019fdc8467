import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalContent, countRows, createHousehold, openCase, refusalContent, setupCaseTest, type CaseTestEnv } from './cases.fixtures.js';

let env: CaseTestEnv;
beforeAll(async () => {
  env = await setupCaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

const cw = () => env.clients.caseworker;
const post = (url: string, payload: unknown = {}) => cw().request({ method: 'POST', url, payload: payload as object });

/** A rental-dwelling case refused on Monday 2 March 2026: klagefrist 26 March. */
async function refusedCase() {
  await env.setNow('2026-03-02T09:00:00Z');
  const { householdId } = await createHousehold(env);
  const { caseId } = await openCase(cw(), { householdId });
  const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'refused', content: refusalContent() });
  const sent = await post(`/api/cases/${caseId}/decisions/${draft.json().id}/send`);
  expect(sent.json().decision.appealDeadline).toBe('2026-03-26');
  return { caseId, decisionId: draft.json().id as string };
}

describe('registering an appeal', () => {
  it.each([
    ['2026-03-26', true, null],
    ['2026-03-27', false, 1],
    ['2026-04-06', false, 11],
  ] as const)('posted on %s is in time: %s (late by %s days)', async (submittedOn, inTime, lateBy) => {
    const { caseId, decisionId } = await refusedCase();
    await env.setNow('2026-04-08T09:00:00Z');
    const res = await post(`/api/cases/${caseId}/appeals`, { decisionId, submittedOn, receivedOn: '2026-04-07', grounds: 'Jeg er uenig i vurderingen.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().appeal).toMatchObject({ inTime, status: 'registered' });
    expect(res.json().appeal.late).toEqual(inTime ? null : { lateByDays: lateBy, mayBeConsidered: true, basis: 'fvl. § 31' });
    const page = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(page.case.status).toBe('appealed');
    const waiting = (await cw().request({ method: 'GET', url: '/api/worklist' })).json().appealsWaiting;
    expect(waiting.find((i: { caseId: string }) => i.caseId === caseId)).toMatchObject({ appealInTime: inTime });
  });

  it('refuses an appeal against a draft, and dates that make no sense', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(cw(), { householdId });
    const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'refused', content: refusalContent() });
    const res = await post(`/api/cases/${caseId}/appeals`, { decisionId: draft.json().id, submittedOn: '2026-03-02', receivedOn: '2026-03-02', grounds: 'Uenig' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'decisionId', code: 'decision_not_sent' });

    const sent = await refusedCase();
    const dates = await post(`/api/cases/${sent.caseId}/appeals`, { decisionId: sent.decisionId, submittedOn: '2026-03-02', receivedOn: '2026-03-01', grounds: 'Uenig' });
    expect(dates.statusCode).toBe(400);
    expect(dates.json().error.fieldErrors[0]).toMatchObject({ path: 'receivedOn', code: 'before_submitted' });
  });
});

describe('the review and the appeal body', () => {
  it('forwards an upheld late appeal with a cover sheet only when the lateness is assessed, then records a remand', async () => {
    const { caseId, decisionId } = await refusedCase();
    await env.setNow('2026-04-08T09:00:00Z');
    const appeal = (await post(`/api/cases/${caseId}/appeals`, { decisionId, submittedOn: '2026-03-30', receivedOn: '2026-03-31', grounds: 'Jeg var på sykehus.' })).json().appeal;

    const early = await post(`/api/appeals/${appeal.id}/outcome`, { outcome: 'upheld', decidedOn: '2026-04-08' });
    expect(early.statusCode).toBe(422);

    const missing = await post(`/api/appeals/${appeal.id}/review`, { outcome: 'uphold', note: 'Vi står ved vedtaket.' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.fieldErrors).toEqual([expect.objectContaining({ path: 'lateAppealAssessment', code: 'missing_block' })]);

    const upheld = await post(`/api/appeals/${appeal.id}/review`, {
      outcome: 'uphold',
      note: 'Vi står ved vedtaket.',
      lateAppealAssessment: 'Klagen bør behandles fordi klageren var innlagt på sykehus.',
    });
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json().appeal).toMatchObject({ status: 'forwarded', forwardedOn: '2026-04-08', appealBody: 'kommunens klagenemnd' });
    expect(upheld.json().letter).toMatchObject({ kind: 'appeal_cover', recipientKind: 'appeal_body' });
    const page = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(page.case.status).toBe('appeal_forwarded');
    expect(page.timeline.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['appeal.registered', 'appeal.reviewed', 'appeal.forwarded']));
    const atBody = (await cw().request({ method: 'GET', url: '/api/worklist' })).json().appealsAtAppealBody;
    expect(atBody.map((i: { appealId: string }) => i.appealId)).toContain(appeal.id);

    const remanded = await post(`/api/appeals/${appeal.id}/outcome`, { outcome: 'remanded', decidedOn: '2026-04-08' });
    expect(remanded.statusCode).toBe(200);
    expect(remanded.json().appeal).toMatchObject({ status: 'decided', bodyOutcome: 'remanded', bodyDecidedOn: '2026-04-08' });
    expect((await cw().request({ method: 'GET', url: `/api/cases/${caseId}` })).json().case.status).toBe('remanded');
    const newDraft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'approved' });
    expect(newDraft.statusCode).toBe(201);
    expect(await countRows(env, 'audit_event', sql`type = 'appeal.decided' and subject_id = ${caseId}`)).toBe(1);
  });

  it('reverses on review with a new draft, which is then sent', async () => {
    const { caseId, decisionId } = await refusedCase();
    await env.setNow('2026-03-10T09:00:00Z');
    const appeal = (await post(`/api/cases/${caseId}/appeals`, { decisionId, submittedOn: '2026-03-09', receivedOn: '2026-03-10', grounds: 'Jeg har solgt boligen.' })).json().appeal;
    const reversed = await post(`/api/appeals/${appeal.id}/review`, { outcome: 'reverse', note: 'Nye opplysninger: boligen er solgt.' });
    expect(reversed.statusCode).toBe(200);
    expect(reversed.json().appeal).toMatchObject({ status: 'reversed', reviewedOn: '2026-03-10' });
    const draftId = reversed.json().decision.id;
    expect(reversed.json().decision).toMatchObject({ outcome: 'approved', status: 'draft' });
    await cw().request({ method: 'PUT', url: `/api/cases/${caseId}/decisions/${draftId}`, payload: { content: approvalContent() } });
    const sent = await post(`/api/cases/${caseId}/decisions/${draftId}/send`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().decision).toMatchObject({ outcome: 'approved', decidedOn: '2026-03-10' });
    expect((await cw().request({ method: 'GET', url: `/api/cases/${caseId}` })).json().case.status).toBe('decided');
    const twice = await post(`/api/appeals/${appeal.id}/review`, { outcome: 'uphold', note: 'x' });
    expect(twice.statusCode).toBe(422);
  });

  it('answers 404 for an appeal the actor may not see', async () => {
    const { caseId, decisionId } = await refusedCase();
    const appeal = (await post(`/api/cases/${caseId}/appeals`, { decisionId, submittedOn: '2026-03-02', receivedOn: '2026-03-02', grounds: 'Uenig' })).json().appeal;
    const nav = await env.clients.nav_adviser.request({ method: 'POST', url: `/api/appeals/${appeal.id}/review`, payload: { outcome: 'uphold', note: 'x' } });
    expect(nav.statusCode).toBe(404);
    const manager = await env.clients.manager.request({ method: 'POST', url: `/api/appeals/${appeal.id}/review`, payload: { outcome: 'uphold', note: 'x' } });
    expect(manager.statusCode).toBe(403);
  });
});
