import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stay } from '../../../contracts/temporary.js';
import { rows } from '../../platform/db.js';
import {
  createHousehold,
  createProviderWithPlace,
  eventsFor,
  householdWithCase,
  insertCase,
  registerStay,
  setupTemporaryTest,
  tasksFor,
  type TemporaryTestEnv,
} from './temporary.fixtures.js';

let env: TemporaryTestEnv;
let provider: { providerId: string; placeId: string };

beforeAll(async () => {
  env = await setupTemporaryTest('2026-06-01T10:00:00Z');
  provider = await createProviderWithPlace(env);
});
afterAll(() => env.close());

const at = (date: string) => env.clock.set(`${date}T10:00:00Z`);
const getStay = async (id: string): Promise<Stay> => (await env.clients.nav_adviser.request({ method: 'GET', url: `/api/temporary/stays/${id}` })).json();

async function stayFor(options: Parameters<typeof householdWithCase>[1] & { startDate: string; childrenPresent?: boolean }) {
  const h = await householdWithCase(env, options);
  const stay = await registerStay(env, { householdId: h.householdId, providerId: provider.providerId, placeId: provider.placeId, caseId: h.caseId, startDate: options.startDate, childrenPresent: options.childrenPresent ?? false });
  return { ...h, stayId: stay.id, stay: stay as unknown as Stay };
}

describe('the flags of a stay', () => {
  it.each([
    ['2026-03-14', 13, true],
    ['2026-03-15', 14, true],
    ['2026-03-16', 15, false],
  ] as const)('a stay from 1 March ending %s is %i days, shortStay %s', async (endDate, days, shortStay) => {
    at('2026-06-01');
    const { stayId } = await stayFor({ startDate: '2026-03-01' });
    const res = await env.clients.nav_adviser.request({ method: 'PATCH', url: `/api/temporary/stays/${stayId}`, payload: { endDate } });
    expect(res.statusCode).toBe(200);
    const stay = res.json() as Stay;
    expect(stay).toMatchObject({ open: false, days, continuousDays: days });
    expect(stay.flags).toEqual({ shortStay, over3Months: false, childrenOver3Months: false, nightShelter: false });
  });

  it('flags a family with a child exactly at three months as not over, and the day after as over', async () => {
    at('2026-03-01');
    const { stayId, householdId } = await stayFor({ startDate: '2026-01-15', childrenPresent: true, children: 1 });
    const list = async () => {
      const res = await env.clients.nav_adviser.request({ method: 'GET', url: '/api/temporary/stays?active=true' });
      expect(res.statusCode).toBe(200);
      return (res.json().items as Stay[]).find((s) => s.id === stayId);
    };
    at('2026-04-15');
    expect(await list()).toMatchObject({ days: 90, threeMonthsOn: '2026-04-15', flags: { over3Months: false, childrenOver3Months: false } });
    expect(await tasksFor(env, `temp-stay-3m:${stayId}`)).toHaveLength(0);

    at('2026-04-16');
    expect(await list()).toMatchObject({ days: 91, flags: { over3Months: true, childrenOver3Months: true } });
    const tasks = await tasksFor(env, `temp-stay-3m:${stayId}`);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ assigned_role: 'nav_adviser', subject_id: stayId });
    expect(tasks[0]?.reason).toContain('Barnefamilie');
    expect(tasks[0]?.reason).toContain('15.01.2026');
    expect(await eventsFor(env, 'temp_stay.long_stay_signalled', stayId)).toHaveLength(1);
    expect(householdId).toBeDefined();
  });

  it('counts the open stays by flag', async () => {
    at('2026-06-01');
    const body = (await env.clients.nav_adviser.request({ method: 'GET', url: '/api/temporary/stays' })).json();
    expect(body.today).toBe('2026-06-01');
    expect(body.counts.active).toBe(body.items.length);
    expect(body.counts.childrenOver3Months).toBeGreaterThanOrEqual(1);
  });
});

