import type { DepositType, Problem } from './terms.js';

/**
 * Move-in with a standard inventory checklist and the move-out inspection (Mandal's practice,
 * issue 4): the same items are gone through on both days, so damages can be told from wear.
 */

/** The standard checklist, in the order it is walked through. A municipality's own items may follow later. */
export const INVENTORY_ITEMS = [
  'keys',
  'smoke_detector',
  'fire_extinguisher',
  'fridge_freezer',
  'stove_oven',
  'washing_machine',
  'furniture_list',
  'meter_readings',
  'walls_floors_ceilings',
  'windows_doors_locks',
  'kitchen',
  'bathroom_wc',
  'storage_room',
  'cleaning',
] as const;
export type InventoryItem = (typeof INVENTORY_ITEMS)[number];

/** How an item was found: in order, missing, damaged, or not part of this dwelling. */
export const ITEM_STATES = ['ok', 'missing', 'damaged', 'not_applicable'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** The overall condition at move-out. */
export const MOVE_OUT_CONDITIONS = ['as_received', 'normal_wear', 'damaged'] as const;

export interface ChecklistEntry {
  item: string;
  state: ItemState;
  note?: string | null;
}

/** Every standard item answered exactly once, and no unknown item: codes `items.<item>: required | duplicate`, `items: unknown_item`. */
export function checkChecklist(entries: readonly ChecklistEntry[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Set<string>(INVENTORY_ITEMS);
  const seen = new Set<string>();
  for (const e of entries) {
    if (!known.has(e.item)) problems.push({ path: 'items', code: 'unknown_item' });
    else if (seen.has(e.item)) problems.push({ path: `items.${e.item}`, code: 'duplicate' });
    seen.add(e.item);
  }
  for (const item of INVENTORY_ITEMS) if (!seen.has(item)) problems.push({ path: `items.${item}`, code: 'required' });
  // [I] A missing or broken smoke detector is a fire-safety fault the landlord must follow up, so what was done is noted.
  const smoke = entries.find((e) => e.item === 'smoke_detector');
  if (smoke && smoke.state !== 'ok' && smoke.state !== 'not_applicable' && !smoke.note?.trim()) problems.push({ path: 'items.smoke_detector', code: 'note_required' });
  return problems;
}

export interface DepositSettlement {
  /** Kept by the landlord (blocked account) or claimed from NAV's guarantee. */
  retained: number;
  /** Released to the tenant (blocked account only). */
  returned: number;
}

/**
 * The deposit settlement at move-out: a blocked account is split between landlord and tenant
 * to the krone; a NAV guarantee can only be claimed up to its amount; with no deposit there is
 * nothing to settle. Codes on `depositSettlement.retained|returned`: `settlement_mismatch`,
 * `above_deposit`, `not_applicable`.
 */
export function checkDepositSettlement(deposit: { depositType: DepositType; depositAmount: number }, s: DepositSettlement): Problem[] {
  if (deposit.depositType === 'none') {
    return s.retained > 0 || s.returned > 0 ? [{ path: 'depositSettlement.retained', code: 'not_applicable' }] : [];
  }
  if (s.retained > deposit.depositAmount) return [{ path: 'depositSettlement.retained', code: 'above_deposit' }];
  if (deposit.depositType === 'nav_guarantee') {
    return s.returned > 0 ? [{ path: 'depositSettlement.returned', code: 'not_applicable' }] : [];
  }
  return s.retained + s.returned === deposit.depositAmount ? [] : [{ path: 'depositSettlement.returned', code: 'settlement_mismatch' }];
}
