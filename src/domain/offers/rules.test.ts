import { describe, expect, it } from 'vitest';
import { isExpired, judgeRefusal, offerDates, offerRulesFor } from './rules.js';

describe('offer rules', () => {
  const demo = offerRulesFor('9999', '2026-11-21');
  const nabo = offerRulesFor('9998', '2026-11-21');

  it('gives the answer deadline and earliest move-in from the offer date', () => {
    expect(offerDates(demo, '2026-11-21')).toEqual({ answerDeadline: '2026-11-28', earliestMoveIn: '2026-12-05' });
    expect(offerDates(nabo, '2026-11-21').answerDeadline).toBe('2026-12-01');
  });

  it('expires an offer the day after its last day to answer, not on it', () => {
    expect(isExpired('2026-11-28', '2026-11-28')).toBe(false);
    expect(isExpired('2026-11-28', '2026-11-29')).toBe(true);
  });

  it('judges reasonable grounds as keeping the place', () => {
    expect(judgeRefusal(demo, 'safety', 0)).toEqual({ reasonable: true, consequence: { kind: 'none' }, rulesVersion: 'demo-9999/1' });
    expect(judgeRefusal(demo, 'found_own_dwelling', 0).consequence).toEqual({ kind: 'leaves_list' });
  });

  it('escalates unreasonable refusals by the municipality\'s steps', () => {
    expect(judgeRefusal(demo, 'preference', 0)).toMatchObject({ reasonable: false, consequence: { kind: 'none' } });
    expect(judgeRefusal(demo, 'preference', 1).consequence).toEqual({ kind: 'pause_and_review', days: 90 });
    expect(judgeRefusal(demo, 'preference', 7).consequence).toEqual({ kind: 'pause_and_review', days: 90 });
    expect(judgeRefusal(nabo, 'distance_school_work_treatment', 0)).toMatchObject({ reasonable: false, consequence: { kind: 'pause_and_review', days: 180 } });
  });

  it('refuses a day before any rules were in force', () => {
    expect(() => offerRulesFor('9999', '2020-01-01')).toThrow(RangeError);
  });
});
