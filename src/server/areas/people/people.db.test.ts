import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../../../test/app.js';
import { createMunicipality, createStaffUser } from '../../../../test/db.js';
import { ROLES } from '../../../domain/access/roles.js';
import { canUsePersonRegister } from '../../../domain/access/person-access.js';
import { rows } from '../../platform/db.js';
import {
  accessRows,
  auditRows,
  createHouseholdAs,
  createPersonAs,
  insertCase,
  nationalId,
  setupPeopleTest,
  wrongChecksum,
  type PeopleTestEnv,
} from './people.fixtures.js';

let env: PeopleTestEnv;
beforeAll(async () => {
  env = await setupPeopleTest();
});
afterAll(() => env.husly.close());

const post = (payload: Record<string, unknown>, language = 'nb') =>
  env.clients.caseworker.request({ method: 'POST', url: '/api/persons', payload, headers: { 'accept-language': language } });

describe('role checks', () => {
  for (const role of ROLES) {
    const allowed = canUsePersonRegister(role);
    it(`${allowed ? 'lets' : 'refuses'} ${role} ${allowed ? 'search' : 'with 403 on'} /api/persons`, async () => {
      const search = await env.clients[role].request({ method: 'GET', url: '/api/persons?q=Nordmann' });
      expect(search.statusCode).toBe(allowed ? 200 : 403);
      if (!allowed) {
        expect(search.json().error.code).toBe('forbidden');
        const create = await env.clients[role].request({ method: 'POST', url: '/api/persons', payload: { givenName: 'A', familyName: 'B' } });
        expect(create.statusCode).toBe(403);
      }
    });
  }

  it('answers 401 without a session', async () => {
    const res = await env.husly.app.inject({ method: 'GET', url: '/api/persons?q=Nordmann' });
    expect(res.statusCode).toBe(401);
  });
});

