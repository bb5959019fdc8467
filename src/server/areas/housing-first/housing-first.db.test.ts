import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundDto } from '../../../contracts/allocation.js';
import type { Participant, Programme } from '../../../contracts/housing-first.js';
import { district, dwelling, dwellingStatusPeriod, householdMember, person } from '../../../db/schema/index.js';
import { fidelityItemIds, PATHWAYS_CONDENSED_V1 } from '../../../domain/followup/fidelity-scale.js';
import { withTenant } from '../../platform/db.js';
import { approvedCase, dwellingIn } from '../allocation/allocation.fixtures.js';
import { countRows, createHousehold, setupLeaseTest, signedLease, type LeaseTestEnv } from '../leases/leases.fixtures.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

const followup = () => env.clients.followup;
const headOf = async (householdId: string) =>
  (await env.handle.db.execute(sql`select head_person_id as id from household where id = ${householdId}`)) as unknown as { rows: Array<{ id: string }> };

async function newPerson() {
  const householdId = await createHousehold(env);
  const personId = (await headOf(householdId)).rows[0]!.id;
  return { householdId, personId };
}

const enrolBody = (p: { householdId: string; personId: string }, extra: Record<string, unknown> = {}) => ({
  personId: p.personId,
  householdId: p.householdId,
  enrolledOn: '2026-02-01',
  referredBy: 'specialist_health',
  consentGivenOn: '2026-01-28',
  team: 'ROP-teamet',
  ...extra,
});

const enrol = (body: Record<string, unknown>, client = followup()) => client.request({ method: 'POST', url: '/api/housing-first/participants', payload: body });
const fieldsOf = (res: { json(): { error: { fieldErrors?: Array<{ path: string; code: string; message: string }> } } }) => res.json().error.fieldErrors ?? [];

describe('enrolment', () => {
  it('is refused without a consent date, with a field error in the user’s language; nothing is written', async () => {
    const p = await newPerson();
    const { consentGivenOn: _c, ...withoutConsent } = enrolBody(p);
    const res = await followup().request({ method: 'POST', url: '/api/housing-first/participants', payload: withoutConsent, headers: { 'accept-language': 'nn' } });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([{ path: 'consentGivenOn', code: 'required', message: 'Feltet må fyllast ut.' }]);
    expect(await countRows(env, 'housing_first_participant', sql`person_id = ${p.personId}`)).toBe(0);
  });

  it('refuses a consent given after the enrolment, dates ahead of today and a person outside the household', async () => {
    const p = await newPerson();
    const other = await newPerson();
    const res = await enrol(enrolBody({ ...p, householdId: other.householdId }, { consentGivenOn: '2026-02-05', chosenDistricts: ['99'] }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).map((f) => [f.path, f.code])).toEqual([
      ['consentGivenOn', 'consent_after_enrolment'],
      ['householdId', 'not_in_household'],
      ['chosenDistricts', 'unknown_district'],
    ]);
    const ahead = await enrol(enrolBody(p, { enrolledOn: '2026-03-03' }));
    expect(fieldsOf(ahead)[0]).toMatchObject({ path: 'enrolledOn', code: 'in_future' });
  });

  it('enrols with the own choice, audited; a second active enrolment of the person is a clear 409', async () => {
    const p = await newPerson();
    const d = await dwellingIn(env, { gnr: 501, unit: 'H0101' });
    const res = await enrol(enrolBody(p, { chosenDwellingIds: [d, d], chosenDwellingTypes: ['apartment', 'bedsit'] }));
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as Participant;
    expect(created).toMatchObject({ status: 'waiting', team: 'ROP-teamet', referredBy: 'specialist_health', consentGivenOn: '2026-01-28', chosenDwellingTypes: ['apartment', 'bedsit'], daysToHousing: 29 });
    expect(created.chosenDwellings.map((x) => x.id)).toEqual([d]);
    expect(await countRows(env, 'audit_event', sql`type = 'housing_first.enrolled' and subject_id = ${created.id}`)).toBe(1);

    const again = await enrol(enrolBody(p), env.clients.caseworker);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    expect(fieldsOf(again)).toEqual([{ path: 'personId', code: 'already_enrolled', message: expect.stringContaining('allerede med i Housing First') }]);
  });
});

