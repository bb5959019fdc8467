/**
 * Classes for the choropleth (pure): up to five classes by quantiles of the values, each with its
 * range for the legend, and a sequential palette light → dark whose every colour keeps 3:1 against
 * the boundary strokes. The map prints every district's value too, so colour is never alone.
 */

export const PALETTE = ['#e8f1fa', '#b9d3ee', '#7fb0dd', '#3f82c4', '#1c5a99'] as const;
/** Districts with no value (unknown), and counts suppressed as «<5». */
export const NO_VALUE_FILL = '#f4f4f4';
export const SUPPRESSED_FILL = '#d9d2e9';

export interface ChoroplethClass {
  readonly from: number;
  readonly to: number;
  readonly fill: string;
}

/** Up to `k` classes covering the values (quantile breaks, duplicates merged); none for no values. */
export function classBreaks(values: readonly number[], k = 5): ChoroplethClass[] {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const edges: number[] = [];
  for (let i = 0; i <= k; i++) edges.push(sorted[Math.min(sorted.length - 1, Math.round((i * (sorted.length - 1)) / k))]!);
  const unique = [...new Set(edges)];
  if (unique.length === 1) return [{ from: unique[0]!, to: unique[0]!, fill: PALETTE[PALETTE.length - 1]! }];
  const classes: ChoroplethClass[] = [];
  for (let i = 0; i + 1 < unique.length; i++) classes.push({ from: unique[i]!, to: unique[i + 1]!, fill: '' });
  // Spread the palette over the classes so two classes never look alike.
  return classes.map((c, i) => ({ ...c, fill: PALETTE[Math.round((i * (PALETTE.length - 1)) / Math.max(1, classes.length - 1))]! }));
}

/** The class a value falls in: the first whose upper bound it does not exceed. */
export function classOf(classes: readonly ChoroplethClass[], value: number): ChoroplethClass | undefined {
  return classes.find((c) => value <= c.to) ?? classes[classes.length - 1];
}
