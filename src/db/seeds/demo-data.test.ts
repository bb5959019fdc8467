import { describe, expect, it } from 'vitest';
import { DEMO_MUNICIPALITIES, splitInhabitants } from './demo-data.js';
import { ROLES } from '../../domain/access/roles.js';

describe('demo data', () => {
  it('has Demo kommune with 12 districts and every role, and Nabo kommune with the nabo caseworker', () => {
    const [demo, nabo] = DEMO_MUNICIPALITIES;
    expect(demo).toMatchObject({ kommunenummer: '9999', inhabitants: 75_000 });
    expect(demo!.districtNames).toHaveLength(12);
    expect(new Set(demo!.users.map((u) => u.role))).toEqual(new Set(ROLES));
    expect(nabo!.users).toEqual([expect.objectContaining({ username: 'nabo', role: 'caseworker' })]);
  });

  it('splits inhabitants so the districts add up to the total', () => {
    const parts = splitInhabitants(75_000, [60, 140, 99, 100]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(75_000);
    expect(parts[1]).toBeGreaterThan(parts[0]!);
  });
});
