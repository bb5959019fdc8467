import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project, ProjectList } from '../../../contracts/building-projects.js';
import { actionPlan, actionPlanQuota, district } from '../../../db/schema/index.js';
import { STARTUP_CHECKLIST } from '../../../domain/building-projects/checklist.js';
import { withTenant } from '../../platform/db.js';
import { countRows, setupLeaseTest, type LeaseTestEnv } from '../leases/leases.fixtures.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-12-01T09:00:00Z');
  await withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) => {
    await tx.insert(district).values({ municipalityId: env.municipalityId, code: '01', name: 'Sentrum', inhabitants: 10000 });
  });
});
afterAll(() => env.close());

const pm = () => env.clients.property_manager;
const fieldsOf = (res: { json(): { error: { fieldErrors?: Array<{ path: string; code: string; message: string }> } } }) => res.json().error.fieldErrors ?? [];
const create = (payload: Record<string, unknown>, client = pm()) => client.request({ method: 'POST', url: '/api/building-projects', payload });
const body = (extra: Record<string, unknown> = {}) => ({ kind: 'building_project', name: 'Kvartal 7', reference: 'PlanID 2026-03', developer: 'Bygg AS', districtCode: '01', unitsTotal: 45, ...extra });

describe('who may use building projects', () => {
  it('lets the manager and the property manager in, and nobody else', async () => {
    expect((await pm().request({ method: 'GET', url: '/api/building-projects' })).statusCode).toBe(200);
    expect((await env.clients.manager.request({ method: 'GET', url: '/api/building-projects' })).statusCode).toBe(200);
    for (const role of ['caseworker', 'nav_adviser', 'followup', 'admin'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: '/api/building-projects' })).statusCode).toBe(403);
      expect((await create(body(), env.clients[role])).statusCode).toBe(403);
    }
  });
});

describe('registering and changing a project', () => {
  it('refuses bad input with field errors in the user’s language; nothing is written', async () => {
    const res = await pm().request({ method: 'POST', url: '/api/building-projects', payload: body({ unitsTotal: 0, name: '' }), headers: { 'accept-language': 'nn' } });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).map((f) => f.path).sort()).toEqual(['name', 'unitsTotal']);
    const unknown = await create(body({ districtCode: '99', startupMeetingOn: '2026-05-01', expectedCompletionOn: '2026-04-01' }));
    expect(fieldsOf(unknown).map((f) => [f.path, f.code])).toEqual([
      ['districtCode', 'unknown_district'],
      ['expectedCompletionOn', 'completion_before_meeting'],
    ]);
    expect(fieldsOf(unknown)[0]!.message).toBe('Bydelen finnes ikke i kommunen.');
    expect(await countRows(env, 'building_project', sql`name = 'Kvartal 7'`)).toBe(0);
  });

  it('moves step by step to completed (setting the day), refusing a skipped step with 409 and the reason; audited', async () => {
    const created = await create(body({ name: 'Steg for steg' }));
    expect(created.statusCode, created.body).toBe(201);
    const project = created.json() as Project;
    expect(project).toMatchObject({ status: 'registered', districtName: 'Sentrum', allowedNext: ['startup_meeting', 'cancelled'], completedOn: null });
    const url = `/api/building-projects/${project.id}`;

    const skip = await pm().request({ method: 'POST', url: `${url}/status`, payload: { status: 'approved' }, headers: { 'accept-language': 'en' } });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toBe('A project moves one step at a time (or is cancelled).');
    expect(fieldsOf(skip)).toEqual([{ path: 'status', code: 'skips_step', message: 'Choose the next step. A project cannot skip a step.' }]);

    for (const status of ['startup_meeting', 'in_review', 'approved', 'under_construction']) {
      const res = await pm().request({ method: 'POST', url: `${url}/status`, payload: { status } });
      expect(res.statusCode, res.body).toBe(200);
    }
    const done = await env.clients.manager.request({ method: 'POST', url: `${url}/status`, payload: { status: 'completed' } });
    expect(done.json()).toMatchObject({ status: 'completed', completedOn: '2026-12-01', allowedNext: [] });
    const after = await pm().request({ method: 'POST', url: `${url}/status`, payload: { status: 'cancelled' } });
    expect(after.statusCode).toBe(409);
    expect(fieldsOf(after)[0]).toMatchObject({ code: 'final_status' });
    expect(await countRows(env, 'audit_event', sql`type = 'building_project.status_changed' and subject_id = ${project.id}`)).toBe(5);

    const edited = await pm().request({ method: 'PATCH', url, payload: { developer: 'Nye Bygg AS', unitsTotal: 50 } });
    expect(edited.json()).toMatchObject({ developer: 'Nye Bygg AS', unitsTotal: 50 });
    expect(await countRows(env, 'audit_event', sql`type = 'building_project.updated' and subject_id = ${project.id}`)).toBe(1);
  });

  it('ticks and unticks checklist items with a note, recording who and when', async () => {
    const project = (await create(body({ name: 'Sjekkliste' }))).json() as Project;
    const url = `/api/building-projects/${project.id}/checklist`;
    const ticked = await pm().request({ method: 'PUT', url: `${url}/universal_design`, payload: { done: true, note: '6 rullestolboliger' } });
    expect(ticked.statusCode, ticked.body).toBe(200);
    const item = (ticked.json() as Project).checklist.find((c) => c.key === 'universal_design');
    expect(item).toMatchObject({ done: true, note: '6 rullestolboliger', checkedByName: `Test property_manager-${env.municipalityId}`, checkedAt: '2026-12-01T09:00:00.000Z' });
    expect((ticked.json() as Project).checklist).toHaveLength(STARTUP_CHECKLIST.length);
    expect((ticked.json() as Project).checklistDone).toBe(1);
    const unticked = await pm().request({ method: 'PUT', url: `${url}/universal_design`, payload: { done: false, note: '' } });
    expect((unticked.json() as Project).checklistDone).toBe(0);
    expect((await pm().request({ method: 'PUT', url: `${url}/no_such_item`, payload: { done: true } })).statusCode).toBe(404);
    expect(await countRows(env, 'audit_event', sql`type = 'building_project.check_set' and subject_id = ${project.id}`)).toBe(2);
  });
});

