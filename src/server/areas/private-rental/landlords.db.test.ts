import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LandlordDetail } from '../../../contracts/private-rental.js';
import { rows } from '../../platform/db.js';
import { createLeasedDwelling, setupPrivateRentalTest, type PrivateRentalTestEnv } from './private-rental.fixtures.js';

let env: PrivateRentalTestEnv;
beforeAll(async () => {
  env = await setupPrivateRentalTest();
});
afterAll(() => env.close());

const nav = () => env.clients.nav_adviser;
const register = (payload: object, client = nav()) => client.request({ method: 'POST', url: '/api/private-rental/landlords', payload });

describe('the landlord register', () => {
  it('needs a valid organisation number for a company, and says so on the field', async () => {
    let res = await register({ kind: 'company', name: 'Fjordgløtt Utleie AS', orgNumber: '123456789' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([{ path: 'orgNumber', code: 'invalid_org_number', message: 'Organisasjonsnummeret er ikke gyldig. Det har ni siffer; sjekk at alle er riktige.' }]);
    res = await register({ kind: 'company', name: 'Fjordgløtt Utleie AS' });
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'orgNumber', code: 'company_needs_org_number' });
    res = await register({ kind: 'company', name: 'Fjordgløtt Utleie AS', orgNumber: '12345678' });
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'orgNumber', code: 'invalid_format' });
    expect((await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from landlord`))[0]?.n).toBe(0);
    res = await register({ kind: 'company', name: 'Fjordgløtt Utleie AS', orgNumber: '974760673', contactName: 'Per Utleier', phone: '+47 912 34 567', email: 'post@fjordglott.no' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().landlord).toMatchObject({ kind: 'company', orgNumber: '974760673', agreementInForce: false, leasedDwellings: 0 });
    res = await register({ kind: 'person', name: 'Randi Fjell' });
    expect(res.statusCode).toBe(201);
  });

  it('finds the dwellings the municipality leases from the landlord in the dwelling register', async () => {
    const company = (await register({ kind: 'company', name: 'Havbris Utleie AS', orgNumber: '923609016' })).json() as LandlordDetail;
    const person = (await register({ kind: 'person', name: 'Knut  Eiersen' })).json() as LandlordDetail;
    await createLeasedDwelling(env, { ownerName: 'Havbris Utleie AS', ownerOrgNumber: '923609016' });
    await createLeasedDwelling(env, { ownerName: 'Havbris Utleie AS', ownerOrgNumber: '923609016' });
    await createLeasedDwelling(env, { ownerName: 'Havbris Utleie AS', ownerOrgNumber: null }); // no number: not matched to the company
    await createLeasedDwelling(env, { ownerName: 'Havbris Utleie AS', ownerOrgNumber: '923609016', status: 'sold' });
    await createLeasedDwelling(env, { ownerName: 'Havbris Utleie AS', ownerOrgNumber: '923609016', disposalForm: 'private_with_allocation_right' });
    await createLeasedDwelling(env, { ownerName: 'knut eiersen', ownerOrgNumber: null });
    const detail = (await nav().request({ method: 'GET', url: `/api/private-rental/landlords/${company.landlord.id}` })).json() as LandlordDetail;
    expect(detail.leasedDwellings).toHaveLength(2);
    expect(detail.leasedDwellings[0]).toMatchObject({ address: expect.stringMatching(/^Utleieveien /), bedrooms: 2, monthlyRent: 11000 });
    const personDetail = (await nav().request({ method: 'GET', url: `/api/private-rental/landlords/${person.landlord.id}` })).json() as LandlordDetail;
    expect(personDetail.leasedDwellings).toHaveLength(1);
    const list = (await env.clients.caseworker.request({ method: 'GET', url: '/api/private-rental/landlords' })).json();
    expect(list.items.find((l: { id: string }) => l.id === company.landlord.id).leasedDwellings).toBe(2);
  });

  it('changes a landlord and audits what changed; a company cannot lose its number', async () => {
    const created = (await register({ kind: 'company', name: 'Endre AS', orgNumber: '974760673' })).json() as LandlordDetail;
    const id = created.landlord.id;
    let res = await nav().request({ method: 'PATCH', url: `/api/private-rental/landlords/${id}`, payload: { orgNumber: null } });
    expect(res.json().error.fieldErrors[0].code).toBe('company_needs_org_number');
    res = await nav().request({ method: 'PATCH', url: `/api/private-rental/landlords/${id}`, payload: { contactName: 'Ny Kontakt', phone: '98765432' } });
    expect(res.json().landlord).toMatchObject({ contactName: 'Ny Kontakt', phone: '98765432' });
    const [event] = await rows<{ data: Record<string, unknown> }>(env.handle.db, sql`select data from audit_event where type = 'landlord.updated' and subject_id = ${id}`);
    expect(event?.data).toEqual({ contactName: { from: null, to: 'Ny Kontakt' }, phone: { from: null, to: '98765432' } });
  });
});

describe('agreements (the benefits package)', () => {
  it('validates the months, the period and the contact person, then shows the agreement in force', async () => {
    const created = (await register({ kind: 'person', name: 'Avtale Utleier' })).json() as LandlordDetail;
    const add = (payload: object) =>
      nav().request({
        method: 'POST',
        url: `/api/private-rental/landlords/${created.landlord.id}/agreements`,
        payload: { rentGuarantee: true, guaranteeMonths: 6, followupPromise: true, contactPersonId: env.userIds.nav_adviser, terms: 'Husleiegaranti i seks måneder og oppfølging av leietaker.', validFrom: '2026-01-01', validTo: '2028-12-31', ...payload },
      });
    let res = await add({ guaranteeMonths: 37, validTo: '2025-12-31', contactPersonId: env.userIds.property_manager });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual(['guaranteeMonths:guarantee_months_range', 'validTo:end_before_start', 'contactPersonId:not_found']);
    res = await add({ rentGuarantee: false, guaranteeMonths: 6 });
    expect(res.json().error.fieldErrors[0].code).toBe('no_guarantee');
    res = await add({ guaranteeMonths: null });
    expect(res.json().error.fieldErrors[0].code).toBe('guarantee_months_range');
    res = await add({});
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ guaranteeMonths: 6, inForce: true, contactPerson: { id: env.userIds.nav_adviser } });
    const detail = (await nav().request({ method: 'GET', url: `/api/private-rental/landlords/${created.landlord.id}` })).json() as LandlordDetail;
    expect(detail.landlord.agreementInForce).toBe(true);
    expect(detail.agreements).toHaveLength(1);
  });
});

describe('who may use the register', () => {
  it('is for the NAV adviser and the caseworker; others 403, another municipality 404', async () => {
    const created = (await register({ kind: 'person', name: 'Tilgang Testesen' })).json() as LandlordDetail;
    for (const role of ['followup', 'specialist_health', 'neighbourhood', 'property_manager', 'manager', 'admin'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: '/api/private-rental/landlords' })).statusCode, role).toBe(403);
      expect((await env.clients[role].request({ method: 'GET', url: `/api/private-rental/landlords/${created.landlord.id}` })).statusCode, role).toBe(403);
    }
    expect((await env.otherNav.request({ method: 'GET', url: `/api/private-rental/landlords/${created.landlord.id}` })).statusCode).toBe(404);
  });
});
