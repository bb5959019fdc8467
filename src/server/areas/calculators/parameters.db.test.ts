import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { CalculatorParameterList } from '../../../contracts/calculators.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { rows, type DbHandle } from '../../platform/db.js';

let handle: DbHandle;
let husly: Husly;
const clients = {} as Record<'admin' | 'caseworker' | 'manager' | 'other', TestClient>;

beforeAll(async () => {
  handle = await openTestDb();
  const own = await createMunicipality(handle, 'Satskommune');
  const other = await createMunicipality(handle, 'Nabosats');
  husly = await createTestApp(handle, { clock: fixedClock('2025-10-01T10:00:00Z') });
  for (const role of ['admin', 'caseworker', 'manager'] as const) {
    const user = await createStaffUser(handle, own.id, role, `${role}-param-${own.id}`);
    clients[role] = await loginAs(husly, user.username, user.password);
  }
  const user = await createStaffUser(handle, other.id, 'caseworker', `other-param-${other.id}`);
  clients.other = await loginAs(husly, user.username, user.password);
});
afterAll(() => husly.close());

const add = (payload: Record<string, unknown>, client = clients.admin) => client.request({ method: 'POST', url: '/api/calculators/parameters', payload });
const fieldsOf = (res: { json(): { error: { fieldErrors?: Array<{ path: string; code: string; message: string }> } } }) => res.json().error.fieldErrors ?? [];
const startlan = (client: TestClient) =>
  client.request({ method: 'POST', url: '/api/calculators/startlan', payload: { household: { adults: 1, childAges: [] }, monthlyNetIncome: 35_123, actualLivingCosts: 9000 } });

describe('the parameters page', () => {
  it('lists every key with the published value in force today and its source', async () => {
    const res = await clients.admin.request({ method: 'GET', url: '/api/calculators/parameters' });
    expect(res.statusCode).toBe(200);
    const list = res.json() as CalculatorParameterList;
    expect(list).toMatchObject({ today: '2025-10-01', canEdit: true });
    expect(list.items.find((i) => i.key === 'startlan.policyRate')).toMatchObject({ shape: 'number', inForce: { validFrom: '2025-09-19', value: 4, tag: 'S' }, own: [] });
    expect(list.items.find((i) => i.key === 'bostotte.housingCostCaps')?.fields).toHaveLength(5);
    expect((await clients.caseworker.request({ method: 'GET', url: '/api/calculators/parameters' })).json().canEdit).toBe(false);
    expect((await clients.manager.request({ method: 'GET', url: '/api/calculators/parameters' })).statusCode).toBe(403);
  });

  it('refuses a value that does not fit the key, per field, and lets only the admin add', async () => {
    expect(fieldsOf(await add({ key: 'startlan.nope', validFrom: '2025-01-01', value: 1, source: 'x' }))).toEqual([expect.objectContaining({ path: 'key', code: 'unknown_key' })]);
    const rate = await add({ key: 'startlan.policyRate', validFrom: '2025-01-01', value: 45, source: 'Norges Bank' });
    expect(rate.statusCode).toBe(400);
    expect(fieldsOf(rate)).toEqual([{ path: 'value', code: 'too_big', message: 'Verdien er for stor.' }]);
    const rates = await add({ key: 'startlan.guidelineRates', validFrom: '2025-01-01', value: { single: 8000.5, couple: 13_500 }, source: 'Rundskriv' });
    expect(fieldsOf(rates).map((f) => [f.path, f.code])).toEqual([
      ['value.single', 'too_many_decimals'],
      ['value.sharedHousing', 'required'],
      ['value.child0to5', 'required'],
      ['value.child6to10', 'required'],
      ['value.child11to17', 'required'],
    ]);
    const noSource = await add({ key: 'startlan.policyRate', validFrom: '2025-01-01', value: 3.5, source: ' ' });
    expect(fieldsOf(noSource)).toEqual([expect.objectContaining({ path: 'source', code: 'required' })]);
    expect((await add({ key: 'startlan.policyRate', validFrom: '2025-01-01', value: 3.5, source: 'x' }, clients.caseworker)).statusCode).toBe(403);
    const [n] = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from calculator_parameter`);
    expect(n?.n).toBe(0);
  });

  it('adds a dated value (audited) that the calculation then uses and shows with its date and source; other municipalities keep theirs', async () => {
    const res = await add({ key: 'startlan.policyRate', validFrom: '2025-01-01', value: 3.5, source: 'Eget vedtak om beregningsrente' });
    expect(res.statusCode, res.body).toBe(201);
    const item = (res.json() as CalculatorParameterList).items.find((i) => i.key === 'startlan.policyRate')!;
    expect(item.inForce).toMatchObject({ validFrom: '2025-01-01', value: 3.5, tag: 'M', source: expect.stringMatching(/^Satskommune \d+ \(registrert 2025-10-01\): Eget vedtak om beregningsrente$/) });
    expect(item.own).toHaveLength(1);
    const [audit] = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_event where type = 'calculator_parameter.added' and subject_id = 'startlan.policyRate@2025-01-01'`);
    expect(audit?.n).toBe(1);
    expect((await add({ key: 'startlan.policyRate', validFrom: '2025-01-01', value: 3.6, source: 'x' })).statusCode).toBe(409);

    const ours = (await startlan(clients.caseworker)).json();
    expect(ours.rates).toMatchObject({ policyRate: 3.5, stressRate: 6 });
    expect(ours.parameters).toContainEqual(expect.objectContaining({ name: 'policy_rate', value: 3.5, effectiveFrom: '2025-01-01', tag: 'M', source: item.inForce!.source }));
    const theirs = (await startlan(clients.other)).json();
    expect(theirs.rates).toMatchObject({ policyRate: 4, stressRate: 6.5 });
  });

  it('takes a whole table row, such as the bostøtte caps, into the estimate', async () => {
    const res = await add({ key: 'bostotte.housingCostCaps', validFrom: '2025-07-01', value: [80_000, 99_000, 110_000, 121_000, 132_000], source: 'Husbanken 2025' });
    expect(res.statusCode, res.body).toBe(201);
    const estimate = (await clients.caseworker.request({ method: 'POST', url: '/api/calculators/bostotte', payload: { householdSize: 1, monthlyHousingCosts: 9000, monthlyIncome: 15_000 } })).json();
    expect(estimate.steps.find((s: { code: string }) => s.code === 'housing_cost_cap').value).toBe(80_000);
    expect(estimate.parameters).toContainEqual(expect.objectContaining({ name: 'housing_cost_cap_1', value: 80_000, tag: 'M' }));
  });
});
