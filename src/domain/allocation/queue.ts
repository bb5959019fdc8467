/**
 * The round's waiting list: each household's priority, then one strict order. Equal points are
 * ordered by waiting time when the rule set says so, and otherwise (or still equal) by a lottery
 * drawn with the round's seed — never by input order or id, so no household gains from how the
 * list happened to be stored.
 */
import { createRng } from '../random/rng.js';
import { assessPriority } from './priority.js';
import type { PriorityResult, PriorityRuleSet } from './priority-types.js';
import { reason, type Reason } from './reasons.js';
import type { RoundHousehold } from './round-types.js';

export interface QueuedHousehold {
  readonly household: RoundHousehold;
  readonly priority: PriorityResult;
  /** 1 = first; null when not active. */
  readonly position: number | null;
  /**
   * points × (largest tie group) + rank within the tie group, so equal points are told apart by
   * the tie-break while the order between different points is kept. 0 when not active.
   */
  readonly effectivePriority: number;
  /** Priority reasons, then the queue position (active households only). */
  readonly reasons: readonly Reason[];
}

/** The lottery: a seeded Fisher–Yates permutation of 0…n−1; `rank[i]` is household i's draw. */
function lotteryRanks(n: number, seed: number): Int32Array {
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const rank = new Int32Array(n);
  order.forEach((household, draw) => {
    rank[household] = draw;
  });
  return rank;
}

/**
 * Priorities and queue order for `households` (already sorted by id) on `today`. The result is in
 * the same order as `households`. Throws as assessPriority.
 */
export function buildQueue(households: readonly RoundHousehold[], rules: PriorityRuleSet, today: string, seed: number): QueuedHousehold[] {
  const priorities = households.map((h) => assessPriority(rules, h, today));
  const active = households.map((_, i) => i).filter((i) => priorities[i]?.active === true);
  const draw = lotteryRanks(active.length, seed);
  const drawOf = new Map(active.map((i, k) => [i, draw[k] ?? 0]));
  const byWait = rules.waitingTime.use === 'tie_breaker';

  const points = (i: number): number => priorities[i]?.points ?? 0;
  const decided = (i: number): string => households[i]?.decisionDate ?? '';
  const order = [...active].sort((a, b) => {
    if (points(a) !== points(b)) return points(b) - points(a);
    if (byWait && decided(a) !== decided(b)) return decided(a) < decided(b) ? -1 : 1;
    return (drawOf.get(a) ?? 0) - (drawOf.get(b) ?? 0);
  });

  const groupSize = new Map<number, number>();
  for (const i of order) groupSize.set(points(i), (groupSize.get(points(i)) ?? 0) + 1);
  const scale = Math.max(1, ...groupSize.values());
  const seenInGroup = new Map<number, number>();
  const placed = new Map<number, { position: number; effective: number; reason: Reason }>();
  order.forEach((i, k) => {
    const p = points(i);
    const size = groupSize.get(p) ?? 1;
    const within = seenInGroup.get(p) ?? 0;
    seenInGroup.set(p, within + 1);
    const tieBreak = size === 1 ? 'none' : byWait ? 'waiting_time' : 'lottery';
    const queueReason = reason('priority_queue_position', { position: k + 1, of: order.length, tiedWith: size - 1, tieBreak });
    placed.set(i, { position: k + 1, effective: p * scale + (size - 1 - within), reason: queueReason });
  });

  return households.map((household, i) => {
    const priority = priorities[i] as PriorityResult;
    const place = placed.get(i);
    return {
      household,
      priority,
      position: place?.position ?? null,
      effectivePriority: place?.effective ?? 0,
      reasons: place === undefined ? priority.reasons : [...priority.reasons, place.reason],
    };
  });
}
