import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRows, auditRows, createHouseholdAs, createPersonAs, insertCase, setupPeopleTest, type PeopleTestEnv } from './people.fixtures.js';

/**
 * NAV and the follow-up team see a person only through a case they may see (NAV: § 27) or a
 * consent in force to their agency; a withdrawal ends that on the next request (docs/adr/0004:
 * a record one may not see is 404).
 */

let env: PeopleTestEnv;
beforeAll(async () => {
  env = await setupPeopleTest();
});
afterAll(() => env.husly.close());

const get = (role: 'nav_adviser' | 'followup' | 'caseworker', url: string) => env.clients[role].request({ method: 'GET', url });

async function giveConsent(personId: string, recipient: string): Promise<string> {
  const res = await env.clients.caseworker.request({
    method: 'POST',
    url: `/api/persons/${personId}/consents`,
    payload: { recipient, purpose: 'Samarbeid om bolig', scope: 'Boligsøknad og økonomi', validFrom: '2026-01-01' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('NAV', () => {
  it('sees a person and the household only through a § 27 case', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Nav', familyName: 'Tjueni' });
    const child = await createPersonAs(env.clients.caseworker, { givenName: 'Barn', familyName: 'Tjueni', birthDate: '2018-05-05' });
    const household = await createHouseholdAs(env.clients.caseworker, p.id);
    await env.clients.caseworker.request({ method: 'POST', url: `/api/households/${household}/members`, payload: { personId: child.id, relation: 'child' } });

    expect((await get('nav_adviser', `/api/persons/${p.id}`)).statusCode).toBe(404);
    expect((await get('nav_adviser', `/api/households/${household}`)).statusCode).toBe(404);
    expect((await get('nav_adviser', '/api/persons?q=Tjueni')).json().items).toEqual([]);

    await insertCase(env, { householdId: household, personId: p.id, caseType: 'rental_dwelling' });
    expect((await get('nav_adviser', `/api/persons/${p.id}`)).statusCode).toBe(404);

    await insertCase(env, { householdId: household, personId: p.id, caseType: 'temporary_accommodation' });
    expect((await get('nav_adviser', `/api/persons/${p.id}`)).statusCode).toBe(200);
    expect((await get('nav_adviser', `/api/persons/${child.id}`)).statusCode).toBe(200);
    expect((await get('nav_adviser', `/api/households/${household}`)).statusCode).toBe(200);
    const search = await get('nav_adviser', '/api/persons?q=Tjueni');
    expect(search.json().items.map((i: { id: string }) => i.id).sort()).toEqual([p.id, child.id].sort());
    // The follow-up team has no consent and sees nothing.
    expect((await get('followup', `/api/persons/${p.id}`)).statusCode).toBe(404);
  });

  it('sees a person with a consent to NAV in force, and loses that on the next request after withdrawal', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Samtykke', familyName: 'Trekkes' });
    const household = await createHouseholdAs(env.clients.caseworker, p.id);
    await insertCase(env, { householdId: household, personId: p.id, caseType: 'housing_help' });
    expect((await get('nav_adviser', `/api/persons/${p.id}`)).statusCode).toBe(404);

    const consentId = await giveConsent(p.id, 'nav');
    expect((await get('nav_adviser', `/api/persons/${p.id}`)).statusCode).toBe(200);
    expect((await get('nav_adviser', `/api/households/${household}`)).statusCode).toBe(200);
    const listed = await get('nav_adviser', `/api/persons/${p.id}/consents`);
    expect(listed.json().items).toEqual([expect.objectContaining({ id: consentId, recipient: 'nav', inForce: true, withdrawnAt: null })]);

    const withdraw = await env.clients.nav_adviser.request({
      method: 'POST',
      url: `/api/persons/${p.id}/consents/${consentId}/withdraw`,
      payload: { note: 'Trakk samtykket muntlig' },
    });
    expect(withdraw.statusCode).toBe(200);
    expect(withdraw.json()).toMatchObject({ inForce: false, withdrawnAt: new Date(env.clock.now()).toISOString() });
    expect(await auditRows(env, 'consent.withdrawn', p.id)).toEqual([expect.objectContaining({ data: { consentId, recipient: 'nav' } })]);

    expect((await get('nav_adviser', `/api/persons/${p.id}`)).statusCode).toBe(404);
    expect((await get('nav_adviser', `/api/households/${household}`)).statusCode).toBe(404);
    expect((await get('nav_adviser', '/api/persons?q=Trekkes')).json().items).toEqual([]);
    // The caseworker still sees the withdrawn consent as history.
    const history = await get('caseworker', `/api/persons/${p.id}/consents`);
    expect(history.json().items[0]).toMatchObject({ inForce: false, withdrawalNote: 'Trakk samtykket muntlig' });
    const again = await env.clients.caseworker.request({ method: 'POST', url: `/api/persons/${p.id}/consents/${consentId}/withdraw`, payload: {} });
    expect(again.statusCode).toBe(409);
  });

  it('does not count a consent that has not started or has ended', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Utenfor', familyName: 'Perioden' });
    for (const [validFrom, validTo] of [['2026-04-01', null], ['2025-01-01', '2026-03-01']]) {
      await env.clients.caseworker.request({
        method: 'POST',
        url: `/api/persons/${p.id}/consents`,
        payload: { recipient: 'nav', purpose: 'x', scope: 'y', validFrom, validTo },
      });
    }
    expect((await get('nav_adviser', `/api/persons/${p.id}`)).statusCode).toBe(404);
  });

  it('may not register a consent, nor withdraw one given to another agency', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Egen', familyName: 'Tilgang' });
    const register = await env.clients.nav_adviser.request({
      method: 'POST',
      url: `/api/persons/${p.id}/consents`,
      payload: { recipient: 'nav', purpose: 'x', scope: 'y', validFrom: '2026-01-01' },
    });
    expect(register.statusCode).toBe(403);
    await giveConsent(p.id, 'nav');
    const health = await giveConsent(p.id, 'specialist_health');
    const res = await env.clients.nav_adviser.request({ method: 'POST', url: `/api/persons/${p.id}/consents/${health}/withdraw`, payload: {} });
    expect(res.statusCode).toBe(403);
  });
});

