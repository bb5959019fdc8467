import { describe, expect, it } from 'vitest';
import { housingRetention, inProgrammeDuring, statusOn, yearFigures, type HousingFirstDates, type HousingFirstExitReason } from './housing-first.js';

const p = (enrolledOn: string, housedOn: string | null, exitedOn: string | null = null, exitReason: HousingFirstExitReason | null = null): HousingFirstDates => ({
  enrolledOn,
  housedOn,
  exitedOn,
  exitReason,
});

/**
 * Nine participants, worked by hand (today 2026-06-30). Marks at 6 and 12 months:
 *   A housed 2025-02-01, still in            → 6: 2025-08-01 kept;  12: 2026-02-01 kept
 *   B housed 2025-04-15, left 2025-09-01     → 6: 2025-10-15 lost;  12: 2026-04-15 lost
 *   C housed 2025-06-01, own home 2025-08-20 → 6: 2025-12-01 kept (own home); 12: 2026-06-01 kept
 *   D housed 2025-07-01, died 2025-11-01     → 6: 2026-01-01 left out (death); 12: 2026-07-01 not yet
 *   E housed 2025-12-31, still in            → 6: 2026-06-30 kept (month-end rule); 12: not yet
 *   F housed 2026-01-31                      → 6: 2026-07-31 not yet
 *   G never housed, institution 2025-05-01   → in no cohort
 *   H housed 2025-01-15, institution 2025-07-15 → 6: 2025-07-15 kept (exit on the mark); 12: 2026-01-15 lost
 *   I enrolled 2026-05-01, waiting           → in no cohort
 */
const A = p('2025-01-10', '2025-02-01');
const B = p('2025-03-01', '2025-04-15', '2025-09-01', 'left_programme');
const C = p('2025-05-01', '2025-06-01', '2025-08-20', 'moved_on_own_home');
const D = p('2025-06-01', '2025-07-01', '2025-11-01', 'died');
const E = p('2025-10-01', '2025-12-31');
const F = p('2026-01-05', '2026-01-31');
const G = p('2025-02-01', null, '2025-05-01', 'institution');
const H = p('2025-01-01', '2025-01-15', '2025-07-15', 'institution');
const I = p('2026-05-01', null);
const ALL = [A, B, C, D, E, F, G, H, I];
const TODAY = '2026-06-30';

describe('statusOn', () => {
  it('is waiting from enrolment, housed from the housing day and exited from the exit day', () => {
    expect(statusOn(H, '2024-12-31')).toBeNull();
    expect(statusOn(H, '2025-01-01')).toBe('waiting');
    expect(statusOn(H, '2025-01-15')).toBe('housed');
    expect(statusOn(H, '2025-07-14')).toBe('housed');
    expect(statusOn(H, '2025-07-15')).toBe('exited');
    expect(statusOn(I, TODAY)).toBe('waiting');
  });

  it('counts a participant in the programme during a period until the day before the exit', () => {
    expect(inProgrammeDuring(G, '2025-05-01', '2025-12-31')).toBe(false);
    expect(inProgrammeDuring(G, '2025-04-30', '2025-12-31')).toBe(true);
    expect(inProgrammeDuring(I, '2025-01-01', '2026-04-30')).toBe(false);
  });
});

describe('housingRetention', () => {
  it('at 6 months: cohort A B C E H (D died before the mark), retained A C E H', () => {
    expect(housingRetention(ALL, TODAY, 6)).toEqual({ months: 6, asOf: TODAY, cohort: 5, retained: 4, excludedDeaths: 1, rate: 0.8 });
  });

  it('at 12 months: cohort A B C H, retained A C', () => {
    expect(housingRetention(ALL, TODAY, 12)).toEqual({ months: 12, asOf: TODAY, cohort: 4, retained: 2, excludedDeaths: 0, rate: 0.5 });
  });

  it('takes E into the 6-month cohort only from its mark, 2026-06-30', () => {
    expect(housingRetention([E], '2026-06-29', 6)).toMatchObject({ cohort: 0, rate: null });
    expect(housingRetention([E], '2026-06-30', 6)).toMatchObject({ cohort: 1, retained: 1, rate: 1 });
  });

  it('refuses a month count that is not a whole number from 1 to 120', () => {
    expect(() => housingRetention(ALL, TODAY, 0)).toThrow(RangeError);
    expect(() => housingRetention(ALL, TODAY, 6.5)).toThrow(RangeError);
  });
});

describe('yearFigures', () => {
  it('2025, seen from 2026: seven enrolled, six housed, five exits by reason, two housed at the year end', () => {
    expect(yearFigures(ALL, 2025, TODAY)).toEqual({
      year: 2025,
      asOf: '2025-12-31',
      enrolled: 7,
      housed: 6,
      exited: 5,
      inProgramme: 7,
      active: 2,
      waiting: 0,
      housedNow: 2,
      exitsByReason: { moved_on_own_home: 1, moved_to_other_service: 0, institution: 2, died: 1, left_programme: 1, other: 0 },
    });
  });

  it('2026 so far: F and I enrolled, F housed, A E F housed and I waiting today', () => {
    expect(yearFigures(ALL, 2026, TODAY)).toMatchObject({ asOf: TODAY, enrolled: 2, housed: 1, exited: 0, inProgramme: 4, active: 4, waiting: 1, housedNow: 3 });
  });

  it('a year not yet begun has nothing in it', () => {
    expect(yearFigures(ALL, 2027, TODAY)).toMatchObject({ asOf: TODAY, enrolled: 0, housed: 0, inProgramme: 0, active: 0 });
  });

  it('refuses a year out of range', () => {
    expect(() => yearFigures(ALL, 1999, TODAY)).toThrow(RangeError);
  });
});
