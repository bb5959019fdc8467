import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRows, auditRows, createHouseholdAs, createPersonAs, nationalId, setupPeopleTest, wrongChecksum, type PeopleTestEnv } from './people.fixtures.js';

let env: PeopleTestEnv;
beforeAll(async () => {
  env = await setupPeopleTest();
});
afterAll(() => env.husly.close());

const cw = () => env.clients.caseworker;

describe('households', () => {
  it('creates a household with a new head, adds members with relation, income and age, and logs the read', async () => {
    const created = await cw().request({
      method: 'POST',
      url: '/api/households',
      payload: { headPerson: { givenName: 'Hoved', familyName: 'Søker', nationalId: nationalId('010185') }, grossAnnualIncome: 420_000 },
    });
    expect(created.statusCode).toBe(201);
    const household = created.json();
    const headId = household.headPersonId;
    expect(household.members).toEqual([
      expect.objectContaining({ personId: headId, relation: 'applicant', grossAnnualIncome: 420_000, age: 41, joinedOn: '2026-03-02', current: true }),
    ]);
    expect(await auditRows(env, 'household.created', household.id)).toEqual([expect.objectContaining({ data: { headPersonId: headId } })]);
    expect(await auditRows(env, 'person.created', headId)).toHaveLength(1);

    const spouse = await createPersonAs(cw(), { givenName: 'Ektefelle', familyName: 'Søker', birthDate: '1987-07-07' });
    const added = await cw().request({
      method: 'POST',
      url: `/api/households/${household.id}/members`,
      payload: { personId: spouse.id, relation: 'spouse', grossAnnualIncome: 310_000 },
    });
    expect(added.statusCode).toBe(201);
    const child = await cw().request({
      method: 'POST',
      url: `/api/households/${household.id}/members`,
      payload: { person: { givenName: 'Lite', familyName: 'Barn', birthDate: '2020-03-03' }, relation: 'child' },
    });
    expect(child.statusCode).toBe(201);
    const members = child.json().members;
    expect(members.map((m: { relation: string; age: number }) => [m.relation, m.age])).toEqual([
      ['applicant', 41],
      ['spouse', 38],
      ['child', 5],
    ]);
    const [event] = await auditRows(env, 'household.member_added', household.id);
    expect(event?.data).toEqual({ personId: spouse.id, relation: 'spouse', fields: ['grossAnnualIncome'] });

    const read = await cw().request({ method: 'GET', url: `/api/households/${household.id}` });
    expect(read.statusCode).toBe(200);
    expect(await accessRows(env, household.id)).toEqual([expect.objectContaining({ subject_type: 'household', purpose: 'household.view' })]);
  });

  it('refuses a head given both ways or neither, an unknown person, and an invalid new head’s number', async () => {
    const p = await createPersonAs(cw(), { givenName: 'Begge', familyName: 'Deler' });
    const both = await cw().request({ method: 'POST', url: '/api/households', payload: { headPersonId: p.id, headPerson: { givenName: 'A', familyName: 'B' } } });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fieldErrors[0]).toMatchObject({ path: 'headPersonId', code: 'one_of_required' });
    const unknown = await cw().request({ method: 'POST', url: '/api/households', payload: { headPersonId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.json().error.fieldErrors[0]).toMatchObject({ path: 'headPersonId', code: 'not_found' });
    const invalid = await cw().request({
      method: 'POST',
      url: '/api/households',
      payload: { headPerson: { givenName: 'Feil', familyName: 'Nummer', nationalId: wrongChecksum(nationalId('020285')) } },
    });
    expect(invalid.json().error.fieldErrors[0]).toMatchObject({ path: 'headPerson.nationalId', code: 'invalid_checksum' });
  });

  it('ends a membership as history, refuses to remove the head, and lets a former member come back', async () => {
    const head = await createPersonAs(cw(), { givenName: 'Hode', familyName: 'Flytt' });
    const lodger = await createPersonAs(cw(), { givenName: 'Voksen', familyName: 'Flytt', birthDate: '1990-01-01' });
    const household = await createHouseholdAs(cw(), head.id);
    await cw().request({ method: 'POST', url: `/api/households/${household}/members`, payload: { personId: lodger.id, relation: 'other_adult' } });
    const again = await cw().request({ method: 'POST', url: `/api/households/${household}/members`, payload: { personId: lodger.id, relation: 'other_adult' } });
    expect(again.statusCode).toBe(409);

    const removeHead = await cw().request({ method: 'POST', url: `/api/households/${household}/members/${head.id}/remove`, payload: {} });
    expect(removeHead.statusCode).toBe(422);
    const removed = await cw().request({ method: 'POST', url: `/api/households/${household}/members/${lodger.id}/remove`, payload: { reason: 'Flyttet ut' } });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().members.at(-1)).toMatchObject({ personId: lodger.id, leftOn: '2026-03-02', current: false });
    expect((await auditRows(env, 'household.member_removed', household))[0]).toMatchObject({ reason: 'Flyttet ut', data: { personId: lodger.id, leftOn: '2026-03-02' } });

    const back = await cw().request({ method: 'POST', url: `/api/households/${household}/members`, payload: { personId: lodger.id, relation: 'partner' } });
    expect(back.statusCode).toBe(201);
    expect(back.json().members.find((m: { personId: string }) => m.personId === lodger.id)).toMatchObject({ relation: 'partner', leftOn: null, current: true });

    const income = await cw().request({ method: 'PATCH', url: `/api/households/${household}/members/${lodger.id}`, payload: { grossAnnualIncome: 250_000 } });
    expect(income.json().members.find((m: { personId: string }) => m.personId === lodger.id).grossAnnualIncome).toBe(250_000);
    const headRelation = await cw().request({ method: 'PATCH', url: `/api/households/${household}/members/${head.id}`, payload: { relation: 'spouse' } });
    expect(headRelation.statusCode).toBe(422);
  });

  it('lists the household on the person’s record', async () => {
    const head = await createPersonAs(cw(), { givenName: 'Med', familyName: 'Husstand' });
    const household = await createHouseholdAs(cw(), head.id);
    const res = await cw().request({ method: 'GET', url: `/api/persons/${head.id}` });
    expect(res.json().households).toEqual([{ householdId: household, headPersonId: head.id, relation: 'applicant', joinedOn: '2026-03-02', leftOn: null, current: true }]);
  });
});

