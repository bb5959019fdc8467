/**
 * Plane geometry for the district map: GeoJSON polygons in WGS 84 longitude/latitude, point in
 * polygon (even–odd rule, holes respected) and clipping a ring by a half-plane. Pure.
 */

/** [longitude, latitude], or [x, y] in any plane. */
export type Position = readonly [number, number];
export type Ring = readonly Position[];

export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: readonly Ring[];
}
export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly Ring[])[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface Bounds {
  readonly minLon: number;
  readonly minLat: number;
  readonly maxLon: number;
  readonly maxLat: number;
}

const isPosition = (p: unknown): p is Position => Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const isRing = (r: unknown): r is Ring => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
const isPolygon = (p: unknown): p is readonly Ring[] => Array.isArray(p) && p.length >= 1 && p.every(isRing);

/** The geometry when `value` is a well-formed GeoJSON Polygon or MultiPolygon (closed rings of at least four positions); null otherwise. */
export function asAreaGeometry(value: unknown): AreaGeometry | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { type?: unknown; coordinates?: unknown };
  if (v.type === 'Polygon' && isPolygon(v.coordinates)) return { type: 'Polygon', coordinates: v.coordinates };
  if (v.type === 'MultiPolygon' && Array.isArray(v.coordinates) && v.coordinates.length > 0 && v.coordinates.every(isPolygon)) {
    return { type: 'MultiPolygon', coordinates: v.coordinates as readonly (readonly Ring[])[] };
  }
  return null;
}

/** The polygons of a geometry, each as its rings (outer first, then holes). */
export const polygonsOf = (g: AreaGeometry): readonly (readonly Ring[])[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Whether `p` lies inside `ring` (even–odd ray casting; a point exactly on an edge may go either way). */
export function pointInRing(p: Position, ring: Ring): boolean {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether `p` lies in the geometry: inside some polygon's outer ring and in none of its holes. */
export function pointInGeometry(p: Position, g: AreaGeometry): boolean {
  return polygonsOf(g).some(([outer, ...holes]) => outer !== undefined && pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h)));
}

/** The bounding box of the geometries' outer rings; null when there are none. */
export function boundsOf(geometries: readonly AreaGeometry[]): Bounds | null {
  let b: { minLon: number; minLat: number; maxLon: number; maxLat: number } | null = null;
  for (const g of geometries) {
    for (const [outer] of polygonsOf(g)) {
      for (const [lon, lat] of outer ?? []) {
        if (b === null) b = { minLon: lon, minLat: lat, maxLon: lon, maxLat: lat };
        else {
          b.minLon = Math.min(b.minLon, lon);
          b.minLat = Math.min(b.minLat, lat);
          b.maxLon = Math.max(b.maxLon, lon);
          b.maxLat = Math.max(b.maxLat, lat);
        }
      }
    }
  }
  return b;
}

/**
 * The part of the closed `ring` where `nx·x + ny·y ≤ c` (Sutherland–Hodgman against one
 * half-plane), closed again; an empty array when nothing is left. Exact for convex rings.
 */
export function clipRing(ring: Ring, nx: number, ny: number, c: number): Position[] {
  const open = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.slice(0, -1) : ring.slice();
  const out: Position[] = [];
  const side = (p: Position) => nx * p[0] + ny * p[1] - c;
  for (let i = 0; i < open.length; i++) {
    const a = open[i] as Position;
    const b = open[(i + 1) % open.length] as Position;
    const sa = side(a);
    const sb = side(b);
    if (sa <= 0) out.push(a);
    if ((sa < 0 && sb > 0) || (sa > 0 && sb < 0)) {
      const t = sa / (sa - sb);
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
  }
  if (out.length < 3) return [];
  return [...out, out[0] as Position];
}

/** Twice the signed area of a ring (positive: counter-clockwise in x/y). */
export function ringArea2(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += (ring[i]![0] * ring[i + 1]![1]) - (ring[i + 1]![0] * ring[i]![1]);
  return s;
}

/** The centroid of a polygon's outer ring (area-weighted), for placing a label; the vertex mean when the ring has no area. */
export function labelPoint(g: AreaGeometry): Position {
  let best: Ring | undefined;
  let bestArea = -1;
  for (const [outer] of polygonsOf(g)) {
    if (outer && Math.abs(ringArea2(outer)) > bestArea) {
      best = outer;
      bestArea = Math.abs(ringArea2(outer));
    }
  }
  const ring = best ?? [];
  const a2 = ringArea2(ring);
  if (Math.abs(a2) < 1e-15) {
    const n = Math.max(1, ring.length);
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as Position;
    const [x1, y1] = ring[i + 1] as Position;
    const f = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return [cx / (3 * a2), cy / (3 * a2)];
}
