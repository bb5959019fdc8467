import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles.js';
import { canManageDwellings, canReadDwellings, canReadDwellingStats, canSeeTenantName } from './access.js';

describe('dwelling access by role', () => {
  it('gives the property manager everything, the caseworker reading, the manager counts and nobody else anything', () => {
    const table = Object.fromEntries(ROLES.map((r) => [r, [canManageDwellings(r), canReadDwellings(r), canReadDwellingStats(r)]]));
    expect(table).toEqual({
      caseworker: [false, true, true],
      nav_adviser: [false, false, false],
      followup: [false, false, false],
      specialist_health: [false, false, false],
      neighbourhood: [false, false, false],
      property_manager: [true, true, true],
      manager: [false, false, true],
      politician: [false, false, false],
      admin: [false, false, false],
    });
  });

  it('names the tenant to the property manager only when the address is not protected', () => {
    expect(canSeeTenantName('property_manager', 'none')).toBe(true);
    expect(canSeeTenantName('property_manager', 'fortrolig')).toBe(false);
    expect(canSeeTenantName('caseworker', 'fortrolig')).toBe(true);
    expect(canSeeTenantName('caseworker', 'strengt_fortrolig')).toBe(false);
    expect(canSeeTenantName('manager', 'none')).toBe(false);
  });
});
