import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, createStaffUser } from '../../../../test/db.js';
import { loginAs } from '../../../../test/app.js';
import { addRepresentative, application, countRows, createHousehold, intakeBody, openCase, setupCaseTest, type CaseTestEnv } from './cases.fixtures.js';

let env: CaseTestEnv;
beforeAll(async () => {
  env = await setupCaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

describe('intake', () => {
  it('opens one case per requested type with running case numbers, assigned to the registering caseworker', async () => {
    const { householdId, personId } = await createHousehold(env);
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/cases/intake',
      payload: intakeBody({ householdId, cases: [{ caseType: 'rental_dwelling', rentalKind: 'new' }, { caseType: 'housing_help' }] }),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.cases).toHaveLength(2);
    const [a, b] = body.cases;
    expect(Number(b.caseNumber.slice(5))).toBe(Number(a.caseNumber.slice(5)) + 1);
    expect(a.caseNumber).toMatch(/^2026-\d{6}$/);
    expect(a).toMatchObject({ caseType: 'rental_dwelling', rentalKind: 'new', status: 'received', personId, householdId, receivedOn: '2026-02-20' });
    expect(a.assignedTo.id).toBe(env.userIds.caseworker);
    expect(a.legalBasis).toMatchObject({ ref: 'rental_dwelling/1' });
    expect(b.legalBasis.appealBody).toBe('Statsforvalteren');
    expect(await countRows(env, 'audit_event', sql`type = 'case.received' and subject_id in (${a.id}, ${b.id})`)).toBe(2);
  });

  it('lists every invalid field at once', async () => {
    const { householdId } = await createHousehold(env);
    const bad = intakeBody({
      householdId,
      receivedOn: '2026-02-30',
      cases: [{ caseType: 'rental_dwelling' }, { caseType: 'housing_help', rentalKind: 'new' }],
      application: { ...application(), housingSituation: 'castle' as never, needCategory: 'rich' as never, income: { applicantGrossAnnual: -5 } },
    });
    const res = await env.clients.caseworker.request({ method: 'POST', url: '/api/cases/intake', headers: { 'accept-language': 'en' }, payload: { ...bad, channel: 'pigeon' } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fieldErrors.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual([
      'application.housingSituation',
      'application.income.applicantGrossAnnual',
      'application.needCategory',
      'cases.0.rentalKind',
      'cases.1.rentalKind',
      'channel',
      'receivedOn',
    ]);
    const rentalKind = res.json().error.fieldErrors.find((f: { path: string }) => f.path === 'cases.0.rentalKind');
    expect(rentalKind.code).toBe('required');
  });

  it('refuses an unknown household, a district the municipality lacks and a date ahead, all at once', async () => {
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/cases/intake',
      payload: intakeBody({ householdId: '00000000-0000-4000-8000-000000000000', receivedOn: '2026-03-03', application: application({ areaWishes: ['01', '77'] }) }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors.map((f: { path: string; code: string }) => `${f.path}:${f.code}`).sort()).toEqual([
      'application.areaWishes.1:invalid_value',
      'householdId:not_found',
      'receivedOn:in_future',
    ]);
  });

  it('keeps § 27 for NAV: a caseworker may not open it, a NAV adviser may, and only that', async () => {
    const { householdId } = await createHousehold(env);
    const byCaseworker = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/cases/intake',
      payload: intakeBody({ householdId, cases: [{ caseType: 'temporary_accommodation' }] }),
    });
    expect(byCaseworker.statusCode).toBe(403);
    expect(byCaseworker.json().error.fieldErrors[0]).toMatchObject({ path: 'cases.0.caseType', code: 'case_type_not_allowed' });
    const byNav = await env.clients.nav_adviser.request({
      method: 'POST',
      url: '/api/cases/intake',
      payload: intakeBody({ householdId, cases: [{ caseType: 'temporary_accommodation' }] }),
    });
    expect(byNav.statusCode).toBe(201);
    const navRental = await env.clients.nav_adviser.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId }) });
    expect(navRental.statusCode).toBe(403);
  });

  it('gives the amounts in G on the day received', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, {
      householdId,
      application: application({ income: { applicantGrossAnnual: 260_320, householdGrossAnnual: null, assets: null } }),
    });
    const res = await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(res.statusCode).toBe(200);
    // G from 1 May 2025 is 130 160: 260 320 kr = 2 G.
    expect(res.json().application.amountsInG).toMatchObject({ date: '2026-02-20', grunnbelop: 130_160, applicantGrossAnnual: 2, assets: null, debtToMunicipality: 0 });
  });
});

