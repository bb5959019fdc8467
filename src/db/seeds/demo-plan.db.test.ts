import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../test/db.js';
import type { Dashboard, PlanDto, PlanList, RevisionDto, RevisionList } from '../../contracts/plan.js';
import { findIndicator } from '../../domain/indicators/definitions.js';
import { createRng } from '../../domain/random/rng.js';
import type { Husly } from '../../server/main.js';
import { fixedClock } from '../../server/platform/clock.js';
import { rows, withTenant, type DbHandle } from '../../server/platform/db.js';
import type { DemoMunicipality } from './demo-data.js';
import { demoPlanSteps } from './demo-plan.js';

/** The action plan's demo step on its own (the full demo seed is the e2e tests' business): a municipality posing as 9999 with its manager `leder`. */

let handle: DbHandle;
let husly: Husly;
let municipalityId: number;
let manager: TestClient;
const TODAY = new Date('2026-11-21T10:00:00Z');
const DEMO = { kommunenummer: '9999', name: 'Demo kommune', inhabitants: 10_000, districtNames: [], users: [] } satisfies DemoMunicipality;

async function runStep() {
  for (const step of demoPlanSteps(DEMO)) {
    await withTenant(handle.db, { municipalityId }, (tx) => step.run({ tx, municipalityId, kommunenummer: '9999', rng: createRng(1), today: TODAY, demoPasswordHash: '' }));
  }
}

beforeAll(async () => {
  handle = await openTestDb();
  municipalityId = (await createMunicipality(handle, 'Planseed')).id;
  const user = await createStaffUser(handle, municipalityId, 'manager', 'leder');
  husly = await createTestApp(handle, { clock: fixedClock(TODAY.toISOString()) });
  manager = await loginAs(husly, user.username, user.password);
});
afterAll(() => husly.close());

describe('demo action plan', () => {
  it('seeds one adopted plan with goals, measures, targets on real indicators, quotas and four revisions; a second run adds nothing', async () => {
    await runStep();
    await runStep();
    const list = (await manager.request({ method: 'GET', url: '/api/plan/plans' })).json() as PlanList;
    expect(list.plans).toHaveLength(1);
    expect(list.plans[0]).toMatchObject({ title: 'Boligsosial handlingsplan 2025–2028', status: 'adopted', adoptedRef: 'PS 12/25', revision: 4 });
    const plan = (await manager.request({ method: 'GET', url: `/api/plan/plans/${list.plans[0]!.id}` })).json() as PlanDto;
    expect(plan.goals).toHaveLength(5);
    expect(plan.goals.every((g) => g.measures.length > 0 && g.measures.every((m) => m.owner && m.deadline))).toBe(true);
    expect(plan.targets.every((t) => findIndicator(t.indicatorId) !== undefined && t.year >= 2025 && t.year <= 2028)).toBe(true);
    expect(plan.targets.filter((t) => t.year === 2026)).toHaveLength(6);
    expect(plan.targets).toContainEqual(expect.objectContaining({ indicatorId: 'temporary.children_over_3_months_on_day', year: 2027, direction: 'at_most', target: 0 }));
    expect(plan.quotas).toContainEqual({ groupKey: 'disabled', sharePercent: 10, minUnits: 20 });

    const revisions = (await manager.request({ method: 'GET', url: `/api/plan/plans/${plan.id}/revisions` })).json() as RevisionList;
    expect(revisions.revisions.map((r) => r.revision)).toEqual([4, 3, 2, 1]);
    const last = (await manager.request({ method: 'GET', url: `/api/plan/plans/${plan.id}/revisions/4` })).json() as RevisionDto;
    expect(last.diff).toEqual([expect.objectContaining({ kind: 'measure', change: 'changed', label: 'Etablere et eget Housing First-team', fields: [{ field: 'status', before: 'in_progress', after: 'done' }] })]);
    const adopted = (await manager.request({ method: 'GET', url: `/api/plan/plans/${plan.id}/revisions/3` })).json() as RevisionDto;
    expect(adopted.diff.map((d) => [d.kind, d.change])).toEqual([['plan', 'changed']]);

    const dashboard = (await manager.request({ method: 'GET', url: '/api/plan/dashboard?date=2026-11-21' })).json() as Dashboard;
    expect(dashboard.figures!.rows).toHaveLength(6);
    const [counted] = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from action_plan_revision where municipality_id = ${municipalityId}`);
    expect(counted!.n).toBe(4);
  });
});
