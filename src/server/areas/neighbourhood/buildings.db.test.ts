import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildingDetail, BuildingList, CaretakerTask } from '../../../contracts/neighbourhood.js';
import { count, createBuilding, setupNeighbourhoodTest, type NeighbourhoodTestEnv, type TestBuilding } from './neighbourhood.fixtures.js';

let env: NeighbourhoodTestEnv;
let building: TestBuilding;
let sold: TestBuilding;

beforeAll(async () => {
  env = await setupNeighbourhoodTest('2026-06-15T10:00:00Z');
  building = await createBuilding(env, { street: 'Solsikkeveien 3', units: 6 });
  sold = await createBuilding(env, { street: 'Solgtveien 1', units: 1, status: 'sold' });
});
afterAll(() => env.close());

const team = () => env.clients.neighbourhood;
const manager = () => env.clients.property_manager;
const activity = (payload: object) => team().request({ method: 'POST', url: '/api/neighbourhood/activities', payload: { buildingKey: building.key, kind: 'dugnad', heldOn: '2026-05-10', householdsInvited: 6, householdsAttended: 4, ...payload } });

describe('buildings from the dwelling register', () => {
  it('lists buildings with dwellings in use, and shows cases only to the team', async () => {
    const teamList = (await team().request({ method: 'GET', url: '/api/neighbourhood/buildings' })).json() as BuildingList;
    const mine = teamList.items.find((b) => b.key === building.key);
    expect(mine).toMatchObject({ slug: building.slug, label: 'Solsikkeveien 3', districtCode: '01', districtName: 'Sentrum', dwellings: 6, activeCases: 0 });
    expect(teamList.items.some((b) => b.key === sold.key)).toBe(false);
    const managerList = (await manager().request({ method: 'GET', url: '/api/neighbourhood/buildings' })).json() as BuildingList;
    expect(managerList.items.find((b) => b.key === building.key)?.activeCases).toBeNull();
    const detail = (await manager().request({ method: 'GET', url: `/api/neighbourhood/buildings/${building.slug}` })).json() as BuildingDetail;
    expect(detail.cases).toBeNull();
    for (const role of ['caseworker', 'nav_adviser', 'followup', 'specialist_health', 'manager', 'admin'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: '/api/neighbourhood/buildings' })).statusCode, role).toBe(403);
    }
    expect((await team().request({ method: 'GET', url: '/api/neighbourhood/buildings/8000-1-2-3-4' })).statusCode).toBe(404);
    expect((await env.otherTeam.request({ method: 'GET', url: `/api/neighbourhood/buildings/${building.slug}` })).statusCode).toBe(404);
  });
});

