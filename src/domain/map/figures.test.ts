import { describe, expect, it } from 'vitest';
import type { ConcentrationLimit } from '../allocation/suitability-types.js';
import { concentrationFigures, municipalShare, per1000, shown } from './figures.js';

const limit = (o: Partial<ConcentrationLimit>): ConcentrationLimit => ({
  id: 'l',
  title: { nb: 't', nn: 't', en: 't' },
  source: { kind: 'local', reference: 'test' } as unknown as ConcentrationLimit['source'],
  scope: 'district',
  group: 'substance_use',
  needCategories: ['substance_use'],
  maxCount: null,
  maxShare: 0.1,
  ...o,
});

describe('map figures', () => {
  it('per 1 000 inhabitants = municipal dwellings ÷ inhabitants × 1 000', () => {
    expect(per1000(7, 2000)).toBe(3.5);
    expect(per1000(1, 3)).toBe(333.3);
    expect(per1000(5, 0)).toBeNull();
  });

  it('municipal share of all dwellings', () => {
    expect(municipalShare(7, 1000)).toBe(0.007);
    expect(municipalShare(7, null)).toBeNull();
    expect(municipalShare(7, 0)).toBeNull();
  });

  it('suppresses counts from 1 to 4', () => {
    expect(shown(0)).toEqual({ value: 0, shown: '0' });
    expect(shown(4)).toEqual({ value: null, shown: '<5' });
    expect(shown(5)).toEqual({ value: 5, shown: '5' });
  });

  it('measures a district limit as the round does, and hides the share of a small count', () => {
    const occupancy = { scope: 'district' as const, key: '01', totalDwellings: 60, letByNeedCategory: { substance_use: 6 } };
    expect(concentrationFigures([limit({})], '01', occupancy)).toEqual([
      { limitId: 'l', group: 'substance_use', alreadyLet: { value: 6, shown: '6' }, cap: 6, share: 0.1, maxShare: 0.1, maxCount: null, reached: true },
    ]);
    const small = concentrationFigures([limit({ maxShare: null, maxCount: 10 })], '01', { ...occupancy, letByNeedCategory: { substance_use: 2 } });
    expect(small[0]).toMatchObject({ alreadyLet: { value: null, shown: '<5' }, cap: 10, share: null, reached: false });
    expect(concentrationFigures([limit({ scope: 'building' })], '01', occupancy)).toEqual([]);
    expect(concentrationFigures([limit({})], '09', undefined)[0]).toMatchObject({ cap: null, share: null, reached: false });
  });
});
