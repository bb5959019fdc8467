import { describe, expect, it } from 'vitest';
import { allowedNext, PROJECT_STATUSES, transition } from './status.js';

describe('building project statuses', () => {
  it('moves one step forward at a time, or to cancelled from an open status', () => {
    expect(allowedNext('registered')).toEqual(['startup_meeting', 'cancelled']);
    expect(allowedNext('under_construction')).toEqual(['completed', 'cancelled']);
    expect(allowedNext('completed')).toEqual([]);
    expect(allowedNext('cancelled')).toEqual([]);
    expect(transition('startup_meeting', 'in_review')).toEqual({ ok: true, to: 'in_review' });
    expect(transition('approved', 'cancelled')).toEqual({ ok: true, to: 'cancelled' });
  });

  it('refuses with a reason: skipping a step, going back, the same status, a final status', () => {
    expect(transition('registered', 'approved')).toEqual({ ok: false, reason: 'skips_step' });
    expect(transition('in_review', 'registered')).toEqual({ ok: false, reason: 'backwards' });
    expect(transition('approved', 'approved')).toEqual({ ok: false, reason: 'same_status' });
    expect(transition('completed', 'cancelled')).toEqual({ ok: false, reason: 'final_status' });
    expect(transition('cancelled', 'registered')).toEqual({ ok: false, reason: 'final_status' });
  });

  it('allows exactly 5 forward steps and 5 cancellations among all 49 pairs', () => {
    const ok = PROJECT_STATUSES.flatMap((from) => PROJECT_STATUSES.filter((to) => transition(from, to).ok).map((to) => `${from}>${to}`));
    expect(ok).toHaveLength(10);
  });
});
