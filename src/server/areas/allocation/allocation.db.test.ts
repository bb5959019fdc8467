import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundDto } from '../../../contracts/allocation.js';
import { countRows, createHousehold, setupLeaseTest, statusPeriods, type LeaseTestEnv } from '../leases/leases.fixtures.js';
import { approvedCase, dwellingIn } from './allocation.fixtures.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

const cw = () => env.clients.caseworker;
let gnr = 100;

async function waiting(o: Parameters<typeof approvedCase>[2] = {}, children: string[] = []) {
  const householdId = await createHousehold(env, { children });
  return { householdId, ...(await approvedCase(env, householdId, o)) };
}

async function run(): Promise<RoundDto> {
  const res = await cw().request({ method: 'POST', url: '/api/allocation/rounds' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as RoundDto;
}

/** Withdraws every pending offer and closes the test's vacancies so the next test starts from an empty board. */
async function clearBoard() {
  await env.handle.db.execute(sql`update offer set status = 'withdrawn' where status = 'pending'`);
  await env.handle.db.execute(sql`update dwelling_status_period set status = 'not_in_use' where to_date is null`);
  await env.handle.db.execute(sql`update housing_case set status = 'closed'`);
}

describe('waiting list', () => {
  it('lists approved households by need with reasons, leaves out expired approvals, and takes an override only with a reason', async () => {
    await clearBoard();
    const roofless = await waiting({ housingSituation: 'no_roof' });
    const friends = await waiting({ housingSituation: 'staying_with_friends_family' });
    const expired = await waiting({ validUntil: '2026-02-01' });
    const list = (await cw().request({ method: 'GET', url: '/api/waiting-list' })).json();
    const ids = list.items.map((i: { caseId: string }) => i.caseId);
    expect(ids).not.toContain(expired.caseId);
    expect(ids.indexOf(roofless.caseId)).toBeLessThan(ids.indexOf(friends.caseId));
    const top = list.items.find((i: { caseId: string }) => i.caseId === roofless.caseId);
    expect(top.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['priority_housing_situation', 'priority_band', 'priority_queue_position']));

    const short = await cw().request({ method: 'PUT', url: `/api/waiting-list/${friends.caseId}/override`, payload: { points: 999, reason: 'kort' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fieldErrors[0]).toMatchObject({ path: 'reason', code: 'reason_too_short' });
    const tooMany = await cw().request({ method: 'PUT', url: `/api/waiting-list/${friends.caseId}/override`, payload: { points: 999, reason: 'Akutt: mister hybelen om to dager, dokumentert.' } });
    expect(tooMany.json().error.fieldErrors[0]).toMatchObject({ path: 'points', code: 'points_above_max' });
    const set = await cw().request({ method: 'PUT', url: `/api/waiting-list/${friends.caseId}/override`, payload: { points: 200, reason: 'Akutt: mister hybelen om to dager, dokumentert.' } });
    expect(set.statusCode).toBe(204);
    const after = (await cw().request({ method: 'GET', url: '/api/waiting-list' })).json();
    expect(after.items[0]).toMatchObject({ caseId: friends.caseId, points: 200, override: { points: 200 } });
    expect(await countRows(env, 'audit_event', sql`type = 'priority_override.set' and subject_id = ${friends.caseId}`)).toBe(1);
    await cw().request({ method: 'PUT', url: `/api/waiting-list/${friends.caseId}/override`, payload: { points: null, reason: 'Situasjonen er avklart, tilbake til vanlig prioritet.' } });
    const back = (await cw().request({ method: 'GET', url: '/api/waiting-list' })).json();
    expect(back.items.find((i: { caseId: string }) => i.caseId === friends.caseId).override).toBeNull();
    expect((await env.clients.property_manager.request({ method: 'GET', url: '/api/waiting-list' })).statusCode).toBe(403);
    const place = await cw().request({ method: 'GET', url: `/api/waiting-list/${roofless.caseId}` });
    expect(place.json()).toMatchObject({ caseId: roofless.caseId, queuePosition: 1, of: 2 });
    expect(await countRows(env, 'access_log', sql`subject_id = ${roofless.caseId} and purpose = 'allocation.waiting_list.place'`)).toBe(1);
    expect((await cw().request({ method: 'GET', url: `/api/waiting-list/${expired.caseId}` })).statusCode).toBe(404);
  });
});

describe('allocation round', () => {
  it('proposes for every vacancy, explains, is stored with its hash and replays identically', async () => {
    await clearBoard();
    const a = await waiting({ housingSituation: 'no_roof' });
    const b = await waiting({ housingSituation: 'emergency_accommodation' });
    const c = await waiting({ housingSituation: 'staying_with_friends_family' });
    const d1 = await dwellingIn(env, { gnr: gnr++, unit: 'H0101' });
    const d2 = await dwellingIn(env, { gnr: gnr++, unit: 'H0101' });
    const round = await run();
    expect(round.optimal).toBe(true);
    expect(round.gap).toBe(0);
    expect(round.inputHash).toMatch(/^[0-9a-f]{64}$/);
    const proposed = round.vacancies.map((v) => v.proposal?.caseId);
    expect(new Set(proposed)).toEqual(new Set([a.caseId, b.caseId]));
    expect(round.vacancies.map((v) => v.dwellingId).sort()).toEqual([d1, d2].sort());
    const vacancy = round.vacancies[0]!;
    expect(vacancy.candidates.length).toBeGreaterThanOrEqual(2);
    expect(vacancy.proposal?.reasons.map((r) => r.code)).toContain('candidate_rank');
    expect(round.households.find((h) => h.caseId === c.caseId)?.name).toMatch(/Leietaker/);

    const replay = await cw().request({ method: 'POST', url: `/api/allocation/rounds/${round.id}/replay` });
    expect(replay.json()).toEqual({ inputIntact: true, identical: true, inputHash: round.inputHash });
    // Tampering with the stored result is caught by the replay.
    await env.handle.db.execute(sql`update allocation_round set result = jsonb_set(result, '{objective}', '1') where id = ${round.id}`);
    expect((await cw().request({ method: 'POST', url: `/api/allocation/rounds/${round.id}/replay` })).json()).toMatchObject({ inputIntact: true, identical: false });
  });

  it('keeps a concentration limit: the building takes one more substance-use household, the other is told why', async () => {
    await clearBoard();
    const building = gnr++;
    // One unit already let to a household with substance use (building cap 2 in the demo rules).
    const tenant = await waiting({ needCategory: 'substance_use' });
    const letUnit = await dwellingIn(env, { gnr: building, unit: 'H0101' });
    const lease = await cw().request({ method: 'POST', url: '/api/leases', payload: { dwellingId: letUnit, householdId: tenant.householdId, decisionId: tenant.decisionId, startDate: '2026-01-15', depositType: 'none', rentModel: 'gjengs', monthlyRent: 8000 } });
    expect(lease.statusCode, lease.body).toBe(201);
    expect((await cw().request({ method: 'POST', url: `/api/leases/${lease.json().id}/sign`, payload: { signedOn: '2026-01-10' } })).statusCode).toBe(200);

    const u1 = await dwellingIn(env, { gnr: building, unit: 'H0102' });
    const u2 = await dwellingIn(env, { gnr: building, unit: 'H0103' });
    const s1 = await waiting({ needCategory: 'substance_use', housingSituation: 'no_roof' });
    const s2 = await waiting({ needCategory: 'substance_use', housingSituation: 'no_roof' });
    const other = await waiting({ needCategory: 'other', housingSituation: 'staying_with_friends_family' });
    const round = await run();
    const proposals = round.vacancies.filter((v) => ([u1, u2] as string[]).includes(v.dwellingId)).map((v) => v.proposal?.caseId);
    expect(proposals.filter((p) => p === s1.caseId || p === s2.caseId)).toHaveLength(1);
    expect(proposals).toContain(other.caseId);
    const limit = round.limits.find((l) => l.scope === 'building' && l.group === 'substance_use');
    expect(limit).toMatchObject({ cap: 2, alreadyLet: 1, remaining: 1, proposedThisRound: 1 });
    const otherVacancy = round.vacancies.find((v) => v.proposal?.caseId === other.caseId)!;
    const told = [...otherVacancy.candidates.map((c) => c.outcome), ...otherVacancy.passedOver.flatMap((p) => p.reasons)].map((r) => r.code);
    expect(told).toContain('concentration_limit_reached');
  });

  it('sends the chosen offers all or none: reserves the dwellings, refuses a household twice, an unsuitable choice and a second send', async () => {
    await clearBoard();
    const single = await waiting({ housingSituation: 'no_roof' });
    const family = await waiting({ housingSituation: 'emergency_accommodation', bedrooms: 3 }, ['2015-01-01', '2017-01-01', '2019-01-01', '2021-01-01']);
    const small = await dwellingIn(env, { gnr: gnr++, unit: 'H0101', bedrooms: 1 });
    const big = await dwellingIn(env, { gnr: gnr++, unit: 'H0101', bedrooms: 3 });
    const round = await run();
    const url = `/api/allocation/rounds/${round.id}/offers`;

    const twice = await cw().request({ method: 'POST', url, payload: { choices: [{ dwellingId: small, caseId: single.caseId }, { dwellingId: big, caseId: single.caseId }] } });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fieldErrors[0]).toMatchObject({ path: 'choices.1.caseId', code: 'household_twice' });
    const unsuitable = await cw().request({ method: 'POST', url, payload: { choices: [{ dwellingId: small, caseId: family.caseId }] } });
    expect(unsuitable.json().error.fieldErrors[0]).toMatchObject({ path: 'choices.0.caseId', code: 'not_eligible_for_dwelling' });
    expect(await countRows(env, 'offer', sql`round_id = ${round.id}`)).toBe(0);

    const sent = await cw().request({ method: 'POST', url, payload: { choices: [{ dwellingId: small, caseId: single.caseId }, { dwellingId: big, caseId: family.caseId }] } });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().sent).toBe(2);
    expect((await statusPeriods(env, big)).at(-1)?.status).toBe('reserved');
    const again = await cw().request({ method: 'POST', url, payload: { choices: [{ dwellingId: small, caseId: null }] } });
    expect(again.statusCode).toBe(409);
    const stored = (await cw().request({ method: 'GET', url: `/api/allocation/rounds/${round.id}` })).json() as RoundDto;
    expect(stored.vacancies.find((v) => v.dwellingId === big)?.chosenCaseId).toBe(family.caseId);
    // Households with a pending offer are not in the next round.
    const next = await run();
    expect(next.households.map((h) => h.caseId)).not.toContain(single.caseId);
  });
});

describe('fairness monitor', () => {
  it('gives the leader aggregates with small groups suppressed, and nothing to roles outside', async () => {
    const res = await env.clients.manager.request({ method: 'GET', url: '/api/fairness?months=12' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.households).toBeGreaterThanOrEqual(5);
    for (const rows of Object.values(body.dimensions) as Array<Array<{ households: number | null; suppressed: boolean; flagged: unknown }>>) {
      for (const row of rows) {
        if (row.households !== null) expect(row.households).toBeGreaterThanOrEqual(5);
        if (row.suppressed) expect(row.flagged).toBe(false);
      }
    }
    expect(JSON.stringify(body)).not.toMatch(/Leietaker|Liv/);
    expect((await env.clients.property_manager.request({ method: 'GET', url: '/api/fairness' })).statusCode).toBe(403);
  });
});
