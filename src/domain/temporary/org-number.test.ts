import { describe, expect, it } from 'vitest';
import { isValidOrgNumber } from './org-number.js';

describe('isValidOrgNumber (mod 11, weights 3 2 7 6 5 4 3 2)', () => {
  it.each([
    ['974760673', true],
    ['923609016', true],
    ['974760674', false],
    ['97476067', false],
    ['9747606730', false],
    ['97476067a', false],
    ['974 760 673', false],
  ])('%s is valid: %s', (value, valid) => {
    expect(isValidOrgNumber(value)).toBe(valid);
  });
});