describe('registering a stay', () => {
  it('says when the household has no open housing case, and links the open one when there is', async () => {
    at('2026-06-01');
    const without = await stayFor({ startDate: '2026-05-30' });
    expect(without.stay.permanentHousingCase).toBeNull();
    expect(without.stay.case).toEqual({ id: without.caseId, caseNumber: without.caseNumber });

    const h = await householdWithCase(env);
    const rental = await insertCase(env, { householdId: h.householdId, personId: h.personId, caseType: 'rental_dwelling', status: 'decided' });
    const stay = await registerStay(env, { householdId: h.householdId, providerId: provider.providerId, caseId: h.caseId, startDate: '2026-05-31', childrenPresent: false });
    expect(stay).toMatchObject({ housingCase: rental, permanentHousingCase: rental, place: null, quality: null });
  });

  it('links a housing case opened later through PATCH', async () => {
    const { stayId, householdId, personId } = await stayFor({ startDate: '2026-05-20' });
    const help = await insertCase(env, { householdId, personId, caseType: 'housing_help' });
    const res = await env.clients.nav_adviser.request({ method: 'PATCH', url: `/api/temporary/stays/${stayId}`, payload: { housingCaseId: help.id, cleaningOffered: true, cooperationAgreementSignedOn: '2026-05-21' } });
    expect(res.json()).toMatchObject({ permanentHousingCase: help, cleaningOffered: true, cooperationAgreementSignedOn: '2026-05-21' });
    const [event] = await eventsFor(env, 'temp_stay.updated', stayId);
    expect(event?.data).toMatchObject({ housingCaseId: { from: null, to: help.id }, cleaningOffered: { from: false, to: true } });
  });

  it('gives every field error at once', async () => {
    const h = await createHousehold(env);
    const other = await createProviderWithPlace(env);
    const rental = await insertCase(env, { ...h, caseType: 'rental_dwelling' });
    const res = await env.clients.nav_adviser.request({
      method: 'POST',
      url: '/api/temporary/stays',
      payload: { householdId: h.householdId, providerId: provider.providerId, placeId: other.placeId, caseId: rental.id, housingCaseId: rental.id, startDate: '2026-06-02', childrenPresent: false },
    });
    expect(res.statusCode).toBe(400);
    const codes = (res.json().error.fieldErrors as Array<{ path: string; code: string; message: string }>).map((f) => `${f.path}:${f.code}`);
    expect(codes.sort()).toEqual(['caseId:not_temporary_case', 'placeId:place_not_at_provider', 'startDate:in_future']);
    expect(res.json().error.fieldErrors[0].message).not.toBe('');
  });

  it('refuses a second stay while the household is in one, and a reopening that would overlap', async () => {
    const first = await stayFor({ startDate: '2026-05-01' });
    const again = { householdId: first.householdId, providerId: provider.providerId, caseId: first.caseId, startDate: '2026-05-10', childrenPresent: false };
    const refused = await env.clients.nav_adviser.request({ method: 'POST', url: '/api/temporary/stays', payload: again });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fieldErrors[0]).toMatchObject({ path: 'startDate', code: 'overlapping_stay' });

    await env.clients.nav_adviser.request({ method: 'PATCH', url: `/api/temporary/stays/${first.stayId}`, payload: { endDate: '2026-05-10' } });
    const second = await registerStay(env, again);
    expect(second).toMatchObject({ continuousSince: '2026-05-01' });
    const reopen = await env.clients.nav_adviser.request({ method: 'PATCH', url: `/api/temporary/stays/${first.stayId}`, payload: { endDate: null } });
    expect(reopen.statusCode).toBe(409);
    const early = await env.clients.nav_adviser.request({ method: 'PATCH', url: `/api/temporary/stays/${first.stayId}`, payload: { endDate: '2026-04-30' } });
    expect(early.json().error.fieldErrors[0]).toMatchObject({ path: 'endDate', code: 'end_before_start' });
  });

  it('lets one of ten simultaneous registrations for a household through (the household row is locked)', async () => {
    const h = await householdWithCase(env);
    const payload = { householdId: h.householdId, providerId: provider.providerId, caseId: h.caseId, startDate: '2026-05-25', childrenPresent: false };
    const results = await Promise.all(Array.from({ length: 10 }, () => env.clients.nav_adviser.request({ method: 'POST', url: '/api/temporary/stays', payload })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
  });

  it('copies the night-shelter flag from the provider and judges quality by the children present', async () => {
    const shelter = await createProviderWithPlace(env, { nightShelter: true, checklist: { access24h: false, cooking: false, laundry: false } });
    const h = await householdWithCase(env);
    const stay = await registerStay(env, { householdId: h.householdId, providerId: shelter.providerId, placeId: shelter.placeId, caseId: h.caseId, startDate: '2026-05-31', childrenPresent: false });
    expect(stay).toMatchObject({ flags: { nightShelter: true }, quality: { complete: false, meetsRequirement: false, missingRequired: ['access24h'] } });
  });

  it('records the registration and logs a read of one stay', async () => {
    const { stayId } = await stayFor({ startDate: '2026-05-15' });
    expect(await eventsFor(env, 'temp_stay.registered', stayId)).toHaveLength(1);
    await getStay(stayId);
    const log = await rows<{ purpose: string }>(env.handle.db, sql`select purpose from access_log where subject_id = ${stayId}`);
    expect(log.map((l) => l.purpose)).toEqual(['temporary.stay.view']);
  });

  it('hides where a household with a strictly confidential address stays', async () => {
    const { stayId } = await stayFor({ startDate: '2026-05-15', addressProtection: 'strengt_fortrolig' });
    const stay = await getStay(stayId);
    expect(stay).toMatchObject({ locationProtected: true, provider: null, place: null, quality: null });
  });
});
