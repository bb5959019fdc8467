import { columnOf, offerIncumbent, type SearchContext } from './context.js';
import { reoptimizeOverCore } from './core.js';

/**
 * The Lagrangian heuristic (the lower bound): turns the matching just priced, which may break
 * limits, into a feasible one and offers it as the incumbent. Works on a copy of the pricing
 * workspace (its matching and potentials), with the true weights:
 *
 *   repeat: for each over-full limit drop its lightest chosen arcs until it fits; every limit
 *   that is now full loses its unchosen arcs; re-optimise the assignment from where it was
 *   (warm-start.ts), which refills the freed vacancies along shortest augmenting paths —
 *   until no limit is broken.
 *
 * Each pass fills at least one more limit, so it ends within (limits + 1) passes. Returns the
 * pool id of the repaired matching (a feasible master column).
 */
export function repairAndOffer(ctx: SearchContext): number {
  const { model, repair } = ctx;
  const ws = repair.ws;
  const alive = repair.alive;
  alive.set(ctx.alive);
  ws.v.set(ctx.ws.v);
  ws.rowArc.set(ctx.ws.rowArc);
  ws.rowCol.set(ctx.ws.rowCol);
  const counts = repair.counts;

  for (let pass = 0; pass <= model.limitCount; pass++) {
    countChosen(ctx, ws.rowArc, counts);
    let broken = false;
    for (let l = 0; l < model.limitCount; l++) {
      while (counts[l]! > model.limitBound[l]!) {
        broken = true;
        let drop = -1;
        for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) {
          const a = model.limitArcs[k]!;
          const r = model.row[a]!;
          if (ws.rowArc[r] !== a || ws.rowCol[r]! < 0 || alive[a] === 0) continue;
          if (drop < 0 || model.weight[a]! <= model.weight[drop]!) drop = a;
        }
        // Dead now: the re-optimisation unassigns its row.
        alive[drop] = 0;
        for (let k = model.arcLimitStart[drop]!; k < model.arcLimitStart[drop + 1]!; k++) counts[model.arcLimits[k]!]!--;
      }
    }
    if (!broken) break;
    for (let l = 0; l < model.limitCount; l++) {
      if (counts[l]! < model.limitBound[l]!) continue;
      for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) {
        const a = model.limitArcs[k]!;
        if (ws.rowArc[model.row[a]!] !== a || ws.rowCol[model.row[a]!]! < 0) alive[a] = 0;
      }
    }
    reoptimizeOverCore(ctx, repair.cost, alive, ctx.dummyCost, ws);
  }

  const arcs: number[] = [];
  let value = 0;
  for (let r = 0; r < model.rows; r++) {
    const a = ws.rowArc[r]!;
    if (a < 0 || ws.rowCol[r]! < 0) continue;
    arcs.push(a);
    value += model.weight[a]!;
  }
  arcs.sort((x, y) => x - y);
  offerIncumbent(ctx, Int32Array.from(arcs), value);
  return columnOf(ctx, Int32Array.from(arcs));
}

function countChosen(ctx: SearchContext, rowArc: Int32Array, counts: Int32Array): void {
  const { model } = ctx;
  counts.fill(0);
  for (let r = 0; r < model.rows; r++) {
    const a = rowArc[r]!;
    if (a < 0) continue;
    for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) counts[model.arcLimits[k]!]!++;
  }
}