describe('building activities', () => {
  it('refuses more households attending than invited, on the field, and writes nothing', async () => {
    const res = await activity({ householdsInvited: 6, householdsAttended: 7 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([{ path: 'householdsAttended', code: 'attended_above_invited', message: 'Flere husstander kan ikke ha deltatt enn det som ble invitert.' }]);
    const future = await activity({ heldOn: '2026-06-16' });
    expect(future.json().error.fieldErrors).toEqual([{ path: 'heldOn', code: 'in_future', message: expect.any(String) }]);
    expect(await count(env, sql`select count(*)::int as n from building_activity where building_key = ${building.key}`)).toBe(0);
  });

  it('records activities and sums them up per year on the building page', async () => {
    expect((await activity({})).statusCode).toBe(201);
    expect((await activity({ kind: 'summer_party', heldOn: '2026-06-12', householdsAttended: 6 })).statusCode).toBe(201);
    expect((await activity({ kind: 'residents_meeting', heldOn: '2026-02-01', householdsInvited: null, householdsAttended: 2 })).statusCode).toBe(201);
    expect((await activity({ kind: 'winter_party', heldOn: '2025-12-10', householdsAttended: 3 })).statusCode).toBe(201);
    const detail = (await team().request({ method: 'GET', url: `/api/neighbourhood/buildings/${building.slug}` })).json() as BuildingDetail;
    expect(detail.thisYear).toEqual({ year: 2026, activities: 3, householdsAttended: 12, meanAttended: 4, attendanceRate: 83 });
    expect(detail.lastYear).toMatchObject({ year: 2025, activities: 1, householdsAttended: 3 });
    expect(detail.activities.map((a) => a.heldOn)).toEqual(['2026-06-12', '2026-05-10', '2026-02-01', '2025-12-10']);
    expect(detail.building).toMatchObject({ activitiesThisYear: 3, lastActivityOn: '2026-06-12' });
    const audit = await count(env, sql`select count(*)::int as n from audit_event where type = 'building_activity.recorded'`);
    expect(audit).toBe(4);
  });

  it('lets only the team record activities', async () => {
    const res = await manager().request({ method: 'POST', url: '/api/neighbourhood/activities', payload: { buildingKey: building.key, kind: 'dugnad', heldOn: '2026-05-10', householdsAttended: 1 } });
    expect(res.statusCode).toBe(403);
  });
});

describe("the caretaker's tasks", () => {
  it('are added by the team and the property manager, listed per building and open for the caretaker, and done once', async () => {
    const add = (client = team(), payload: object = {}) =>
      client.request({ method: 'POST', url: '/api/neighbourhood/caretaker-tasks', payload: { buildingKey: building.key, kind: 'small_repair', description: 'Bytt lyspære i trappeoppgang B', createdOn: '2026-06-01', ...payload } });
    const first = (await add()).json() as CaretakerTask;
    expect(first).toMatchObject({ status: 'open', building: { key: building.key, label: 'Solsikkeveien 3' }, doneOn: null, residentsTookPart: false, assignedTo: null });
    const second = await add(manager(), { kind: 'outdoor', description: 'Rake løv sammen med beboerne', assignedToId: env.userIds.property_manager });
    expect(second.statusCode).toBe(201);
    expect(second.json().assignedTo).toEqual({ id: env.userIds.property_manager, name: expect.any(String) });
    const wrong = await add(team(), { assignedToId: env.userIds.caseworker, createdOn: '2026-06-20' });
    expect(wrong.json().error.fieldErrors.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual(['createdOn:in_future', 'assignedToId:not_assignable']);

    const done = (id: string, payload: object, client = manager()) => client.request({ method: 'POST', url: `/api/neighbourhood/caretaker-tasks/${id}/done`, payload });
    expect((await done(first.id, { doneOn: '2026-05-31', residentsTookPart: false })).json().error.fieldErrors[0].code).toBe('before_created');
    const finished = await done(first.id, { doneOn: '2026-06-10', residentsTookPart: true });
    expect(finished.json()).toMatchObject({ status: 'done', doneOn: '2026-06-10', residentsTookPart: true });
    const again = await done(first.id, { doneOn: '2026-06-11', residentsTookPart: true }, team());
    expect(again.statusCode).toBe(422);
    expect(again.json().error.message).toBe('Oppgaven er allerede utført.');

    const open = (await manager().request({ method: 'GET', url: '/api/neighbourhood/caretaker-tasks' })).json();
    expect(open.items.map((t: CaretakerTask) => t.description)).toEqual(['Rake løv sammen med beboerne']);
    const all = (await team().request({ method: 'GET', url: `/api/neighbourhood/caretaker-tasks?status=all&building=${encodeURIComponent(building.key)}` })).json();
    expect(all.items.map((t: CaretakerTask) => t.status)).toEqual(['open', 'done']);
    const page = (await team().request({ method: 'GET', url: `/api/neighbourhood/buildings/${building.slug}` })).json() as BuildingDetail;
    expect(page.caretakerTasks).toHaveLength(2);
    expect(page.building.openCaretakerTasks).toBe(1);
    expect((await env.clients.caseworker.request({ method: 'GET', url: '/api/neighbourhood/caretaker-tasks' })).statusCode).toBe(403);
    expect((await env.otherTeam.request({ method: 'POST', url: `/api/neighbourhood/caretaker-tasks/${second.json().id}/done`, payload: { doneOn: '2026-06-10', residentsTookPart: true } })).statusCode).toBe(404);
  });
});
