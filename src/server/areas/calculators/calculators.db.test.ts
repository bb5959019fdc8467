import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLog, createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { Role } from '../../../domain/access/roles.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { rows, type DbHandle } from '../../platform/db.js';

const ROLES = ['caseworker', 'nav_adviser', 'followup', 'manager', 'admin', 'property_manager'] as const satisfies readonly Role[];

let handle: DbHandle;
let husly: Husly;
let log: ReturnType<typeof captureLog>;
const clock = fixedClock('2025-10-01T10:00:00Z');
const clients = {} as Record<(typeof ROLES)[number], TestClient>;

beforeAll(async () => {
  handle = await openTestDb();
  const { id } = await createMunicipality(handle, 'Kalkulatorkommune');
  log = captureLog();
  // 2025-10-01: styringsrente 4 % → stress rate 6.5 % (domain/calculators/startlan.test.ts works the numbers).
  husly = await createTestApp(handle, { clock, config: { logLevel: 'info' }, logStream: log.stream });
  for (const role of ROLES) {
    const user = await createStaffUser(handle, id, role, `${role}-calc-${id}`);
    clients[role] = await loginAs(husly, user.username, user.password);
  }
});
afterAll(() => husly.close());

/** A single adult with 35 000 kr net; the same household as the first worked example in startlan.test.ts. */
const startlanBody = {
  household: { adults: 1, childAges: [] },
  monthlyNetIncome: 35_123,
  actualLivingCosts: 9000,
  fixedCosts: { studentLoan: 1623 },
  housingCosts: { commonCosts: 3000, electricity: 1000 },
};
const bostotteBody = { householdSize: 1, monthlyHousingCosts: 7000, monthlyIncome: 15_000 };

const post = (client: TestClient, url: string, payload: unknown, language = 'nb') =>
  client.request({ method: 'POST', url, payload: payload as Record<string, unknown>, headers: { 'accept-language': language } });

const countRows = async (table: string): Promise<number> => Number((await rows<{ n: string }>(handle.db, sql.raw(`select count(*) as n from ${table}`)))[0]?.n ?? 0);

describe('POST /api/calculators/startlan', () => {
  it('returns the margin, the largest loan, both payments and the workings, and stores nothing', async () => {
    const [audit, access] = [await countRows('audit_event'), await countRows('access_log')];
    const res = await post(clients.caseworker, '/api/calculators/startlan', startlanBody);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // margin = 35 123 − 9 000 − 1 623 − 4 000 = 20 500; then as the worked example: 3 236 000 at 6.5 %.
    expect(body).toMatchObject({
      date: '2025-10-01',
      margin: 20_500,
      availableForLoan: 20_460,
      maxLoan: 3_236_000,
      monthlyPaymentAtStressRate: 20_454,
      monthlyPaymentAtNormalRate: 17_155,
      rates: { stressRate: 6.5, normalRate: 4.89 },
      adviseAgainst: false,
      reasons: [],
    });
    expect(body.parameters).toContainEqual(expect.objectContaining({ name: 'policy_rate', value: 4, effectiveFrom: '2025-09-19', tag: 'S' }));
    expect([await countRows('audit_event'), await countRows('access_log')]).toEqual([audit, access]);
    expect(log.text()).toContain('/api/calculators/startlan');
    expect(log.text()).not.toContain('35123');
  });

  it('advises against with the reason in the user’s language when there is no margin', async () => {
    const res = await post(clients.nav_adviser, '/api/calculators/startlan', { ...startlanBody, monthlyNetIncome: 10_000 }, 'nn');
    expect(res.statusCode).toBe(200);
    expect(res.json().adviseAgainst).toBe(true);
    expect(res.json().reasons[0]).toMatchObject({ code: 'margin_not_positive', values: { margin: -4623 } });
    expect(res.json().reasons[0].text).toContain('Hushaldet har −4 623 kr');
  });

  it('refuses invalid input with 400, every field path and messages in nynorsk', async () => {
    const { monthlyNetIncome: _income, ...rest } = startlanBody;
    const res = await post(clients.followup, '/api/calculators/startlan', { ...rest, household: { adults: 0, childAges: [3] }, termYears: 51 }, 'nn');
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Nokre felt er ikkje fylte ut rett.');
    const byPath = Object.fromEntries(error.fieldErrors.map((f: { path: string; code: string; message: string }) => [f.path, f]));
    expect(byPath['household.adults']).toMatchObject({ code: 'too_small' });
    expect(byPath.monthlyNetIncome).toMatchObject({ code: 'required', message: 'Feltet må fyllast ut.' });
    expect(byPath.termYears).toMatchObject({ code: 'too_big' });
  });

  it('refuses an unknown field, so a misspelt amount is not silently left out', async () => {
    const res = await post(clients.caseworker, '/api/calculators/startlan', { ...startlanBody, monthlyNetIncom: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors[0]).toMatchObject({ code: 'unknown_field' });
  });
});

describe('POST /api/calculators/bostotte', () => {
  it('returns the estimate with each step labelled and the notice that Husbanken decides', async () => {
    const res = await post(clients.followup, '/api/calculators/bostotte', bostotteBody, 'nn');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Worked in bostotte.test.ts: own share 33 853; 0.737 × (78 237 − 33 853) = 32 711 a year; 2 726 a month.
    expect(body).toMatchObject({ estimate: true, annualSupport: 32_711, monthlySupport: 2726, capGroup: 'none', capGroupBasis: 'none' });
    expect(body.notice).toContain('Husbanken som avgjer');
    expect(body.steps.find((s: { code: string }) => s.code === 'own_share')).toMatchObject({ label: 'Eigendel', value: 33_853 });
  });

  it('refuses an unknown cap group with the field path', async () => {
    const res = await post(clients.caseworker, '/api/calculators/bostotte', { ...bostotteBody, capGroup: 'bergen' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([expect.objectContaining({ path: 'capGroup', code: 'invalid_value' })]);
  });
});

describe('when the parameter tables do not reach today', () => {
  it('answers 422 in the user’s language rather than guessing a rate', async () => {
    clock.set('2023-06-01T10:00:00Z');
    try {
      const res = await post(clients.caseworker, '/api/calculators/startlan', startlanBody, 'en');
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'rule_violation', message: expect.stringContaining('no rates for today') });
    } finally {
      clock.set('2025-10-01T10:00:00Z');
    }
  });
});

describe('who may use the calculators', () => {
  it.each(['manager', 'admin', 'property_manager'] as const)('refuses the %s with 403', async (role) => {
    for (const url of ['/api/calculators/startlan', '/api/calculators/bostotte']) {
      const res = await post(clients[role], url, url.endsWith('startlan') ? startlanBody : bostotteBody);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });

  it('refuses a request without a session with 401', async () => {
    const res = await husly.app.inject({ method: 'POST', url: '/api/calculators/bostotte', payload: bostotteBody, headers: { origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(res.statusCode).toBe(401);
  });
});

describe('API documentation', () => {
  it('documents both calculators in the OpenAPI spec', async () => {
    const res = await husly.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    expect(paths['/api/calculators/startlan'].post.tags).toEqual(['calculators']);
    expect(paths['/api/calculators/bostotte'].post.requestBody).toBeDefined();
  });
});
