import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { Dashboard, PlanDto, RevisionDto, RevisionList } from '../../../contracts/plan.js';
import type { Role } from '../../../domain/access/roles.js';
import { checkTarget, yearElapsed } from '../../../domain/plan/status.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { serviceContext, type Actor } from '../../platform/context.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';
import { createDwelling } from '../leases/leases.fixtures.js';
import { planFigures } from './plan-figures.js';
import { updateGoal } from './plan.service.js';

/** Today for the app: 2 March 2026. */
const NOW = '2026-03-02T09:00:00Z';

let handle: DbHandle;
let husly: Husly;
let municipalityId: number;
let manager: TestClient;
let politician: TestClient;
let caseworker: TestClient;
let managerActor: Actor;

beforeAll(async () => {
  handle = await openTestDb();
  const m = await createMunicipality(handle, 'Plankommune');
  municipalityId = m.id;
  husly = await createTestApp(handle, { clock: fixedClock(NOW), config: { sessionHours: 24 * 2000 } });
  const login = async (role: Role) => {
    const user = await createStaffUser(handle, municipalityId, role, `${role}-plan-${municipalityId}`);
    return { client: await loginAs(husly, user.username, user.password), user };
  };
  const mgr = await login('manager');
  manager = mgr.client;
  managerActor = {
    userId: mgr.user.id,
    username: mgr.user.username,
    displayName: mgr.user.username,
    role: 'manager',
    language: 'nb',
    municipalityId,
    kommunenummer: m.kommunenummer,
    municipalityName: 'Plankommune',
    sessionId: 'test',
    csrfToken: 'test',
  };
  politician = (await login('politician')).client;
  caseworker = (await login('caseworker')).client;
});
afterAll(() => husly.close());

type Res = Awaited<ReturnType<TestClient['request']>>;
const fieldsOf = (res: Res) => (res.json() as { error: { fieldErrors?: Array<{ path: string; code: string; message: string }> } }).error.fieldErrors ?? [];

async function count(table: string, where = sql`true`): Promise<number> {
  const found = await withTenant(handle.db, { municipalityId }, async (tx) => rows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`));
  return Number(found[0]!.n);
}

async function createPlan(title = 'Boligsosial handlingsplan 2025–2028', fromYear = 2025, toYear = 2028): Promise<PlanDto> {
  const res = await manager.request({ method: 'POST', url: '/api/plan/plans', payload: { title, fromYear, toYear } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as PlanDto;
}

const send = (client: TestClient, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers?: Record<string, string>) =>
  client.request({ method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }), ...(headers ? { headers } : {}) });

describe('access', () => {
  it('lets the manager write, the politician read only, and refuses the caseworker', async () => {
    const plan = await createPlan('Tilgangsplan');
    const read = await politician.request({ method: 'GET', url: `/api/plan/plans/${plan.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ title: 'Tilgangsplan', canEdit: false });
    expect((await politician.request({ method: 'GET', url: '/api/plan/plans' })).statusCode).toBe(200);
    expect((await politician.request({ method: 'GET', url: '/api/plan/dashboard' })).statusCode).toBe(200);

    expect((await send(politician, 'POST', `/api/plan/plans/${plan.id}/goals`, { title: 'Nei' })).statusCode).toBe(403);
    expect((await send(politician, 'POST', '/api/plan/plans', { title: 'Nei', fromYear: 2025, toYear: 2026 })).statusCode).toBe(403);
    for (const url of ['/api/plan/plans', `/api/plan/plans/${plan.id}`, '/api/plan/dashboard', `/api/plan/plans/${plan.id}/revisions`]) {
      expect((await caseworker.request({ method: 'GET', url })).statusCode, url).toBe(403);
    }
    expect((await send(caseworker, 'POST', `/api/plan/plans/${plan.id}/goals`, { title: 'Nei' })).statusCode).toBe(403);
    expect(await count('action_plan_goal', sql`plan_id = ${plan.id}`)).toBe(0);
  });
});