describe('the quota check against the adopted plan', () => {
  it('requires ceil(share × units) for quotas the project reaches and shows met or short by N', async () => {
    const project = (await create(body({ name: 'Kvoteprosjekt', unitsTotal: 45 }))).json() as Project;
    expect(project).toMatchObject({ plan: null, quotaCompliant: null, quotaLines: [] });

    await withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) => {
      const [plan] = await tx
        .insert(actionPlan)
        .values({ municipalityId: env.municipalityId, title: 'Boligsosial handlingsplan 2026–2029', fromYear: 2026, toYear: 2029, status: 'adopted', adoptedOn: '2026-02-01', adoptedRef: 'PS 12/26', createdBy: env.actors.manager.userId })
        .returning({ id: actionPlan.id });
      await tx.insert(actionPlanQuota).values([
        { municipalityId: env.municipalityId, planId: plan!.id, groupKey: 'disabled', sharePercent: 10, minUnits: 20 },
        { municipalityId: env.municipalityId, planId: plan!.id, groupKey: 'elderly', sharePercent: 15, minUnits: 60 },
      ]);
    });

    const url = `/api/building-projects/${project.id}`;
    const bad = await pm().request({ method: 'PUT', url: `${url}/quotas`, payload: { units: [{ groupKey: 'cats', plannedUnits: 1 }, { groupKey: 'disabled', plannedUnits: 46 }] } });
    expect(fieldsOf(bad).map((f) => [f.path, f.code])).toEqual([
      ['units.0.groupKey', 'unknown_group'],
      ['units.1.plannedUnits', 'more_than_total'],
    ]);

    const short = (await pm().request({ method: 'PUT', url: `${url}/quotas`, payload: { units: [{ groupKey: 'disabled', plannedUnits: 3 }] } })).json() as Project;
    // 10 % of 45 = 4.5 → 5 required, 3 planned: short by 2. Elderly needs 60 units: does not apply.
    expect(short.quotaLines).toEqual([
      { groupKey: 'disabled', sharePercent: 10, minUnits: 20, applies: true, requiredUnits: 5, plannedUnits: 3, met: false, shortBy: 2 },
      { groupKey: 'elderly', sharePercent: 15, minUnits: 60, applies: false, requiredUnits: 0, plannedUnits: 0, met: true, shortBy: 0 },
    ]);
    expect(short).toMatchObject({ plan: { title: 'Boligsosial handlingsplan 2026–2029', adoptedRef: 'PS 12/26' }, quotaCompliant: false, quotaShortCount: 1 });

    await pm().request({ method: 'PUT', url: `${url}/quotas`, payload: { units: [{ groupKey: 'disabled', plannedUnits: 5 }] } });
    // Fewer units than planned for a group is refused, naming the field; the project keeps its 45.
    const fewer = await pm().request({ method: 'PATCH', url, payload: { unitsTotal: 4 } });
    expect(fieldsOf(fewer).map((f) => [f.path, f.code])).toEqual([['unitsTotal', 'less_than_planned']]);
    expect(((await pm().request({ method: 'GET', url })).json() as Project).unitsTotal).toBe(45);
    const list = (await env.clients.manager.request({ method: 'GET', url: '/api/building-projects?status=open' })).json() as ProjectList;
    expect(list.items.find((p) => p.id === project.id)).toMatchObject({ quotaCompliant: true, quotaShortCount: 0 });
    expect(list.items.some((p) => p.status === 'completed')).toBe(false);
    expect(await countRows(env, 'audit_event', sql`type = 'building_project.quota_units_set' and subject_id = ${project.id}`)).toBe(2);
  });
});
