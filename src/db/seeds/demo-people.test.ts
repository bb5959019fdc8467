import { describe, expect, it } from 'vitest';
import { validateFnr } from '../../domain/identity/fnr.js';
import { createRng } from '../../domain/random/rng.js';
import { demoFnr } from './demo-people.js';

describe('demo fødselsnumre', () => {
  it('are valid mod-11 numbers for the birth date, in both centuries', () => {
    const rng = createRng(42);
    for (const birthDate of ['1950-01-01', '1985-02-28', '1999-12-31', '2000-02-29', '2012-07-15', '2024-10-01']) {
      for (let i = 0; i < 20; i++) {
        const fnr = demoFnr(birthDate, rng, '2026-03-02');
        expect(validateFnr(fnr, { today: '2026-03-02' })).toMatchObject({ valid: true, kind: 'fnr', birthDate });
      }
    }
  });

  it('are the same for the same seed', () => {
    expect(demoFnr('1980-05-17', createRng(7), '2026-03-02')).toBe(demoFnr('1980-05-17', createRng(7), '2026-03-02'));
  });
});
