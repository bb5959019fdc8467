import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfferBodySchema } from '../../../contracts/offers.js';
import { serviceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { countRows, createDwelling, createHousehold, setupLeaseTest, statusPeriods, type LeaseTestEnv } from '../leases/leases.fixtures.js';
import { approvedCase } from './allocation.fixtures.js';
import { createOffer } from './offers.service.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

const cw = () => env.clients.caseworker;

async function waitingHousehold() {
  const householdId = await createHousehold(env);
  const { caseId, decisionId } = await approvedCase(env, householdId);
  return { householdId, caseId, decisionId };
}

async function offer(dwellingId: string, caseId: string) {
  const res = await cw().request({ method: 'POST', url: '/api/offers', payload: { dwellingId, caseId } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; answerDeadline: string; moveInDate: string; status: string; daysToAnswer: number };
}

describe('offers', () => {
  it('sends an offer: reserves the dwelling, writes the letter with the answer deadline into the case, and refuses a second offer of the dwelling', async () => {
    const dwellingId = await createDwelling(env, { monthlyRent: 8700 });
    const a = await waitingHousehold();
    const sent = await offer(dwellingId, a.caseId);
    expect(sent).toMatchObject({ status: 'pending', answerDeadline: '2026-03-09', moveInDate: '2026-03-16', daysToAnswer: 7 });
    expect((await statusPeriods(env, dwellingId)).at(-1)).toMatchObject({ status: 'reserved', fromDate: '2026-03-02', toDate: null });
    const [letter] = await env.handle.db.execute(sql`select kind, html from letter where case_id = ${a.caseId}`).then((r) => (r as unknown as { rows: Array<{ kind: string; html: string }> }).rows);
    expect(letter?.kind).toBe('offer');
    expect(letter?.html).toContain('9. mars 2026');
    expect(letter?.html).toContain('8\u00a0700 kroner');

    const b = await waitingHousehold();
    const again = await cw().request({ method: 'POST', url: '/api/offers', payload: { dwellingId, caseId: b.caseId } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fieldErrors[0]).toMatchObject({ path: 'dwellingId', code: 'dwelling_taken' });
    const twice = await cw().request({ method: 'POST', url: '/api/offers', payload: { dwellingId: await createDwelling(env), caseId: a.caseId } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fieldErrors[0]).toMatchObject({ path: 'caseId', code: 'case_has_pending_offer' });
  });

  it('accepting drafts the lease on the approval and takes the household off the waiting list', async () => {
    const dwellingId = await createDwelling(env, { monthlyRent: 9100 });
    const a = await waitingHousehold();
    const sent = await offer(dwellingId, a.caseId);
    const res = await cw().request({ method: 'POST', url: `/api/offers/${sent.id}/accept`, payload: { answeredOn: '2026-03-02', depositType: 'none' } });
    expect(res.statusCode, res.body).toBe(200);
    const accepted = res.json();
    expect(accepted).toMatchObject({ status: 'accepted', answeredOn: '2026-03-02' });
    const lease = await cw().request({ method: 'GET', url: `/api/leases/${accepted.leaseId}` });
    expect(lease.json()).toMatchObject({ status: 'draft', startDate: '2026-03-16', monthlyRent: 9100, dwellingId });
    expect(await countRows(env, 'lease', sql`decision_id = ${a.decisionId}`)).toBe(1);
    const again = await cw().request({ method: 'POST', url: `/api/offers/${sent.id}/refuse`, payload: { answeredOn: '2026-03-02', reason: 'preference' } });
    expect(again.statusCode).toBe(409);
    const other = await cw().request({ method: 'POST', url: '/api/offers', payload: { dwellingId: await createDwelling(env), caseId: a.caseId } });
    expect(other.json().error.fieldErrors[0]).toMatchObject({ path: 'caseId', code: 'not_waiting' });
  });

  it('refusing frees the dwelling; the second unreasonable refusal pauses the household and opens a review task', async () => {
    const a = await waitingHousehold();
    const first = await offer(await createDwelling(env), a.caseId);
    const no1 = await cw().request({ method: 'POST', url: `/api/offers/${first.id}/refuse`, payload: { answeredOn: '2026-03-02', reason: 'preference', note: 'Ønsker annen bydel' } });
    expect(no1.json()).toMatchObject({ status: 'refused', refusalReasonable: false, refusalConsequence: '{"kind":"none"}' });
    const dwellingId = await createDwelling(env);
    const second = await offer(dwellingId, a.caseId);
    const no2 = await cw().request({ method: 'POST', url: `/api/offers/${second.id}/refuse`, payload: { answeredOn: '2026-03-02', reason: 'rent_too_high' } });
    expect(no2.json()).toMatchObject({ refusalReasonable: false, refusalConsequence: '{"kind":"pause_and_review","days":90}' });
    expect((await statusPeriods(env, dwellingId)).at(-1)).toMatchObject({ status: 'vacant', toDate: null });
    expect(await countRows(env, 'task', sql`signal_key = ${`offer_refused:${a.decisionId}`} and closed_on is null`)).toBe(1);
    // The dwelling is free for the next household at once.
    const b = await waitingHousehold();
    await offer(dwellingId, b.caseId);
  });

  it('a reasonable refusal keeps the place; judging otherwise needs a written justification', async () => {
    const a = await waitingHousehold();
    const sent = await offer(await createDwelling(env), a.caseId);
    const bad = await cw().request({ method: 'POST', url: `/api/offers/${sent.id}/refuse`, headers: { 'accept-language': 'nn' }, payload: { answeredOn: '2026-03-02', reason: 'preference', judgedReasonable: true } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors[0]).toMatchObject({ path: 'justification', message: expect.stringContaining('grunngiving') });
    const ok = await cw().request({
      method: 'POST',
      url: `/api/offers/${sent.id}/refuse`,
      payload: { answeredOn: '2026-03-02', reason: 'preference', judgedReasonable: true, justification: 'Boligen ligger ved tidligere voldsutøver; dokumentert i notat.' },
    });
    expect(ok.json()).toMatchObject({ status: 'refused', refusalReasonable: true, refusalConsequence: '{"kind":"none"}' });
    expect(await countRows(env, 'audit_event', sql`type = 'offer.refused' and subject_id = ${sent.id} and reason is not null`)).toBe(1);
  });

  it('expires offers past the last day to answer and frees the dwelling', async () => {
    const dwellingId = await createDwelling(env);
    const a = await waitingHousehold();
    const sent = await offer(dwellingId, a.caseId);
    env.clock.set('2026-03-10T09:00:00Z');
    try {
      const board = await cw().request({ method: 'GET', url: '/api/offers?status=expired' });
      expect(board.json().expired).toBeGreaterThanOrEqual(1);
      expect(board.json().items.map((o: { id: string }) => o.id)).toContain(sent.id);
      expect((await statusPeriods(env, dwellingId)).at(-1)).toMatchObject({ status: 'vacant', fromDate: '2026-03-10' });
    } finally {
      env.clock.set('2026-03-02T09:00:00Z');
    }
  });

  it('is for the caseworker only', async () => {
    for (const role of ['property_manager', 'nav_adviser', 'followup', 'manager', 'admin'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: '/api/offers' })).statusCode).toBe(403);
    }
  });

  // The issue asks for 100 runs in a row on PostgreSQL: HUSLY_RACE_REPEAT=100 (the closing note's command); CI runs 3.
  const repeat = Number(process.env.HUSLY_RACE_REPEAT ?? 3);
  it(`lets exactly one of 50 simultaneous offers of one dwelling through (${repeat} runs)`, { timeout: 10_000 + repeat * 5_000 }, async () => {
    const cases: string[] = [];
    for (let i = 0; i < 50; i++) cases.push((await waitingHousehold()).caseId);
    for (let run = 0; run < repeat; run++) {
      const dwellingId = await createDwelling(env);
      const results = await Promise.allSettled(
        cases.map((caseId, i) => createOffer(serviceContext(env.handle.db, env.actors.caseworker, env.clock, `race-${run}-${i}`), createOfferBodySchema.parse({ dwellingId, caseId }))),
      );
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won, `run ${run}`).toHaveLength(1);
      for (const e of lost) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('conflict');
      }
      expect(await countRows(env, 'offer', sql`dwelling_id = ${dwellingId} and status = 'pending'`)).toBe(1);
      expect((await statusPeriods(env, dwellingId)).filter((p) => p.status === 'reserved')).toHaveLength(1);
      // Withdraw the winner so all 50 households race again for the next dwelling.
      await env.handle.db.execute(sql`update offer set status = 'withdrawn' where id = ${won[0]!.id}`);
    }
  });
});
