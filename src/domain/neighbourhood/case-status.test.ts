import { describe, expect, it } from 'vitest';
import { allowedActions, checkCaseDate, closeWith, transition, type NeighbourCaseAction, type NeighbourCaseStatus } from './case-status.js';

describe('neighbour case transitions', () => {
  it.each<[NeighbourCaseStatus, NeighbourCaseAction, NeighbourCaseStatus | string]>([
    ['open', 'add_party', 'open'],
    ['open', 'record_meeting', 'dialogue'],
    ['open', 'record_agreement', 'refused:meeting_first'],
    ['open', 'close', 'closed'],
    ['dialogue', 'add_party', 'dialogue'],
    ['dialogue', 'record_meeting', 'dialogue'],
    ['dialogue', 'record_agreement', 'agreement'],
    ['dialogue', 'close', 'closed'],
    ['agreement', 'add_party', 'agreement'],
    ['agreement', 'record_meeting', 'agreement'],
    ['agreement', 'record_agreement', 'agreement'],
    ['agreement', 'close', 'closed'],
    ['closed', 'add_party', 'refused:case_closed'],
    ['closed', 'record_meeting', 'refused:case_closed'],
    ['closed', 'record_agreement', 'refused:case_closed'],
    ['closed', 'close', 'refused:case_closed'],
  ])('%s + %s → %s', (status, action, expected) => {
    const result = transition(status, action);
    expect(result.ok ? result.status : `refused:${result.reason}`).toBe(expected);
  });

  it('closes as resolved by agreement only when an agreement is recorded', () => {
    expect(closeWith('agreement', 'resolved_by_agreement')).toEqual({ ok: true, status: 'closed' });
    expect(closeWith('dialogue', 'resolved_by_agreement')).toEqual({ ok: false, reason: 'agreement_first' });
    expect(closeWith('open', 'resolved_by_agreement')).toEqual({ ok: false, reason: 'agreement_first' });
    expect(closeWith('open', 'withdrawn')).toEqual({ ok: true, status: 'closed' });
    expect(closeWith('closed', 'withdrawn')).toEqual({ ok: false, reason: 'case_closed' });
  });

  it('lists the actions each status allows', () => {
    expect(allowedActions('open')).toEqual(['add_party', 'record_meeting', 'close']);
    expect(allowedActions('dialogue')).toEqual(['add_party', 'record_meeting', 'record_agreement', 'close']);
    expect(allowedActions('agreement')).toEqual(['add_party', 'record_meeting', 'record_agreement', 'close']);
    expect(allowedActions('closed')).toEqual([]);
  });
});

describe('checkCaseDate', () => {
  it('refuses a date ahead of today or before the complaint, and accepts both ends', () => {
    expect(checkCaseDate('2026-03-02', '2026-03-01', '2026-03-01')).toBe('in_future');
    expect(checkCaseDate('2026-02-28', '2026-03-01', '2026-03-10')).toBe('before_reported');
    expect(checkCaseDate('2026-03-01', '2026-03-01', '2026-03-10')).toBeNull();
    expect(checkCaseDate('2026-03-10', '2026-03-01', '2026-03-10')).toBeNull();
  });
});
