import { describe, expect, it } from 'vitest';
import { buildingKeyOfSlug, buildingSlug, isBuildingKey } from './building.js';

describe('building keys and slugs', () => {
  it('writes a key with dashes for a URL and reads it back', () => {
    expect(buildingSlug('9999-12/34/0/0')).toBe('9999-12-34-0-0');
    expect(buildingKeyOfSlug('9999-12-34-0-0')).toBe('9999-12/34/0/0');
    expect(buildingKeyOfSlug(buildingSlug('0301-207/1/0/3'))).toBe('0301-207/1/0/3');
  });

  it('refuses what is not a key or a slug', () => {
    expect(isBuildingKey('9999-12/34/0/0')).toBe(true);
    expect(isBuildingKey('9999-12-34-0-0')).toBe(false);
    expect(buildingKeyOfSlug('9999-12/34/0/0')).toBeNull();
    expect(buildingKeyOfSlug('abc')).toBeNull();
    expect(() => buildingSlug('nope')).toThrow(RangeError);
  });
});
