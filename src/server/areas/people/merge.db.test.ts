import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../platform/db.js';
import { accessRows, auditRows, createHouseholdAs, createPersonAs, insertCase, nationalId, setupPeopleTest, type PeopleTestEnv } from './people.fixtures.js';

let env: PeopleTestEnv;
beforeAll(async () => {
  env = await setupPeopleTest();
});
afterAll(() => env.husly.close());

const cw = () => env.clients.caseworker;

describe('duplicate detection', () => {
  it('offers a close name with the same birth date on create and on request, and logs each as a read', async () => {
    const first = await createPersonAs(cw(), { givenName: 'Anne-Marie', familyName: 'Østbø', birthDate: '1979-11-02' });
    await createPersonAs(cw(), { givenName: 'Anne-Marie', familyName: 'Østbø', birthDate: '1979-11-03' });
    await createPersonAs(cw(), { givenName: 'Helt', familyName: 'Annen', birthDate: '1979-11-02' });

    const second = await createPersonAs(cw(), { givenName: 'anne marie', familyName: 'Ostbo', birthDate: '1979-11-02' });
    expect(second.possibleDuplicates).toEqual([expect.objectContaining({ id: first.id, givenName: 'Anne-Marie', birthDate: '1979-11-02' })]);

    const listed = await cw().request({ method: 'GET', url: `/api/persons/${first.id}/duplicates` });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([expect.objectContaining({ id: second.id, reason: 'similar_name_same_birth_date' })]);
    expect((await accessRows(env, second.id)).map((r) => r.purpose)).toContain('person.duplicates');
  });

  it('hides candidates the reader may not see', async () => {
    const a = await createPersonAs(cw(), { givenName: 'Skjult', familyName: 'Kandidat', birthDate: '1966-06-06' });
    const b = await createPersonAs(cw(), { givenName: 'Skjult', familyName: 'Kandidatt', birthDate: '1966-06-06' });
    const household = await createHouseholdAs(cw(), a.id);
    await insertCase(env, { householdId: household, personId: a.id, caseType: 'temporary_accommodation' });
    const res = await env.clients.nav_adviser.request({ method: 'GET', url: `/api/persons/${a.id}/duplicates` });
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).not.toContain(b.id);
  });
});

