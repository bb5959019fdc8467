import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLog } from '../../../../test/app.js';
import { ROLES } from '../../../domain/access/roles.js';
import { createHouseholdAs, createPersonAs, insertCase, nationalId, setupPeopleTest, type PeopleTestEnv } from './people.fixtures.js';

/**
 * A protected address (fortrolig, kode 7; strengt fortrolig, kode 6) must never leave the
 * server to a role that may not see it, in any response, and never reach the log.
 */

const log = captureLog();
let env: PeopleTestEnv;
const KODE7 = { line: 'Skjultveien 7', postalCode: '0977', postalCity: 'Hemmelighus' };
const KODE6 = { line: 'Sperregata 6', postalCode: '0666', postalCity: 'Ukjentby' };
const fnr7 = nationalId('070787');
const fnr6 = nationalId('060686');
/** The address as it would appear in JSON; the postal code quoted, as four bare digits also occur in ids. */
const traces = (a: typeof KODE7): string[] => [a.line, a.postalCity, `"${a.postalCode}"`];
let fortrolig: string;
let strengt: string;

beforeAll(async () => {
  env = await setupPeopleTest({ logStream: log.stream });
  const cw = env.clients.caseworker;
  fortrolig = (await createPersonAs(cw, { givenName: 'Fortrolig', familyName: 'Skjermet', nationalId: fnr7, address: KODE7, addressProtection: 'fortrolig' })).id;
  strengt = (await createPersonAs(cw, { givenName: 'Strengt', familyName: 'Skjermet', nationalId: fnr6, address: KODE6, addressProtection: 'strengt_fortrolig' })).id;
  // Both are in cases NAV may see (§ 27) and have consented to the follow-up team.
  for (const id of [fortrolig, strengt]) {
    const household = await createHouseholdAs(cw, id);
    await insertCase(env, { householdId: household, personId: id, caseType: 'temporary_accommodation' });
    const consent = await cw.request({
      method: 'POST',
      url: `/api/persons/${id}/consents`,
      payload: { recipient: 'followup_team', purpose: 'Oppfølging i bolig', scope: 'Boligsaken', validFrom: '2026-01-01' },
    });
    expect(consent.statusCode).toBe(201);
  }
});
afterAll(() => env.husly.close());

const readers = ['caseworker', 'nav_adviser', 'followup'] as const;

describe('fortrolig address (kode 7)', () => {
  it('is shown to the caseworker and the NAV adviser, marked as protected', async () => {
    for (const role of ['caseworker', 'nav_adviser'] as const) {
      const res = await env.clients[role].request({ method: 'GET', url: `/api/persons/${fortrolig}` });
      expect(res.statusCode, role).toBe(200);
      expect(res.json(), role).toMatchObject({ address: KODE7, addressProtected: true, addressProtection: 'fortrolig' });
    }
  });

  it('is absent from the follow-up team’s view even with consent', async () => {
    const res = await env.clients.followup.request({ method: 'GET', url: `/api/persons/${fortrolig}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().addressProtected).toBe(true);
    expect(res.json()).not.toHaveProperty('address');
    for (const part of traces(KODE7)) expect(res.body).not.toContain(part);
  });

  it('cannot be changed or unprotected by the follow-up team', async () => {
    const change = await env.clients.followup.request({ method: 'PATCH', url: `/api/persons/${fortrolig}`, payload: { address: KODE6 } });
    expect(change.statusCode).toBe(403);
    expect(change.json().error.fieldErrors[0]).toMatchObject({ path: 'address', code: 'not_allowed' });
    const unprotect = await env.clients.followup.request({ method: 'PATCH', url: `/api/persons/${fortrolig}`, payload: { addressProtection: 'none' } });
    expect(unprotect.statusCode).toBe(403);
    const phone = await env.clients.followup.request({ method: 'PATCH', url: `/api/persons/${fortrolig}`, payload: { phone: '+47 911 11 111' } });
    expect(phone.statusCode).toBe(200);
    expect(phone.json()).not.toHaveProperty('address');
  });
});

describe('strengt fortrolig address (kode 6)', () => {
  it('is never in a read, a list or a search, for any role', async () => {
    for (const role of ROLES) {
      const client = env.clients[role];
      const responses = [
        await client.request({ method: 'GET', url: `/api/persons/${strengt}` }),
        await client.request({ method: 'GET', url: '/api/persons?q=Skjermet' }),
        await client.request({ method: 'GET', url: `/api/persons?q=${fnr6}` }),
        await client.request({ method: 'GET', url: `/api/persons/${strengt}/duplicates` }),
        await client.request({ method: 'PATCH', url: `/api/persons/${strengt}`, payload: { interpreterLanguage: 'polsk' } }),
      ];
      for (const res of responses) {
        for (const part of traces(KODE6)) expect(res.body, `${role} ${res.raw.req.url}`).not.toContain(part);
      }
      if ((readers as readonly string[]).includes(role)) {
        expect(responses[0]!.statusCode, role).toBe(200);
        expect(responses[0]!.json()).toMatchObject({ addressProtected: true, addressProtection: 'strengt_fortrolig' });
      }
    }
  });

  it('can be replaced by the caseworker without being read back', async () => {
    const res = await env.clients.caseworker.request({
      method: 'PATCH',
      url: `/api/persons/${strengt}`,
      payload: { address: { line: 'Ny sperregate 66', postalCode: '0667', postalCity: 'Ukjentby' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Ny sperregate');
  });

  it('is not in the create response either', async () => {
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/persons',
      payload: { givenName: 'Ny', familyName: 'Skjermet', address: { line: 'Usynlig vei 1', postalCode: '0001', postalCity: 'Ingensted' }, addressProtection: 'strengt_fortrolig' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain('Usynlig');
  });
});

describe('lists', () => {
  it('never carry an address, even an unprotected one', async () => {
    const cw = env.clients.caseworker;
    const open = await createPersonAs(cw, { givenName: 'Åpen', familyName: 'Adresse', address: { line: 'Synlig gate 3', postalCode: '0150', postalCity: 'Oslo' } });
    const household = await createHouseholdAs(cw, open.id);
    const lists = [
      await cw.request({ method: 'GET', url: '/api/persons?q=Adresse' }),
      await cw.request({ method: 'GET', url: `/api/households/${household}` }),
    ];
    for (const res of lists) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('Synlig gate');
    }
  });
});

describe('the log', () => {
  it('holds no address, name or national id from any of these requests', () => {
    const text = log.text();
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [...traces(KODE7), ...traces(KODE6), 'Ny sperregate', 'Skjermet', fnr6, fnr7]) {
      expect(text, `log contains ${secret}`).not.toContain(secret);
    }
  });
});