describe('roles and tenants', () => {
  it('refuses roles without cases with 403 and lets them see nothing', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    for (const role of ['manager', 'admin'] as const) {
      for (const url of [`/api/cases/${caseId}`, '/api/worklist']) {
        const res = await env.clients[role].request({ method: 'GET', url });
        expect(res.statusCode, `${role} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
      const intake = await env.clients[role].request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId }) });
      expect(intake.statusCode).toBe(403);
    }
  });

  it('answers 404 for a case of another municipality', async () => {
    const other = await createMunicipality(env.handle, 'Annen');
    const stranger = await createStaffUser(env.handle, other.id, 'caseworker');
    const strangerClient = await loginAs(env.husly, stranger.username, stranger.password);
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const res = await strangerClient.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(res.statusCode).toBe(404);
    const note = await strangerClient.request({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { body: 'hei' } });
    expect(note.statusCode).toBe(404);
  });
});

describe('the case page', () => {
  it('logs every read and shows who has read the case', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    await env.clients.caseworker2.request({ method: 'GET', url: `/api/cases/${caseId}` });
    const res = await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(res.statusCode).toBe(200);
    const readers = res.json().readers.map((r: { actorUsername: string; reads: number }) => [r.actorUsername, r.reads]);
    expect(readers).toEqual(
      expect.arrayContaining([
        [`caseworker-${env.municipalityId}`, 1],
        [`caseworker2-${env.municipalityId}`, 1],
      ]),
    );
    expect(await countRows(env, 'access_log', sql`subject_type = 'case' and subject_id = ${caseId} and purpose = 'case.view'`)).toBe(2);
    expect(res.json().timeline.map((e: { type: string }) => e.type)).toEqual(['case.received']);
  });

  it.each(['fortrolig', 'strengt_fortrolig'] as const)('never shows a %s address on the case page', async (addressProtection) => {
    const { householdId } = await createHousehold(env, { addressProtection });
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const res = await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(res.json().person).toMatchObject({ addressProtection, address: null });
    expect(res.body).not.toContain('Storgata');
  });

  it('shows an unprotected address and the fullmektig in force', async () => {
    const { householdId, personId } = await createHousehold(env);
    await addRepresentative(env, personId, 'Advokat Fullmakt');
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const person = (await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}` })).json().person;
    expect(person.address).toEqual({ line: 'Storgata 1', postalCode: '9999', postalCity: 'Demo' });
    expect(person.representative).toEqual({ kind: 'fullmektig', name: 'Advokat Fullmakt' });
    expect(person.nationalIdMasked).toBeNull();
  });

  it('omits sensitive notes entirely for NAV, with their timeline events', async () => {
    const { householdId, personId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const { grantConsent } = await import('./cases.fixtures.js');
    await grantConsent(env, personId, 'nav');
    for (const [body, sensitivity] of [['Vanlig notat', 'none'], ['Helseopplysning', 'health'], ['Rus', 'substance_use']]) {
      const res = await env.clients.caseworker.request({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { body, sensitivity } });
      expect(res.statusCode).toBe(201);
    }
    const asCaseworker = await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(asCaseworker.json().notes).toHaveLength(3);
    const asNav = await env.clients.nav_adviser.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(asNav.statusCode).toBe(200);
    expect(asNav.json().notes.map((n: { body: string }) => n.body)).toEqual(['Vanlig notat']);
    expect(asNav.body).not.toMatch(/Helseopplysning|Rus|health|substance_use/);
    expect(asNav.json().case.canHandle).toBe(false);
    const navNote = await env.clients.nav_adviser.request({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { body: 'Helse', sensitivity: 'health' } });
    expect(navNote.statusCode).toBe(422);
    expect(navNote.json().error.fieldErrors[0].path).toBe('sensitivity');
  });
});
