import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../access/roles.js';
import {
  canManageCaretakerTasks,
  canManageNeighbourCases,
  canNameTenant,
  canReadBuildings,
  canReadNeighbourCases,
  canRecordActivities,
} from './access.js';

const allowed = (check: (role: Role) => boolean) => ROLES.filter(check);

describe('neighbourhood access', () => {
  it('lets only the neighbourhood team read and run neighbour cases', () => {
    expect(allowed(canReadNeighbourCases)).toEqual(['neighbourhood']);
    expect(allowed(canManageNeighbourCases)).toEqual(['neighbourhood']);
  });

  it('lets the team and the property manager read buildings and keep the caretaker’s tasks', () => {
    expect(allowed(canReadBuildings)).toEqual(['neighbourhood', 'property_manager']);
    expect(allowed(canManageCaretakerTasks)).toEqual(['neighbourhood', 'property_manager']);
  });

  it('lets only the team record building activities', () => {
    expect(allowed(canRecordActivities)).toEqual(['neighbourhood']);
  });

  it('never names a tenant with a protected address, and names nobody to the property manager', () => {
    expect(canNameTenant('neighbourhood', 'none')).toBe(true);
    expect(canNameTenant('neighbourhood', 'fortrolig')).toBe(false);
    expect(canNameTenant('neighbourhood', 'strengt_fortrolig')).toBe(false);
    expect(canNameTenant('property_manager', 'none')).toBe(false);
    expect(canNameTenant('caseworker', 'none')).toBe(false);
  });
});
