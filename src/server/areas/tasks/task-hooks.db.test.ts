import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { withTenant, type DbHandle } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { registerCloseGuard, registerQueueRefresher } from './task-hooks.js';
import { raiseTask } from './tasks.repo.js';

let handle: DbHandle;
let husly: Husly;
let municipalityId: number;
let worker: { id: string; client: TestClient };
let colleague: TestClient;
const refreshed: string[] = [];

beforeAll(async () => {
  handle = await openTestDb();
  municipalityId = (await createMunicipality(handle)).id;
  husly = await createTestApp(handle, { clock: fixedClock('2026-03-10T09:00:00Z') });
  const a = await createStaffUser(handle, municipalityId, 'followup');
  const b = await createStaffUser(handle, municipalityId, 'followup');
  worker = { id: a.id, client: await loginAs(husly, a.username, a.password) };
  colleague = await loginAs(husly, b.username, b.password);
  registerCloseGuard('hook-test:', async (_ctx, _tx, task, attempt) => {
    if (attempt.outcome !== 'done') throw new AppError('conflict', 'error.conflict', [{ path: 'outcome', code: 'not_done', messageKey: 'field.invalid_value' }]);
    if (task.kind !== 'hook_test') throw new Error('guard called for another kind');
  });
  registerQueueRefresher('hook-test', async (ctx) => {
    refreshed.push(ctx.actor.username);
  });
});
afterAll(() => husly.close());

const raise = (signalKey: string, assignedToId: string | null) =>
  withTenant(handle.db, { municipalityId }, (tx) =>
    raiseTask(tx, { municipalityId, kind: signalKey.startsWith('hook-test:') ? 'hook_test' : 'other', signalKey, subjectType: 'test', subjectId: signalKey, assignedRole: 'followup', assignedToId, reason: 'Test', createdOn: '2026-03-10' }),
  );
const keysOf = async (client: TestClient) => (await client.request({ method: 'GET', url: '/api/tasks' })).json().items.map((t: { signalKey: string }) => t.signalKey);

describe('the task queue’s hooks', () => {
  it('shows a task named for a worker only to that worker, and a task for the role to everyone in it', async () => {
    await raise('named:1', worker.id);
    await raise('team:1', null);
    expect(await keysOf(worker.client)).toEqual(expect.arrayContaining(['named:1', 'team:1']));
    expect(await keysOf(colleague)).toEqual(['team:1']);
  });

  it('runs the registered refreshers before listing a queue', async () => {
    refreshed.length = 0;
    await keysOf(colleague);
    expect(refreshed).toHaveLength(1);
  });

  it('asks the close guard of the key’s prefix, and keeps the note', async () => {
    const guarded = await raise('hook-test:1', worker.id);
    const other = await raise('plain:1', worker.id);
    const refused = await worker.client.request({ method: 'POST', url: `/api/tasks/${guarded}/close`, payload: { outcome: 'later' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fieldErrors[0]).toMatchObject({ path: 'outcome', code: 'not_done' });
    const done = await worker.client.request({ method: 'POST', url: `/api/tasks/${guarded}/close`, payload: { outcome: 'done', note: 'Ferdig i dag' } });
    expect(done.json()).toMatchObject({ outcome: 'done', closedOn: '2026-03-10', data: { closeNote: 'Ferdig i dag' } });
    expect((await worker.client.request({ method: 'POST', url: `/api/tasks/${other}/close`, payload: { outcome: 'later' } })).statusCode).toBe(200);
  });
});