describe('a participant’s way through the programme', () => {
  it('is housed with the household’s lease, exits with a reason, and may then be enrolled again', async () => {
    const p = await newPerson();
    const created = (await enrol(enrolBody(p))).json() as Participant;
    const url = `/api/housing-first/participants/${created.id}`;

    const read = await followup().request({ method: 'GET', url });
    expect(read.statusCode).toBe(200);
    expect(await countRows(env, 'access_log', sql`subject_type = 'person' and subject_id = ${p.personId} and purpose = 'housing_first.participant.view'`)).toBe(1);

    const otherLease = await signedLease(env);
    const ownLease = await signedLease(env, { householdId: p.householdId });
    const early = await followup().request({ method: 'POST', url: `${url}/housed`, payload: { housedOn: '2026-01-15', leaseId: otherLease } });
    expect(fieldsOf(early).map((f) => [f.path, f.code])).toEqual([
      ['housedOn', 'before_enrolment'],
      ['leaseId', 'lease_not_household'],
    ]);
    const housed = await followup().request({ method: 'POST', url: `${url}/housed`, payload: { housedOn: '2026-02-20', leaseId: ownLease } });
    expect(housed.statusCode, housed.body).toBe(200);
    expect(housed.json()).toMatchObject({ status: 'housed', housedOn: '2026-02-20', daysToHousing: 19, lease: { id: ownLease } });
    expect((await followup().request({ method: 'POST', url: `${url}/housed`, payload: { housedOn: '2026-02-21' } })).statusCode).toBe(409);

    const choice = await env.clients.caseworker.request({ method: 'PATCH', url, payload: { team: 'Housing First-teamet', chosenDwellingTypes: ['detached'] } });
    expect(choice.json()).toMatchObject({ team: 'Housing First-teamet', chosenDwellingTypes: ['detached'] });
    expect(await countRows(env, 'audit_event', sql`type = 'housing_first.updated' and subject_id = ${created.id}`)).toBe(1);

    const badReason = await followup().request({ method: 'POST', url: `${url}/exit`, payload: { exitedOn: '2026-02-25', exitReason: 'bored' } });
    expect(fieldsOf(badReason)[0]).toMatchObject({ path: 'exitReason', code: 'invalid_value' });
    const beforeHoused = await followup().request({ method: 'POST', url: `${url}/exit`, payload: { exitedOn: '2026-02-10', exitReason: 'institution' } });
    expect(fieldsOf(beforeHoused)[0]).toMatchObject({ path: 'exitedOn', code: 'before_housed' });
    const exit = await followup().request({ method: 'POST', url: `${url}/exit`, payload: { exitedOn: '2026-02-28', exitReason: 'moved_on_own_home' } });
    expect(exit.json()).toMatchObject({ status: 'exited', exitReason: 'moved_on_own_home' });
    const afterExit = await followup().request({ method: 'PATCH', url, payload: { team: 'X' } });
    expect(afterExit.statusCode).toBe(422);

    expect((await enrol(enrolBody(p, { enrolledOn: '2026-03-01', consentGivenOn: '2026-03-01' }))).statusCode).toBe(201);
    expect(await countRows(env, 'housing_first_participant', sql`person_id = ${p.personId}`)).toBe(2);
  });

  it('is hidden from other roles (403) and other municipalities (404)', async () => {
    const p = await newPerson();
    const created = (await enrol(enrolBody(p))).json() as Participant;
    for (const role of ['manager', 'property_manager', 'nav_adviser', 'admin'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: `/api/housing-first/participants/${created.id}` })).statusCode, role).toBe(403);
      expect((await env.clients[role].request({ method: 'GET', url: '/api/housing-first/participants' })).statusCode, role).toBe(403);
    }
    expect((await enrol(enrolBody(p), env.clients.manager)).statusCode).toBe(403);
    const other = await env.otherCaseworker.request({ method: 'GET', url: `/api/housing-first/participants/${created.id}` });
    expect(other.statusCode).toBe(404);
  });
});