describe('registering a person', () => {
  it('refuses an invalid fødselsnummer with a field error in the user’s language', async () => {
    const res = await post({ givenName: 'Kari', familyName: 'Feil', nationalId: wrongChecksum(nationalId('010190')) }, 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      fieldErrors: [{ path: 'nationalId', code: 'invalid_checksum', message: 'The number is not valid. Check that every digit is correct.' }],
    });
    const short = await post({ givenName: 'Kari', familyName: 'Feil', nationalId: '0101901' });
    expect(short.json().error.fieldErrors[0]).toMatchObject({ path: 'nationalId', code: 'wrong_length', message: 'Fødselsnummer og D-nummer har 11 siffer.' });
  });

  it('accepts a valid D-nummer and fills the birth date from it, never sex', async () => {
    const dnr = nationalId('410185');
    const res = await post({ givenName: 'Jonas', familyName: 'Petraitis', nationalId: dnr });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ nationalId: dnr, nationalIdKind: 'dnr', birthDate: '1985-01-01', age: 41, addressProtected: false });
    expect(Object.keys(body)).not.toContain('sex');
    // Gender is never derived from the number: only what the person states is stored.
    expect(body.gender).toBeNull();
    const stated = await post({ givenName: 'Jonas', familyName: 'Oppgitt', gender: 'other' });
    expect(stated.json().gender).toBe('other');
    expect((await post({ givenName: 'Jonas', familyName: 'Feil', gender: 'x' })).json().error.fieldErrors[0]).toMatchObject({ path: 'gender' });
  });

  it('accepts spaces in the number and keeps a birth date that agrees', async () => {
    const fnr = nationalId('150377');
    const res = await post({ givenName: 'Per', familyName: 'Mellomrom', nationalId: `${fnr.slice(0, 6)} ${fnr.slice(6)}`, birthDate: '1977-03-15' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ nationalId: fnr, nationalIdKind: 'fnr', birthDate: '1977-03-15' });
  });

  it('refuses a birth date that contradicts the fødselsnummer, together with other field errors', async () => {
    const res = await post({ givenName: 'Per', familyName: 'Motsatt', nationalId: nationalId('150377', 480), birthDate: '1977-03-16' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([expect.objectContaining({ path: 'birthDate', code: 'does_not_match_national_id' })]);
  });

  it('writes person.created in the same transaction, without the number or the address', async () => {
    const fnr = nationalId('020290');
    const created = await createPersonAs(env.clients.caseworker, {
      givenName: 'Eva',
      familyName: 'Revisjon',
      nationalId: fnr,
      address: { line: 'Revisjonsveien 9', postalCode: '0150', postalCity: 'Oslo' },
      residenceStatus: 'citizen',
    });
    const [event] = await auditRows(env, 'person.created', created.id);
    expect(event?.data).toMatchObject({ nationalIdKind: 'fnr', addressProtection: 'none' });
    expect(event?.data.fields).toEqual(expect.arrayContaining(['nationalId', 'address', 'givenName', 'residenceStatus']));
    expect(JSON.stringify(event)).not.toContain(fnr);
    expect(JSON.stringify(event)).not.toContain('Revisjonsveien');
  });

  it('answers 409 with nationalId taken for a second registration, and leaves no event behind', async () => {
    const fnr = nationalId('030390');
    await createPersonAs(env.clients.caseworker, { givenName: 'Ola', familyName: 'Først', nationalId: fnr });
    const count = async () =>
      (await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from audit_event where type = 'person.created'`))[0]!.n;
    const before = await count();
    const res = await post({ givenName: 'Ola', familyName: 'Andre', nationalId: fnr });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', fieldErrors: [{ path: 'nationalId', code: 'taken' }] });
    expect(await count()).toBe(before);
  });

  it('registers every field of the form', async () => {
    const res = await post({
      givenName: 'Amina',
      familyName: 'Hassan',
      nationalId: nationalId('120588'),
      phone: '+47 400 00 000',
      email: 'amina@example.no',
      writtenLanguage: 'nn',
      interpreterLanguage: 'somali',
      address: { line: 'Storgata 1', postalCode: '0155', postalCity: 'Oslo' },
      residentSince: '2019-08-01',
      residenceStatus: 'refugee',
      refugeeSettledOn: '2019-08-01',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      birthDate: '1988-05-12',
      writtenLanguage: 'nn',
      interpreterLanguage: 'somali',
      address: { line: 'Storgata 1', postalCode: '0155', postalCity: 'Oslo' },
      residenceStatus: 'refugee',
      possibleDuplicates: [],
    });
  });
});

describe('reading and changing a person', () => {
  it('writes an access-log row for each read of the record', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Lese', familyName: 'Logg' });
    const res = await env.clients.caseworker.request({ method: 'GET', url: `/api/persons/${p.id}` });
    expect(res.statusCode).toBe(200);
    expect(await accessRows(env, p.id)).toEqual([expect.objectContaining({ subject_type: 'person', purpose: 'person.view' })]);
  });

  it('records changed field names, with values only where allowed', async () => {
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Endre', familyName: 'Meg', address: { line: 'Gamle vei 1', postalCode: '0150', postalCity: 'Oslo' } });
    const fnr = nationalId('040490');
    const res = await env.clients.caseworker.request({
      method: 'PATCH',
      url: `/api/persons/${p.id}`,
      payload: { familyName: 'Megsen', nationalId: fnr, address: { line: 'Nye vei 2', postalCode: '0151', postalCity: 'Oslo' }, reason: 'Ny adresse' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ familyName: 'Megsen', birthDate: '1990-04-04', address: { line: 'Nye vei 2' } });
    const [event] = await auditRows(env, 'person.updated', p.id);
    expect(event?.reason).toBe('Ny adresse');
    expect(event?.data.fields).toEqual(expect.arrayContaining(['familyName', 'nationalId', 'address', 'birthDate']));
    expect(event?.data.changes).toMatchObject({ familyName: { from: 'Meg', to: 'Megsen' } });
    const text = JSON.stringify(event);
    for (const secret of [fnr, 'Nye vei', 'Gamle vei']) expect(text).not.toContain(secret);

    const contradict = await env.clients.caseworker.request({ method: 'PATCH', url: `/api/persons/${p.id}`, payload: { birthDate: '1990-04-05' } });
    expect(contradict.statusCode).toBe(400);
    expect(contradict.json().error.fieldErrors[0]).toMatchObject({ path: 'birthDate', code: 'does_not_match_national_id' });
  });

  it('answers 404 for a person of another municipality, and for an unknown id', async () => {
    const other = await createMunicipality(env.handle, 'Annen');
    const stranger = await createStaffUser(env.handle, other.id, 'caseworker');
    const strangerClient = await loginAs(env.husly, stranger.username, stranger.password);
    const theirs = await createPersonAs(strangerClient, { givenName: 'Nabo', familyName: 'Person', nationalId: nationalId('050590') });
    expect((await env.clients.caseworker.request({ method: 'GET', url: `/api/persons/${theirs.id}` })).statusCode).toBe(404);
    expect((await env.clients.caseworker.request({ method: 'PATCH', url: `/api/persons/${theirs.id}`, payload: { givenName: 'X' } })).statusCode).toBe(404);
    const search = await env.clients.caseworker.request({ method: 'GET', url: `/api/persons?q=${nationalId('050590')}` });
    expect(search.json().items).toEqual([]);
    expect((await env.clients.caseworker.request({ method: 'GET', url: '/api/persons/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });
});

describe('search', () => {
  it('finds by partial name in any case, by exact national id and by case number, with the number masked', async () => {
    const fnr = nationalId('060690');
    const p = await createPersonAs(env.clients.caseworker, { givenName: 'Søkbar', familyName: 'Østerud', nationalId: fnr });
    const household = await createHouseholdAs(env.clients.caseworker, p.id);
    const { caseNumber } = await insertCase(env, { householdId: household, personId: p.id, caseType: 'rental_dwelling' });
    for (const q of ['søkb østeR', 'ØSTERUD', fnr, caseNumber]) {
      const res = await env.clients.caseworker.request({ method: 'GET', url: `/api/persons?q=${encodeURIComponent(q)}` });
      expect(res.statusCode, q).toBe(200);
      expect(res.json(), q).toEqual({
        items: [{ id: p.id, givenName: 'Søkbar', familyName: 'Østerud', birthDate: '1990-06-06', maskedNationalId: `${fnr.slice(0, 6)}*****`, householdId: household }],
        hasMore: false,
      });
      expect(res.body).not.toContain(fnr);
    }
    const partial = await env.clients.caseworker.request({ method: 'GET', url: `/api/persons?q=${fnr.slice(0, 10)}` });
    expect(partial.json().items).toEqual([]);
    expect((await accessRows(env, p.id)).filter((r) => r.purpose === 'person.search')).toHaveLength(4);
  });

  it('treats % and _ in a name search literally', async () => {
    const res = await env.clients.caseworker.request({ method: 'GET', url: '/api/persons?q=%25%25' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });

  it('refuses a query shorter than two characters', async () => {
    const res = await env.clients.caseworker.request({ method: 'GET', url: '/api/persons?q=a' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors[0].path).toBe('q');
  });
});