describe('representatives', () => {
  it('adds a verge and ends the authority, with events', async () => {
    const p = await createPersonAs(cw(), { givenName: 'Har', familyName: 'Verge' });
    const added = await cw().request({
      method: 'POST',
      url: `/api/persons/${p.id}/representatives`,
      payload: { kind: 'verge', name: 'Vera Verge', address: { line: 'Vergeveien 1', postalCode: '5003', postalCity: 'Bergen' }, validFrom: '2026-01-01' },
    });
    expect(added.statusCode).toBe(201);
    const rep = added.json();
    expect(rep).toMatchObject({ kind: 'verge', active: true, validTo: null, address: { postalCity: 'Bergen' } });
    const early = await cw().request({ method: 'POST', url: `/api/persons/${p.id}/representatives/${rep.id}/end`, payload: { validTo: '2025-12-31' } });
    expect(early.statusCode).toBe(400);
    const ended = await cw().request({ method: 'POST', url: `/api/persons/${p.id}/representatives/${rep.id}/end`, payload: { validTo: '2026-03-01' } });
    expect(ended.json()).toMatchObject({ validTo: '2026-03-01', active: false });
    const person = await cw().request({ method: 'GET', url: `/api/persons/${p.id}` });
    expect(person.json().representatives).toEqual([expect.objectContaining({ id: rep.id, active: false })]);
    expect(await auditRows(env, 'person.representative_added', p.id)).toHaveLength(1);
    expect(await auditRows(env, 'person.representative_ended', p.id)).toHaveLength(1);
  });
});
