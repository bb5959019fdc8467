import { describe, expect, it } from 'vitest';
import { agreementInForce, checkAgreement, checkLandlord, ownsDwelling } from './landlord.js';

describe('checkLandlord', () => {
  it('needs a valid organisation number for a company', () => {
    expect(checkLandlord({ kind: 'company', orgNumber: '974760673' })).toEqual([]);
    expect(checkLandlord({ kind: 'company', orgNumber: null })).toEqual([{ path: 'orgNumber', code: 'company_needs_org_number' }]);
    expect(checkLandlord({ kind: 'company', orgNumber: '974760674' })).toEqual([{ path: 'orgNumber', code: 'invalid_org_number' }]);
  });

  it('lets a person have none, but checks one that is given', () => {
    expect(checkLandlord({ kind: 'person', orgNumber: null })).toEqual([]);
    expect(checkLandlord({ kind: 'person', orgNumber: '123456789' })).toEqual([{ path: 'orgNumber', code: 'invalid_org_number' }]);
  });
});

describe('ownsDwelling', () => {
  const company = { kind: 'company' as const, name: 'Havbris Utleie AS', orgNumber: '974760673' };
  const person = { kind: 'person' as const, name: 'Kari  Nordmann', orgNumber: null };

  it('matches a company by organisation number, never by name alone', () => {
    expect(ownsDwelling(company, { ownerName: 'Havbris Utleie AS', ownerOrgNumber: '974760673' })).toBe(true);
    expect(ownsDwelling(company, { ownerName: 'Havbris Utleie AS', ownerOrgNumber: null })).toBe(false);
    expect(ownsDwelling(company, { ownerName: 'Havbris Utleie AS', ownerOrgNumber: '923609016' })).toBe(false);
  });

  it('matches a person by name, whatever the case and spacing', () => {
    expect(ownsDwelling(person, { ownerName: 'kari nordmann', ownerOrgNumber: null })).toBe(true);
    expect(ownsDwelling(person, { ownerName: 'Kari Nordmann ', ownerOrgNumber: null })).toBe(true);
    expect(ownsDwelling(person, { ownerName: 'Kari Nordby', ownerOrgNumber: null })).toBe(false);
    expect(ownsDwelling(person, { ownerName: null, ownerOrgNumber: null })).toBe(false);
  });
});

describe('checkAgreement', () => {
  const base = { rentGuarantee: true, guaranteeMonths: 6, validFrom: '2026-01-01', validTo: '2028-12-31' };
  it.each([
    [base, []],
    [{ ...base, guaranteeMonths: 1 }, []],
    [{ ...base, guaranteeMonths: 36 }, []],
    [{ ...base, guaranteeMonths: 0 }, [{ path: 'guaranteeMonths', code: 'guarantee_months_range' }]],
    [{ ...base, guaranteeMonths: 37 }, [{ path: 'guaranteeMonths', code: 'guarantee_months_range' }]],
    [{ ...base, guaranteeMonths: null }, [{ path: 'guaranteeMonths', code: 'guarantee_months_range' }]],
    [{ ...base, rentGuarantee: false, guaranteeMonths: null }, []],
    [{ ...base, rentGuarantee: false }, [{ path: 'guaranteeMonths', code: 'no_guarantee' }]],
    [{ ...base, validTo: '2025-12-31' }, [{ path: 'validTo', code: 'end_before_start' }]],
    [{ ...base, validTo: null }, []],
  ])('%o → %o', (terms, expected) => {
    expect(checkAgreement(terms)).toEqual(expected);
  });

  it('reports every problem at once', () => {
    expect(checkAgreement({ ...base, guaranteeMonths: 40, validTo: '2025-01-01' })).toHaveLength(2);
  });
});

describe('agreementInForce', () => {
  it('covers the first and last day, and an open end', () => {
    const a = { validFrom: '2026-01-01', validTo: '2026-12-31' };
    expect(agreementInForce(a, '2025-12-31')).toBe(false);
    expect(agreementInForce(a, '2026-01-01')).toBe(true);
    expect(agreementInForce(a, '2026-12-31')).toBe(true);
    expect(agreementInForce(a, '2027-01-01')).toBe(false);
    expect(agreementInForce({ validFrom: '2020-01-01', validTo: null }, '2030-01-01')).toBe(true);
  });
});
