import { describe, expect, it } from 'vitest';
import { INVENTORY_ITEMS, checkChecklist, checkDepositSettlement, type ChecklistEntry } from './inspections.js';

const codes = (problems: Array<{ path: string; code: string }>) => problems.map((p) => `${p.path}:${p.code}`);
const complete: ChecklistEntry[] = INVENTORY_ITEMS.map((item) => ({ item, state: 'ok' }));

describe('checkChecklist', () => {
  it('accepts every standard item once', () => {
    expect(checkChecklist(complete)).toEqual([]);
  });

  it('names every missing, duplicated and unknown item', () => {
    const entries: ChecklistEntry[] = [...complete.filter((e) => e.item !== 'keys' && e.item !== 'cleaning'), { item: 'kitchen', state: 'ok' }, { item: 'sauna', state: 'ok' }];
    expect(codes(checkChecklist(entries))).toEqual(['items.kitchen:duplicate', 'items:unknown_item', 'items.keys:required', 'items.cleaning:required']);
  });

  it('asks for a note on a missing or damaged smoke detector', () => {
    const broken = complete.map((e) => (e.item === 'smoke_detector' ? { ...e, state: 'damaged' as const } : e));
    expect(codes(checkChecklist(broken))).toEqual(['items.smoke_detector:note_required']);
    expect(checkChecklist(broken.map((e) => (e.item === 'smoke_detector' ? { ...e, note: 'Byttet batteri' } : e)))).toEqual([]);
  });
});

describe('checkDepositSettlement', () => {
  it.each([
    ['blocked_account', 20_000, 5000, 15_000, []],
    ['blocked_account', 20_000, 5000, 14_000, ['depositSettlement.returned:settlement_mismatch']],
    ['blocked_account', 20_000, 25_000, 0, ['depositSettlement.retained:above_deposit']],
    ['nav_guarantee', 20_000, 8000, 0, []],
    ['nav_guarantee', 20_000, 8000, 12_000, ['depositSettlement.returned:not_applicable']],
    ['none', 0, 0, 0, []],
    ['none', 0, 100, 0, ['depositSettlement.retained:not_applicable']],
  ] as const)('%s of %i: retained %i, returned %i → %j', (depositType, depositAmount, retained, returned, expected) => {
    expect(codes(checkDepositSettlement({ depositType, depositAmount }, { retained, returned }))).toEqual(expected);
  });
});
