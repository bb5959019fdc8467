import type { ReportIndicator } from './model.js';

/**
 * The trend chart's geometry — quarterly values against the target line — computed once for the
 * SVG on the report page and the vector drawing in the PDF, so both show the same. Suppressed
 * quarters and quarters without a figure are gaps in the line (the text alternative says «<5»).
 */

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Space for the y axis labels on the left and the quarter labels below. */
  readonly left: number;
  readonly bottom: number;
  readonly top: number;
  readonly right: number;
}

export interface ChartGeometry {
  /** One per quarter, left to right; y null for a gap. */
  readonly points: ReadonlyArray<{ readonly x: number; readonly y: number | null; readonly label: string }>;
  /** Line segments through consecutive quarters that both have a value. */
  readonly segments: ReadonlyArray<ReadonlyArray<{ readonly x: number; readonly y: number }>>;
  /** The target line's y, when the indicator has a target. */
  readonly targetY: number | null;
  /** Horizontal grid lines with their values (0, the middle, the top). */
  readonly ticks: ReadonlyArray<{ readonly y: number; readonly value: number }>;
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
}

/** A round top for the y axis: 1, 2, 2.5, 5 × 10^n at or above `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function chartGeometry(indicator: ReportIndicator, box: ChartBox): ChartGeometry {
  const x0 = box.left;
  const x1 = box.width - box.right;
  const y0 = box.height - box.bottom;
  const y1 = box.top;
  const values = indicator.series.map((p) => p.value.value).filter((v): v is number => v !== null);
  const top = niceMax(Math.max(0, ...values, indicator.target?.value ?? 0));
  const yOf = (v: number) => y0 - ((y0 - y1) * Math.max(0, v)) / top;
  const n = indicator.series.length;
  const xOf = (i: number) => (n <= 1 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * i) / (n - 1));
  const points = indicator.series.map((p, i) => ({ x: xOf(i), y: p.value.value === null ? null : yOf(p.value.value), label: p.label }));
  const segments: Array<Array<{ x: number; y: number }>> = [];
  let current: Array<{ x: number; y: number }> = [];
  for (const p of points) {
    if (p.y === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push({ x: p.x, y: p.y });
  }
  if (current.length > 0) segments.push(current);
  return {
    points,
    segments,
    targetY: indicator.target ? yOf(indicator.target.value) : null,
    ticks: [0, top / 2, top].map((value) => ({ value, y: yOf(value) })),
    plot: { x0, x1, y0, y1 },
  };
}
