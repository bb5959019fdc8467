import { describe, expect, it } from 'vitest';
import { checkDwelling, identityKey, isValidOrgNumber, type DwellingFields } from './dwelling.js';
import { codeForLabel, DISPOSAL_FORM_LABELS, DWELLING_TYPE_LABELS } from './kinds.js';

const base: DwellingFields = {
  knr: '9999', gnr: 1, bnr: 2, fnr: 0, snr: 0, unitNumber: 'H0101', extraReference: '',
  streetName: 'Storgata', houseNumber: '1', houseLetter: '', postalCode: '4306', postalCity: 'Demoby',
  dwellingType: 'apartment', subcategory: null, disposalForm: 'municipally_owned', ownershipForm: null,
  ownerName: null, ownerOrgNumber: null, ownerPhone: null, bedrooms: 2, usableAreaM2: 55, floor: 2,
  hasLift: true, wheelchairAccessible: false, sharedHousing: false, staffed24h: false, staffBase: false,
  schoolDistrictPrimary: null, schoolDistrictLowerSecondary: null, monthlyRent: 9000, deposit: 27_000,
  electricityMeter: null, waterMeter: null, vatCompensation: false, rentToOwnPotential: false,
  districtCode: '01', latitude: null, longitude: null, notes: null,
};
const districts = new Set(['01', '02']);

describe('organisation numbers', () => {
  it('accepts numbers with a right modulus-11 check digit', () => {
    expect(isValidOrgNumber('974760673')).toBe(true);
    expect(isValidOrgNumber('923609016')).toBe(true);
  });
  it('refuses a wrong check digit, wrong length and non-digits', () => {
    expect(isValidOrgNumber('974760674')).toBe(false);
    expect(isValidOrgNumber('97476067')).toBe(false);
    expect(isValidOrgNumber('97476067X')).toBe(false);
  });
});

describe('checkDwelling', () => {
  it('accepts a complete municipally owned dwelling', () => {
    expect(checkDwelling(base, districts)).toEqual([]);
  });

  it('reports every rule that spans fields at once', () => {
    expect(
      checkDwelling({ ...base, disposalForm: 'leased_from_private', ownerOrgNumber: '123456789', deposit: 54_001, districtCode: '13' }, districts),
    ).toEqual([
      { field: 'ownerName', code: 'owner_required' },
      { field: 'ownerOrgNumber', code: 'invalid_org_number' },
      { field: 'deposit', code: 'deposit_too_high' },
      { field: 'districtCode', code: 'unknown_district' },
    ]);
  });

  it('allows a deposit of exactly six months (husleieloven § 3-5)', () => {
    expect(checkDwelling({ ...base, deposit: 54_000 }, districts)).toEqual([]);
  });
});

describe('labels and identity', () => {
  it('finds codes from Norwegian labels and from codes, ignoring case and spaces', () => {
    expect(codeForLabel(DWELLING_TYPE_LABELS, '  Rom i  bofellesskap ')).toBe('room_in_shared');
    expect(codeForLabel(DWELLING_TYPE_LABELS, 'small_house')).toBe('small_house');
    expect(codeForLabel(DISPOSAL_FORM_LABELS, 'Privat med disposisjonsrett')).toBe('private_with_allocation_right');
    expect(codeForLabel(DISPOSAL_FORM_LABELS, 'kjøpt')).toBeUndefined();
  });

  it('tells rooms in one building apart by extra reference', () => {
    expect(identityKey({ ...base, extraReference: 'Rom 1' })).not.toBe(identityKey({ ...base, extraReference: 'Rom 2' }));
  });
});