describe('API description', () => {
  it('describes the plan routes in the OpenAPI document', async () => {
    const spec = (await husly.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/plan/dashboard', '/api/plan/plans/{id}/revisions/{revision}', '/api/plan/plans/{id}/targets']));
  });
});

describe('field errors', () => {
  it('refuses years in the wrong order, in the user’s language', async () => {
    const res = await send(manager, 'POST', '/api/plan/plans', { title: 'Feil', fromYear: 2028, toYear: 2025 }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([{ path: 'toYear', code: 'to_before_from', message: 'The last year cannot be before the first year.' }]);
  });

  it('refuses an unknown indicator, a year outside the plan and a goal of another plan; nothing is written', async () => {
    const plan = await createPlan('Feltplan', 2025, 2026);
    const other = await createPlan('Annen plan', 2025, 2026);
    const goal = (await send(manager, 'POST', `/api/plan/plans/${other.id}/goals`, { title: 'Annet mål' })).json() as PlanDto;
    const res = await send(manager, 'PUT', `/api/plan/plans/${plan.id}/targets`, {
      indicatorId: 'no.such.indicator',
      year: 2027,
      goalId: goal.goals[0]!.id,
      direction: 'at_most',
      target: 3,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([
      { path: 'indicatorId', code: 'unknown_indicator', message: 'Indikatoren finnes ikke. Velg en av indikatorene i listen.' },
      { path: 'year', code: 'year_outside_plan', message: 'Året må være innenfor planens år.' },
      { path: 'goalId', code: 'unknown_goal', message: 'Målet finnes ikke i planen.' },
    ]);
    const negative = await send(manager, 'PUT', `/api/plan/plans/${plan.id}/targets`, { indicatorId: 'waiting.households', year: 2025, direction: 'at_most', target: 3, tolerance: -1 });
    expect(negative.statusCode).toBe(400);
    expect(fieldsOf(negative).map((f) => f.path)).toEqual(['tolerance']);
    const quota = await send(manager, 'PUT', `/api/plan/plans/${plan.id}/quotas`, { groupKey: 'students', sharePercent: 120 });
    expect(fieldsOf(quota).map((f) => f.path).sort()).toEqual(['groupKey', 'sharePercent']);
    const measure = await send(manager, 'POST', `/api/plan/plans/${other.id}/goals/${goal.goals[0]!.id}/measures`, { title: '', owner: 'Boligkontoret' });
    expect(fieldsOf(measure).map((f) => f.path)).toEqual(['title']);
    expect(await count('action_plan_target', sql`plan_id = ${plan.id}`)).toBe(0);
    expect(await count('action_plan_revision', sql`plan_id = ${plan.id}`)).toBe(1);
  });
});

describe('revisions', () => {
  it('writes one revision per change with a bokmål summary and the whole plan, and diffs it from the one before', async () => {
    const plan = await createPlan('Revisjonsplan');
    expect(plan.revision).toBe(1);
    let dto = (await send(manager, 'POST', `/api/plan/plans/${plan.id}/goals`, { title: 'Kortere venteliste' })).json() as PlanDto;
    const goalId = dto.goals[0]!.id;
    dto = (await send(manager, 'POST', `/api/plan/plans/${plan.id}/goals/${goalId}/measures`, { title: 'Ukentlig tildelingsmøte', owner: 'Boligkontoret', deadline: '2025-12-31' })).json() as PlanDto;
    const measureId = dto.goals[0]!.measures[0]!.id;
    expect((await send(manager, 'PATCH', `/api/plan/plans/${plan.id}/measures/${measureId}`, { status: 'done' })).statusCode).toBe(200);
    expect((await send(manager, 'PUT', `/api/plan/plans/${plan.id}/targets`, { indicatorId: 'waiting.households', year: 2026, goalId, direction: 'at_most', target: 40, tolerance: 5 })).statusCode).toBe(200);
    expect((await send(manager, 'PUT', `/api/plan/plans/${plan.id}/quotas`, { groupKey: 'disabled', sharePercent: 10, minUnits: 20 })).statusCode).toBe(200);
    dto = (await send(manager, 'PATCH', `/api/plan/plans/${plan.id}/goals/${goalId}`, { title: 'Kortere ventetid' })).json() as PlanDto;
    expect(dto.revision).toBe(7);
    expect(dto.goals[0]).toMatchObject({ title: 'Kortere ventetid', measures: [{ title: 'Ukentlig tildelingsmøte', status: 'done', owner: 'Boligkontoret', deadline: '2025-12-31' }] });
    expect(dto.targets).toEqual([{ indicatorId: 'waiting.households', year: 2026, goalId, direction: 'at_most', target: 40, tolerance: 5 }]);
    expect(dto.quotas).toEqual([{ groupKey: 'disabled', sharePercent: 10, minUnits: 20 }]);

    const list = (await politician.request({ method: 'GET', url: `/api/plan/plans/${plan.id}/revisions` })).json() as RevisionList;
    expect(list.revisions.map((r) => [r.revision, r.summary])).toEqual([
      [7, 'Mål endret: Kortere ventetid'],
      [6, 'Kvote satt: Personer med funksjonsnedsettelse 10 % i prosjekter fra 20 boliger'],
      [5, 'Målverdi satt: Husstander på ventelisten 2026 (høyst 40)'],
      [4, 'Tiltak endret: Ukentlig tildelingsmøte'],
      [3, 'Tiltak lagt til: Ukentlig tildelingsmøte'],
      [2, 'Mål lagt til: Kortere venteliste'],
      [1, 'Plan opprettet: Revisjonsplan'],
    ]);
    expect(await count('audit_event', sql`subject_id = ${plan.id} and type like 'action_plan.%'`)).toBe(7);

    const rev = (await politician.request({ method: 'GET', url: `/api/plan/plans/${plan.id}/revisions/7` })).json() as RevisionDto;
    expect(rev.snapshot.goals[0]!.title).toBe('Kortere ventetid');
    expect(rev.diff).toEqual([{ kind: 'goal', change: 'changed', key: goalId, label: 'Kortere ventetid', goalId, fields: [{ field: 'title', before: 'Kortere venteliste', after: 'Kortere ventetid' }] }]);
    const rev4 = (await manager.request({ method: 'GET', url: `/api/plan/plans/${plan.id}/revisions/4` })).json() as RevisionDto;
    expect(rev4.diff[0]).toMatchObject({ kind: 'measure', change: 'changed', fields: [{ field: 'status', before: 'planned', after: 'done' }] });
    expect((await manager.request({ method: 'GET', url: `/api/plan/plans/${plan.id}/revisions/99` })).statusCode).toBe(404);
  });

  it('is atomic: a change whose revision cannot be written leaves neither the change nor a revision', async () => {
    const plan = await createPlan('Atomplan');
    const goalId = ((await send(manager, 'POST', `/api/plan/plans/${plan.id}/goals`, { title: 'Før' })).json() as PlanDto).goals[0]!.id;
    // An actor that is no staff member: the revision's revised_by cannot be stored, after the goal was changed.
    const ghost = serviceContext(handle.db, { ...managerActor, userId: randomUUID() }, fixedClock(NOW), 'test');
    await expect(updateGoal(ghost, plan.id, goalId, { title: 'Etter' })).rejects.toThrow();
    const after = (await manager.request({ method: 'GET', url: `/api/plan/plans/${plan.id}` })).json() as PlanDto;
    expect(after.goals[0]!.title).toBe('Før');
    expect(after.revision).toBe(2);
    expect(await count('action_plan_revision', sql`plan_id = ${plan.id}`)).toBe(2);
  });

  it('removing a goal removes its measures and keeps its targets without a goal', async () => {
    const plan = await createPlan('Fjernplan', 2026, 2026);
    const goalId = ((await send(manager, 'POST', `/api/plan/plans/${plan.id}/goals`, { title: 'Bort' })).json() as PlanDto).goals[0]!.id;
    await send(manager, 'POST', `/api/plan/plans/${plan.id}/goals/${goalId}/measures`, { title: 'Tiltak', owner: 'NAV' });
    await send(manager, 'PUT', `/api/plan/plans/${plan.id}/targets`, { indicatorId: 'stock.dwellings', year: 2026, goalId, direction: 'at_least', target: 10 });
    const res = await send(manager, 'DELETE', `/api/plan/plans/${plan.id}/goals/${goalId}`);
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json() as PlanDto;
    expect(dto.goals).toEqual([]);
    expect(dto.targets).toMatchObject([{ indicatorId: 'stock.dwellings', goalId: null }]);
    expect(await count('action_plan_measure', sql`plan_id = ${plan.id}`)).toBe(0);
  });
});

describe('adoption', () => {
  it('adopting a plan archives the adopted one in the same transaction, each with a revision', async () => {
    const first = await createPlan('Første plan');
    const second = await createPlan('Andre plan');
    const a = await send(manager, 'POST', `/api/plan/plans/${first.id}/adopt`, { adoptedOn: '2025-02-12', adoptedRef: 'PS 12/25' });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json()).toMatchObject({ status: 'adopted', adoptedOn: '2025-02-12', adoptedRef: 'PS 12/25', revision: 2 });
    const future = await send(manager, 'POST', `/api/plan/plans/${second.id}/adopt`, { adoptedOn: '2026-03-03', adoptedRef: 'PS 1/26' });
    expect(fieldsOf(future)).toMatchObject([{ path: 'adoptedOn', code: 'in_future' }]);
    const b = await send(manager, 'POST', `/api/plan/plans/${second.id}/adopt`, { adoptedOn: '2026-02-20', adoptedRef: 'PS 7/26' });
    expect(b.statusCode, b.body).toBe(200);
    const firstNow = (await manager.request({ method: 'GET', url: `/api/plan/plans/${first.id}` })).json() as PlanDto;
    expect(firstNow).toMatchObject({ status: 'archived', revision: 3 });
    const revisions = (await manager.request({ method: 'GET', url: `/api/plan/plans/${first.id}/revisions` })).json() as RevisionList;
    expect(revisions.revisions[0]!.summary).toBe('Plan arkivert: erstattet av «Andre plan»');
    expect(await count('action_plan', sql`status = 'adopted'`)).toBe(1);
    const again = await send(manager, 'POST', `/api/plan/plans/${second.id}/adopt`, { adoptedOn: '2026-02-20', adoptedRef: 'PS 7/26' });
    expect(again.statusCode).toBe(422);
    const change = await send(manager, 'POST', `/api/plan/plans/${first.id}/goals`, { title: 'Etter arkivering' });
    expect(change.statusCode).toBe(422);
    const archive = await send(manager, 'POST', `/api/plan/plans/${second.id}/archive`);
    expect(archive.json()).toMatchObject({ status: 'archived' });
    expect(await count('action_plan', sql`status = 'adopted'`)).toBe(0);
  });
});

describe('figures', () => {
  it('planFigures and the dashboard give the status the rules say on a small fixed scenario', async () => {
    // Two dwellings in the register since 2020; nothing else happened in the municipality.
    await createDwelling({ handle, municipalityId });
    await createDwelling({ handle, municipalityId });
    const plan = await createPlan('Tallplan', 2026, 2026);
    const goalId = ((await send(manager, 'POST', `/api/plan/plans/${plan.id}/goals`, { title: 'Nok boliger' })).json() as PlanDto).goals[0]!.id;
    const targets = [
      { indicatorId: 'stock.dwellings', direction: 'at_most', target: 1, tolerance: 2 },
      { indicatorId: 'temporary.children_over_3_months_on_day', direction: 'at_most', target: 0, tolerance: 0 },
      { indicatorId: 'applications.new_received', direction: 'at_least', target: 40, tolerance: 20 },
      { indicatorId: 'waiting.median_days', direction: 'at_most', target: 100, tolerance: 0 },
    ];
    for (const t of targets) expect((await send(manager, 'PUT', `/api/plan/plans/${plan.id}/targets`, { ...t, year: 2026, goalId })).statusCode).toBe(200);
    await send(manager, 'POST', `/api/plan/plans/${plan.id}/adopt`, { adoptedOn: '2026-01-15', adoptedRef: 'PS 2/26' });

    const period = { from: '2026-01-01', to: '2026-03-02' };
    const figures = await withTenant(handle.db, { municipalityId }, (tx) => planFigures(tx, { planId: plan.id, period, asOf: '2026-03-02' }));
    expect(figures.asOf).toBe('2026-03-02');
    const byId = new Map(figures.rows.map((r) => [r.indicatorId, r]));
    // 2 dwellings, at most 1 with a margin of 2: at risk.
    expect(byId.get('stock.dwellings')!.value.value).toBe(2);
    expect(byId.get('stock.dwellings')!.check.status).toBe('at_risk');
    expect(byId.get('temporary.children_over_3_months_on_day')!.check.status).toBe('on_track');
    // 0 new applications against 40 × 61/365 ≈ 6.7 with a margin of 20 × 61/365 ≈ 3.3: off track.
    const applications = byId.get('applications.new_received')!;
    expect(applications.check).toEqual(checkTarget({ direction: 'at_least', target: 40, tolerance: 20 }, 0, { proRata: true, elapsed: yearElapsed(2026, '2026-03-02') }));
    expect(applications.check.status).toBe('off_track');
    expect(byId.get('waiting.median_days')!.check.status).toBe('no_data');
    expect(applications.series).toHaveLength(8);
    expect(applications).toMatchObject({ goalId, goalTitle: 'Nok boliger', year: 2026 });

    const dash = (await politician.request({ method: 'GET', url: '/api/plan/dashboard?date=2026-03-02' })).json() as Dashboard;
    expect(dash.plan).toMatchObject({ id: plan.id, status: 'adopted' });
    expect(dash.goals).toEqual([{ id: goalId, title: 'Nok boliger' }]);
    const stock = dash.figures!.rows.find((r) => r.indicatorId === 'stock.dwellings')!;
    expect(stock.value.value).toBe('<5');
    expect(stock.check).toMatchObject({ status: 'at_risk', difference: null });
    expect(stock.series.at(-1)!.value.value).toBe('<5');
    expect(dash.figures!.period).toEqual(period);
  });
});
