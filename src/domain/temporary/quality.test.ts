import { describe, expect, it } from 'vitest';
import { assessQuality, type QualityChecklist } from './quality.js';

const all: QualityChecklist = { access24h: true, cooking: true, wcAndBath: true, laundry: true };

describe('assessQuality (all four with children; 24-hour access and WC/bath without)', () => {
  it.each([
    ['a full place, adults', all, false, true, true, []],
    ['a full place, children', all, true, true, true, []],
    ['no laundry, adults', { ...all, laundry: false }, false, false, true, []],
    ['no laundry, children', { ...all, laundry: false }, true, false, false, ['laundry']],
    ['no cooking, children', { ...all, cooking: false }, true, false, false, ['cooking']],
    ['a night shelter, adults', { access24h: false, cooking: false, wcAndBath: true, laundry: false }, false, false, false, ['access24h']],
    ['no WC or bath, adults', { ...all, wcAndBath: false }, false, false, false, ['wcAndBath']],
  ] as const)('%s: complete %s, meets the requirement %s', (_name, checklist, children, complete, meets, missingRequired) => {
    const result = assessQuality(checklist, children);
    expect(result.complete).toBe(complete);
    expect(result.meetsRequirement).toBe(meets);
    expect(result.missingRequired).toEqual(missingRequired);
  });

  it('lists what is missing in checklist order and what is required', () => {
    const result = assessQuality({ access24h: false, cooking: true, wcAndBath: true, laundry: false }, true);
    expect(result.missing).toEqual(['access24h', 'laundry']);
    expect(result.required).toEqual(['access24h', 'cooking', 'wcAndBath', 'laundry']);
    expect(assessQuality(all, false).required).toEqual(['access24h', 'wcAndBath']);
  });
});