describe('the programme', () => {
  it('counts the year against the target; the manager sees the same figures with small counts as <5 and no names or notes', async () => {
    const target = await followup().request({ method: 'PUT', url: '/api/housing-first/targets/2026', payload: { participants: 15 } });
    expect(target.json()).toEqual({ year: 2026, participants: 15 });
    expect(await countRows(env, 'audit_event', sql`type = 'housing_first.target_set' and subject_id = '2026'`)).toBe(1);
    expect((await env.clients.manager.request({ method: 'PUT', url: '/api/housing-first/targets/2026', payload: { participants: 1 } })).statusCode).toBe(403);

    const all = (await followup().request({ method: 'GET', url: '/api/housing-first/participants?status=all' })).json().items as Array<{ status: string; enrolledOn: string; housedOn: string | null }>;
    const mine = (await followup().request({ method: 'GET', url: '/api/housing-first/programme?year=2026' })).json() as Programme;
    expect(mine).toMatchObject({ year: 2026, asOf: '2026-03-02', target: 15, suppressed: false, canManage: true });
    expect(mine.figures.enrolled.value).toBe(all.filter((p) => p.enrolledOn.startsWith('2026')).length);
    expect(mine.figures.active.value).toBe(all.filter((p) => p.status !== 'exited').length);
    expect(mine.figures.housed).toEqual({ value: 1, shown: '1' });
    expect(mine.retention.map((r) => r.months)).toEqual([6, 12]);

    const manager = await env.clients.manager.request({ method: 'GET', url: '/api/housing-first/programme?year=2026' });
    expect(manager.statusCode).toBe(200);
    const agg = manager.json() as Programme;
    expect(agg).toMatchObject({ suppressed: true, canManage: false, target: 15 });
    expect(agg.figures.housed).toEqual({ value: null, shown: '<5' });
    expect(agg.figures.exited).toEqual({ value: null, shown: '<5' });
    expect(agg.figures.exitsByReason.died).toEqual({ value: 0, shown: '0' });
    expect(JSON.stringify(agg)).not.toMatch(/Liv|Leietaker|personId|householdId/);
    expect((await env.clients.property_manager.request({ method: 'GET', url: '/api/housing-first/programme' })).statusCode).toBe(403);
  });

  it('records fidelity self-assessments: every item 1–4 with a field error per item, domain scores and the change', async () => {
    const ids = fidelityItemIds(PATHWAYS_CONDENSED_V1);
    const partial = Object.fromEntries(ids.slice(2).map((id) => [id, 3]));
    const bad = await followup().request({ method: 'POST', url: '/api/housing-first/fidelity', payload: { assessedOn: '2026-01-10', scores: { ...partial, [ids[2]!]: 5, 'x.y': 2 } } });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad).map((f) => [f.path, f.code])).toEqual([
      [`scores.${ids[0]}`, 'required'],
      [`scores.${ids[1]}`, 'required'],
      [`scores.${ids[2]}`, 'invalid_value'],
      ['scores.x.y', 'unknown_item'],
    ]);
    expect(fieldsOf(bad)[0]!.message).toBe('Gi en skår fra 1 til 4.');

    const first = await followup().request({ method: 'POST', url: '/api/housing-first/fidelity', payload: { assessedOn: '2026-01-10', scores: Object.fromEntries(ids.map((id) => [id, 3])), note: 'Første måling' } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ total: 3, band: 'moderate', change: null, note: 'Første måling' });
    const better = Object.fromEntries(ids.map((id) => [id, id.startsWith('service_array.') ? 4 : 3]));
    const second = (await env.clients.caseworker.request({ method: 'POST', url: '/api/housing-first/fidelity', payload: { assessedOn: '2026-02-10', scores: better } })).json();
    expect(second.change).toMatchObject({ domains: { service_array: 1, housing_process: 0 } });
    expect(await countRows(env, 'audit_event', sql`type = 'fidelity_assessment.recorded'`)).toBe(2);

    const agg = (await env.clients.manager.request({ method: 'GET', url: '/api/housing-first/programme' })).json() as Programme;
    expect(agg.fidelity.map((f) => f.total)).toEqual([3, second.total]);
    expect(agg.fidelity.every((f) => f.note === null && f.assessedBy === null)).toBe(true);
    expect((await env.clients.manager.request({ method: 'POST', url: '/api/housing-first/fidelity', payload: { assessedOn: '2026-02-10', scores: better } })).statusCode).toBe(403);
  });
});

