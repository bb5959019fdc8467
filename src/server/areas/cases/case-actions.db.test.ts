import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHousehold, openCase, refusalContent, setupCaseTest, type CaseTestEnv } from './cases.fixtures.js';

let env: CaseTestEnv;
beforeAll(async () => {
  env = await setupCaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

const cw = () => env.clients.caseworker;
const post = (url: string, payload: unknown = {}) => cw().request({ method: 'POST', url, payload: payload as object });
const onWorklist = async (section: string, caseId: string) =>
  ((await cw().request({ method: 'GET', url: '/api/worklist' })).json()[section] as Array<{ caseId: string }>).some((i) => i.caseId === caseId);

describe('the foreløpig svar', () => {
  it('sends the letter, records the date and takes the case off the deadline list', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(cw(), { householdId, receivedOn: '2026-01-30' });
    expect(await onWorklist('preliminaryReply', caseId)).toBe(true);
    const res = await post(`/api/cases/${caseId}/preliminary-reply`, { reason: 'Vi venter på opplysninger fra NAV.', expectedBy: '2026-04-15' });
    expect(res.statusCode).toBe(200);
    expect(res.json().case.status).toBe('preliminary_reply_sent');
    expect(res.json().letter).toMatchObject({ kind: 'preliminary_reply', recipientKind: 'person' });
    const page = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(page.case).toMatchObject({ preliminaryReplySentOn: '2026-03-02', deadline: { state: 'replied' } });
    expect(page.timeline.find((e: { type: string }) => e.type === 'case.preliminary_reply_sent')).toMatchObject({ reason: 'Vi venter på opplysninger fra NAV.' });
    expect(await onWorklist('preliminaryReply', caseId)).toBe(false);
    const html = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}/letters/${res.json().letter.id}` })).body;
    expect(html).toContain('15. april 2026');
  });

  it('needs an expected date after today', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(cw(), { householdId });
    const res = await post(`/api/cases/${caseId}/preliminary-reply`, { reason: 'Mye å gjøre.', expectedBy: '2026-03-02' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'expectedBy', code: 'in_past' });
  });
});

describe('forwarding', () => {
  it('forwards a case with a letter to the person and lists it as forwarded', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(cw(), { householdId, cases: [{ caseType: 'startlan' }] });
    const res = await post(`/api/cases/${caseId}/forward`, { unit: 'Startlånkontoret', reason: 'Startlån behandles av økonomiavdelingen.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().case.status).toBe('forwarded');
    expect(res.json().letter).toMatchObject({ kind: 'forwarding' });
    const page = (await cw().request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(page.case).toMatchObject({ forwardedTo: 'Startlånkontoret', forwardedOn: '2026-03-02' });
    expect(await onWorklist('forwarded', caseId)).toBe(true);
    expect(await onWorklist('myCases', caseId)).toBe(false);
  });

  it('will not forward a decided case', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(cw(), { householdId });
    const draft = await post(`/api/cases/${caseId}/decisions`, { outcome: 'refused', content: refusalContent() });
    await post(`/api/cases/${caseId}/decisions/${draft.json().id}/send`);
    const res = await post(`/api/cases/${caseId}/forward`, { unit: 'NAV', reason: 'Feil enhet.' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'status', code: 'invalid_transition' });
  });
});
