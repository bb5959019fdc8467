import { describe, expect, it } from 'vitest';
import { checkMoveInChecklist, MOVE_IN_CHECKLIST } from './move-in-checklist.js';

const allYes = Object.fromEntries(MOVE_IN_CHECKLIST.map((item) => [item, true]));

describe('checkMoveInChecklist', () => {
  it('accepts every item answered yes or no', () => {
    expect(checkMoveInChecklist(allYes)).toEqual([]);
    expect(checkMoveInChecklist({ ...allYes, neighbours_ok: false, needs_more_followup: false })).toEqual([]);
  });

  it('names every item left unanswered or answered with something else than yes or no', () => {
    const { settled_in: _settled, ...rest } = allYes;
    expect(checkMoveInChecklist({ ...rest, neighbours_ok: 'ja' })).toEqual([
      { path: 'checklist.settled_in', code: 'answer_required' },
      { path: 'checklist.neighbours_ok', code: 'answer_required' },
    ]);
    expect(checkMoveInChecklist({})).toHaveLength(MOVE_IN_CHECKLIST.length);
  });

  it('refuses items that are not on the checklist', () => {
    expect(checkMoveInChecklist({ ...allYes, has_pets: true })).toEqual([{ path: 'checklist.has_pets', code: 'unknown_item' }]);
  });

  it('is a short list of distinct items', () => {
    expect(new Set(MOVE_IN_CHECKLIST).size).toBe(MOVE_IN_CHECKLIST.length);
    expect(MOVE_IN_CHECKLIST.length).toBeLessThanOrEqual(8);
  });
});
