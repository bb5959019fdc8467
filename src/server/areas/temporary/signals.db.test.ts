import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db.js';
import { closeTask } from '../tasks/tasks.repo.js';
import { createProviderWithPlace, householdWithCase, registerStay, setupTemporaryTest, tasksFor, type TemporaryTestEnv } from './temporary.fixtures.js';

let env: TemporaryTestEnv;
let provider: { providerId: string; placeId: string };

beforeAll(async () => {
  env = await setupTemporaryTest('2026-01-10T10:00:00Z');
  provider = await createProviderWithPlace(env);
});
afterAll(() => env.close());

const at = (date: string) => env.clock.set(`${date}T10:00:00Z`);
const run = () => env.clients.nav_adviser.request({ method: 'POST', url: '/api/temporary/signals/run' });

describe('the long-stay signal', () => {
  it('raises one task per long stay however often it runs, and not again after the task is closed', async () => {
    at('2026-01-10');
    const h = await householdWithCase(env);
    const { id: stayId } = await registerStay(env, { householdId: h.householdId, providerId: provider.providerId, caseId: h.caseId, startDate: '2026-01-05', childrenPresent: false });

    at('2026-04-05');
    expect((await run()).json()).toMatchObject({ today: '2026-04-05', overThreeMonths: 0, raised: [] });

    at('2026-04-06');
    const first = (await run()).json();
    expect(first.overThreeMonths).toBe(1);
    expect(first.raised).toEqual([expect.objectContaining({ stayId, householdId: h.householdId, childrenPresent: false })]);
    for (let i = 0; i < 3; i += 1) {
      expect((await run()).json().raised).toEqual([]);
      await env.clients.nav_adviser.request({ method: 'GET', url: '/api/temporary/stays' });
    }
    const tasks = await tasksFor(env, `temp-stay-3m:${stayId}`);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.reason).toContain('Husstanden har bodd i midlertidig botilbud');

    await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) => closeTask(tx, env.municipalityId, tasks[0]!.id, '2026-04-07', 'handled'));
    at('2026-04-08');
    expect((await run()).json().raised).toEqual([]);
    expect(await tasksFor(env, `temp-stay-3m:${stayId}`)).toHaveLength(1);
  });

  it('raises no second task when the household moves to another place', async () => {
    at('2026-02-01');
    const h = await householdWithCase(env, { children: 2 });
    const base = { householdId: h.householdId, providerId: provider.providerId, caseId: h.caseId, childrenPresent: true };
    const { id: firstId } = await registerStay(env, { ...base, startDate: '2026-01-20' });
    at('2026-04-25');
    expect((await run()).json().raised).toEqual([expect.objectContaining({ stayId: firstId, childrenPresent: true })]);
    await env.clients.nav_adviser.request({ method: 'PATCH', url: `/api/temporary/stays/${firstId}`, payload: { endDate: '2026-04-25' } });
    at('2026-04-27');
    const { id: secondId } = await registerStay(env, { ...base, startDate: '2026-04-26' });
    expect((await run()).json().raised).toEqual([]);
    expect(await tasksFor(env, `temp-stay-3m:${secondId}`)).toHaveLength(0);
    const [task] = await tasksFor(env, `temp-stay-3m:${firstId}`);
    expect(task?.reason).toContain('Barnefamilie');
  });

  it('is for the NAV adviser only; a caseworker listing stays raises nothing', async () => {
    expect((await env.clients.caseworker.request({ method: 'POST', url: '/api/temporary/signals/run' })).statusCode).toBe(403);
    at('2026-02-01');
    const h = await householdWithCase(env);
    const { id } = await registerStay(env, { householdId: h.householdId, providerId: provider.providerId, caseId: h.caseId, startDate: '2026-01-01', childrenPresent: false });
    at('2026-05-01');
    expect((await env.clients.caseworker.request({ method: 'GET', url: '/api/temporary/stays' })).statusCode).toBe(200);
    expect(await tasksFor(env, `temp-stay-3m:${id}`)).toHaveLength(0);
  });
});
