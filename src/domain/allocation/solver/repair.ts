import { offerIncumbent, type Column, type SearchContext } from './context.js';

/**
 * Turns a matching that may break limits into a feasible one and offers it as the incumbent:
 * drop the lightest edges of each over-full limit until it fits, then refill the freed rows
 * greedily (heaviest live arc first, ties to the lower arc) with arcs whose limits have room.
 * Forced arcs are never dropped: the node's forced set is feasible on its own.
 */
export function repairAndOffer(ctx: SearchContext, column: Column): void {
  const { model } = ctx;
  const chosen = new Int32Array(model.rows).fill(-1);
  const colTaken = new Uint8Array(model.cols);
  const forcedRow = new Uint8Array(model.rows);
  for (const a of ctx.forced) forcedRow[model.row[a]!] = 1;
  const counts = Float64Array.from(column.counts);
  for (const a of column.arcs) {
    chosen[model.row[a]!] = a;
    colTaken[model.col[a]!] = 1;
  }
  const release = (a: number): void => {
    chosen[model.row[a]!] = -1;
    colTaken[model.col[a]!] = 0;
    for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) counts[model.arcLimits[k]!]!--;
  };
  for (let l = 0; l < model.limitCount; l++) {
    while (counts[l]! > model.limitBound[l]!) {
      let drop = -1;
      for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) {
        const a = model.limitArcs[k]!;
        if (chosen[model.row[a]!] !== a || forcedRow[model.row[a]!] === 1) continue;
        if (drop < 0 || model.weight[a]! <= model.weight[drop]!) drop = a;
      }
      release(drop);
    }
  }

  const candidates: number[] = [];
  for (let r = 0; r < model.rows; r++) {
    if (chosen[r] !== -1 || forcedRow[r] === 1) continue;
    for (let a = model.start[r]!; a < model.start[r + 1]!; a++) {
      if (ctx.alive[a] === 1 && colTaken[model.col[a]!] === 0) candidates.push(a);
    }
  }
  candidates.sort((x, y) => model.weight[y]! - model.weight[x]! || x - y);
  for (const a of candidates) {
    if (chosen[model.row[a]!] !== -1 || colTaken[model.col[a]!] === 1) continue;
    let fits = true;
    for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) {
      const l = model.arcLimits[k]!;
      if (counts[l]! >= model.limitBound[l]!) fits = false;
    }
    if (!fits) continue;
    chosen[model.row[a]!] = a;
    colTaken[model.col[a]!] = 1;
    for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) counts[model.arcLimits[k]!]!++;
  }

  const arcs: number[] = [];
  let value = 0;
  for (let r = 0; r < model.rows; r++) {
    const a = chosen[r]!;
    if (a < 0) continue;
    arcs.push(a);
    value += model.weight[a]!;
  }
  offerIncumbent(ctx, Int32Array.from(arcs), value);
}