describe('the follow-up team', () => {
  it('sees a person with consent to the team, in a case or not', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Oppfølging', familyName: 'Teamet' });
    expect((await get('followup', `/api/persons/${p.id}`)).statusCode).toBe(404);
    await giveConsent(p.id, 'followup_team');
    expect((await get('followup', `/api/persons/${p.id}`)).statusCode).toBe(200);
    expect((await get('nav_adviser', `/api/persons/${p.id}`)).statusCode).toBe(404);
  });
});

describe('the consent register', () => {
  it('refuses an end date before the start date', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Dato', familyName: 'Rekkefølge' });
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: `/api/persons/${p.id}/consents`,
      payload: { recipient: 'nav', purpose: 'x', scope: 'y', validFrom: '2026-02-01', validTo: '2026-01-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'validTo', code: 'before_start' });
  });
});

describe("who has read this person's file", () => {
  it('lists reads of the person, the household and the cases, for the caseworker only', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Innsyn', familyName: 'Krav' });
    const household = await createHouseholdAs(env.clients.caseworker, p.id);
    const kase = await insertCase(env, { householdId: household, personId: p.id, caseType: 'temporary_accommodation' });
    await get('nav_adviser', `/api/persons/${p.id}`);
    await get('nav_adviser', `/api/households/${household}`);
    // A read of the case by the cases area (written here directly).
    await env.handle.db.execute(sql`
      insert into access_log (municipality_id, occurred_at, actor_id, actor_username, actor_role, subject_type, subject_id, purpose)
      values (${env.municipalityId}, now(), ${env.userIds.nav_adviser}, 'nav', 'nav_adviser', 'case', ${kase.id}, 'case.view')`);

    expect((await get('nav_adviser', `/api/persons/${p.id}/access-log`)).statusCode).toBe(403);
    const res = await get('caseworker', `/api/persons/${p.id}/access-log`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(3);
    expect(res.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorRole: 'nav_adviser', subjectType: 'person', purpose: 'person.view' }),
        expect.objectContaining({ actorRole: 'nav_adviser', subjectType: 'household', subjectId: household, purpose: 'household.view' }),
        expect.objectContaining({ actorRole: 'nav_adviser', subjectType: 'case', subjectId: kase.id, purpose: 'case.view' }),
      ]),
    );
    // Reading the access log is itself a read of the person.
    expect(await accessRows(env, p.id)).toContainEqual(expect.objectContaining({ actor_username: expect.stringMatching(/^p-caseworker/), purpose: 'person.access_log' }));
  });
});