describe('merging two registrations', () => {
  it('moves memberships, consents, representatives and cases to the survivor and keeps the merged row', async () => {
    const fnr = nationalId('101080');
    const survivor = await createPersonAs(cw(), { givenName: 'Mona', familyName: 'Lisa', birthDate: '1980-10-10' });
    const duplicate = await createPersonAs(cw(), { givenName: 'Monna', familyName: 'Lisa', nationalId: fnr });
    const household = await createHouseholdAs(cw(), duplicate.id);
    const kase = await insertCase(env, { householdId: household, personId: duplicate.id, caseType: 'housing_help' });
    await cw().request({
      method: 'POST',
      url: `/api/persons/${duplicate.id}/consents`,
      payload: { recipient: 'nav', purpose: 'x', scope: 'y', validFrom: '2026-01-01' },
    });
    await cw().request({ method: 'POST', url: `/api/persons/${duplicate.id}/representatives`, payload: { kind: 'verge', name: 'Verge Vergesen' } });

    expect((await cw().request({ method: 'POST', url: `/api/persons/${duplicate.id}/merge`, payload: { intoId: survivor.id, reason: 'x' } })).statusCode).toBe(400);
    expect(
      (await env.clients.nav_adviser.request({ method: 'POST', url: `/api/persons/${duplicate.id}/merge`, payload: { intoId: survivor.id, reason: 'Samme person' } }))
        .statusCode,
    ).toBe(403);

    const res = await cw().request({ method: 'POST', url: `/api/persons/${duplicate.id}/merge`, payload: { intoId: survivor.id, reason: 'Samme person, registrert to ganger' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: survivor.id,
      mergedIntoId: null,
      nationalId: fnr,
      households: [expect.objectContaining({ householdId: household, relation: 'applicant', headPersonId: survivor.id })],
      representatives: [expect.objectContaining({ kind: 'verge', name: 'Verge Vergesen' })],
    });
    const consents = await cw().request({ method: 'GET', url: `/api/persons/${survivor.id}/consents` });
    expect(consents.json().items).toHaveLength(1);
    const [movedCase] = await rows<{ person_id: string }>(env.handle.db, sql`select person_id from housing_case where id = ${kase.id}`);
    expect(movedCase?.person_id).toBe(survivor.id);

    // The merged record stays, points to the survivor, and keeps its history.
    const old = await cw().request({ method: 'GET', url: `/api/persons/${duplicate.id}` });
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({ id: duplicate.id, mergedIntoId: survivor.id, givenName: 'Monna', nationalId: null });
    expect(await auditRows(env, 'person.created', duplicate.id)).toHaveLength(1);
    const [event] = await auditRows(env, 'person.merged', duplicate.id);
    expect(event).toMatchObject({ reason: 'Samme person, registrert to ganger', data: { mergedId: duplicate.id, intoId: survivor.id, movedFields: ['nationalId'] } });
    expect(JSON.stringify(event)).not.toContain(fnr);

    // Merged records drop out of search, refuse changes and a second merge.
    const search = await cw().request({ method: 'GET', url: '/api/persons?q=Lisa' });
    expect(search.json().items.map((i: { id: string }) => i.id)).toEqual([survivor.id]);
    const patch = await cw().request({ method: 'PATCH', url: `/api/persons/${duplicate.id}`, payload: { givenName: 'Mona' } });
    expect(patch.statusCode).toBe(422);
    const twice = await cw().request({ method: 'POST', url: `/api/persons/${duplicate.id}/merge`, payload: { intoId: survivor.id, reason: 'Igjen' } });
    expect(twice.statusCode).toBe(422);

    // Reads of the merged id show up in the survivor's access log.
    const log = await cw().request({ method: 'GET', url: `/api/persons/${survivor.id}/access-log?limit=200` });
    expect(log.json().items.some((e: { subjectId: string }) => e.subjectId === duplicate.id)).toBe(true);
  });

  it('keeps one membership when both were in the same household', async () => {
    const head = await createPersonAs(cw(), { givenName: 'Forelder', familyName: 'Dobbel' });
    const child = await createPersonAs(cw(), { givenName: 'Barn', familyName: 'Dobbel', birthDate: '2015-01-01' });
    const twin = await createPersonAs(cw(), { givenName: 'Barnet', familyName: 'Dobbel', birthDate: '2015-01-01' });
    const household = await createHouseholdAs(cw(), head.id);
    for (const id of [child.id, twin.id]) {
      await cw().request({ method: 'POST', url: `/api/households/${household}/members`, payload: { personId: id, relation: 'child' } });
    }
    const res = await cw().request({ method: 'POST', url: `/api/persons/${twin.id}/merge`, payload: { intoId: child.id, reason: 'Registrert to ganger' } });
    expect(res.statusCode).toBe(200);
    const hh = await cw().request({ method: 'GET', url: `/api/households/${household}` });
    expect(hh.json().members.map((m: { personId: string }) => m.personId)).toEqual([head.id, child.id]);
    const [event] = await auditRows(env, 'person.merged', twin.id);
    expect(event?.data.droppedMemberships).toEqual([expect.objectContaining({ householdId: household, relation: 'child' })]);
  });

  it('refuses to merge two persons with different national ids', async () => {
    const a = await createPersonAs(cw(), { givenName: 'Ulik', familyName: 'Nummer', nationalId: nationalId('111180') });
    const b = await createPersonAs(cw(), { givenName: 'Ulik', familyName: 'Nummer', nationalId: nationalId('111180', 470) });
    const res = await cw().request({ method: 'POST', url: `/api/persons/${a.id}/merge`, payload: { intoId: b.id, reason: 'Prøver' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'intoId', code: 'different_national_id' });
    const self = await cw().request({ method: 'POST', url: `/api/persons/${a.id}/merge`, payload: { intoId: a.id, reason: 'Prøver' } });
    expect(self.statusCode).toBe(422);
  });
});