describe('the allocation round', () => {
  it('gives the participant’s own chosen dwelling and district the housing_first reasons', async () => {
    await env.handle.db.execute(sql`update offer set status = 'withdrawn' where status = 'pending'`);
    await env.handle.db.execute(sql`update dwelling_status_period set status = 'not_in_use' where to_date is null and status = 'vacant'`);
    await env.handle.db.execute(sql`update housing_case set status = 'closed'`);
    const { municipalityId } = env;
    const chosen = await dwellingIn(env, { gnr: 601, unit: 'H0101' });
    const inDistrict = await withTenant(env.handle.db, { municipalityId }, async (tx) => {
      await tx.insert(district).values({ municipalityId, code: '07', name: 'Sentrum', inhabitants: 1000 }).onConflictDoNothing();
      const id = randomUUID();
      await tx.insert(dwelling).values({ municipalityId, id, knr: '8000', gnr: 602, bnr: 1, unitNumber: 'H0101', streetName: 'Bydelsveien', houseNumber: '2', postalCode: '8000', postalCity: 'Testby', dwellingType: 'apartment', disposalForm: 'municipal', bedrooms: 1, monthlyRent: 8000, districtCode: '07' });
      await tx.insert(dwellingStatusPeriod).values({ municipalityId, dwellingId: id, status: 'vacant', fromDate: '2026-01-01' });
      return id;
    });
    // The participant is a member (not the head) of the waiting household.
    const householdId = await createHousehold(env);
    const memberId = await withTenant(env.handle.db, { municipalityId }, async (tx) => {
      const [row] = await tx.insert(person).values({ municipalityId, givenName: 'Deltaker', familyName: 'Leietaker', birthDate: '1980-01-01' }).returning({ id: person.id });
      await tx.insert(householdMember).values({ municipalityId, householdId, personId: row!.id, relation: 'other_adult' });
      return row!.id;
    });
    const { caseId } = await approvedCase(env, householdId);
    const res = await enrol(enrolBody({ householdId, personId: memberId }, { chosenDwellingIds: [chosen], chosenDistricts: ['07'] }));
    expect(res.statusCode, res.body).toBe(201);

    const round = await env.clients.caseworker.request({ method: 'POST', url: '/api/allocation/rounds' });
    expect(round.statusCode, round.body).toBe(201);
    const dto = round.json() as RoundDto;
    const reasonsFor = (dwellingId: string) => {
      const v = dto.vacancies.find((x) => x.dwellingId === dwellingId)!;
      return [...v.candidates, ...(v.proposal ? [v.proposal] : [])].filter((c) => c.caseId === caseId).flatMap((c) => c.reasons.map((r) => r.code));
    };
    expect(reasonsFor(chosen)).toContain('housing_first_dwelling');
    expect(reasonsFor(inDistrict)).toContain('housing_first_district');
  });
});
