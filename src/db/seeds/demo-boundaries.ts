/**
 * District boundaries for the demo municipalities' map (pure, deterministic). The demo dwellings
 * stand around DEMO_CENTRE: district i of n at angle 2πi/n, radius 0.015 + 0.004·i (district 0 at
 * the centre), longitude stretched ×1.9 (demo-dwellings-data.ts). In that stretched plane — where
 * a degree east is about as long on the ground as a degree north at 58.85° N — each district is
 * the part of a round outline on its side of a line against every other district: the perpendicular
 * bisector of the two centres (a Voronoi cell), or, when the two districts' sites overlap it, the
 * separating line with the widest gap between them. Every pair is split by one line, so the
 * polygons never overlap, and every site lies inside its own district's polygon (the test checks
 * all demo dwellings). Inner districts whose scatter overlaps may leave a thin unclaimed sliver.
 */
import { clipRing, type PolygonGeometry, type Position } from '../../domain/map/geometry.js';
import { DEMO_CENTRE } from './demo-dwellings-data.js';

const STRETCH = 1.9;
/** Space kept around the outermost site, and the smallest gap a separating line must leave to a site. */
const MARGIN = 0.01;
const MIN_GAP = 0.00002;
const OUTLINE_VERTICES = 48;

export interface DemoSite {
  /** Index of the district in the municipality's district list. */
  readonly districtIndex: number;
  readonly latitude: number;
  readonly longitude: number;
}

/** District i's centre as demo-dwellings-data places it, [longitude, latitude]. */
export function demoDistrictCentre(i: number, n: number): Position {
  const angle = (2 * Math.PI * i) / n;
  const radius = i === 0 ? 0 : 0.015 + 0.004 * i;
  return [DEMO_CENTRE.longitude + radius * STRETCH * Math.cos(angle), DEMO_CENTRE.latitude + radius * Math.sin(angle)];
}

/** Into the stretched plane around the centre, and back. */
const toPlane = (lon: number, lat: number): Position => [(lon - DEMO_CENTRE.longitude) / STRETCH, lat - DEMO_CENTRE.latitude];
const fromPlane = ([u, v]: Position): Position => [round6(DEMO_CENTRE.longitude + u * STRETCH), round6(DEMO_CENTRE.latitude + v)];
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

interface Line {
  /** Keep nx·u + ny·v ≤ c. */
  readonly nx: number;
  readonly ny: number;
  readonly c: number;
}

/** The line that keeps district a's sites (and centre) on its side and b's on the other: the bisector when it does, else the widest separating line. */
function splitLine(ca: Position, cb: Position, sa: readonly Position[], sb: readonly Position[]): Line {
  const dx = cb[0] - ca[0];
  const dy = cb[1] - ca[1];
  const base = Math.atan2(dy, dx);
  const pa = [ca, ...sa];
  const pb = [cb, ...sb];
  const tryAngle = (theta: number, bisector: boolean): { line: Line; gap: number } | null => {
    const nx = Math.cos(theta);
    const ny = Math.sin(theta);
    const maxA = Math.max(...pa.map((p) => nx * p[0] + ny * p[1]));
    const minB = Math.min(...pb.map((p) => nx * p[0] + ny * p[1]));
    if (bisector) {
      const c = (nx * (ca[0] + cb[0]) + ny * (ca[1] + cb[1])) / 2;
      return maxA < c - MIN_GAP && minB > c + MIN_GAP ? { line: { nx, ny, c }, gap: minB - maxA } : null;
    }
    return minB - maxA > 2 * MIN_GAP ? { line: { nx, ny, c: (maxA + minB) / 2 }, gap: minB - maxA } : null;
  };
  const bisector = tryAngle(base, true);
  if (bisector) return bisector.line;
  let best: { line: Line; gap: number } | null = null;
  for (let step = 1; step <= 640; step++) {
    for (const sign of [1, -1]) {
      const found = tryAngle(base + (sign * step * Math.PI) / 1440, false);
      if (found && (best === null || found.gap > best.gap)) best = found;
    }
  }
  if (best === null) throw new Error('demo boundaries: two districts cannot be split by a line');
  return best.line;
}

/**
 * One polygon per district (n of them, in district order) containing every site of that district,
 * none overlapping another. Coordinates rounded to a millionth of a degree (≈ 0.1 m).
 */
export function demoBoundaries(n: number, sites: readonly DemoSite[]): PolygonGeometry[] {
  const centres = Array.from({ length: n }, (_, i) => toPlane(...demoDistrictCentre(i, n)));
  const sitesOf = centres.map((_, i) => sites.filter((s) => s.districtIndex === i).map((s) => toPlane(s.longitude, s.latitude)));
  const reach = Math.max(...centres.map((c) => Math.hypot(c[0], c[1])), ...sitesOf.flat().map((p) => Math.hypot(p[0], p[1]))) + MARGIN;
  // A gently irregular round outline (a coast in the demo's imagination), convex so clipping stays exact.
  const outline: Position[] = Array.from({ length: OUTLINE_VERTICES }, (_, k) => {
    const a = (2 * Math.PI * k) / OUTLINE_VERTICES;
    const r = reach * (1.04 + 0.03 * Math.cos(3 * a));
    return [r * Math.cos(a), r * Math.sin(a)] as Position;
  });
  const lines = new Map<string, Line>();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) lines.set(`${i}:${j}`, splitLine(centres[i]!, centres[j]!, sitesOf[i]!, sitesOf[j]!));
  }
  return centres.map((_, i) => {
    let ring: Position[] = [...outline, outline[0]!];
    for (let j = 0; j < n && ring.length > 0; j++) {
      if (j === i) continue;
      const line = i < j ? lines.get(`${i}:${j}`)! : lines.get(`${j}:${i}`)!;
      ring = i < j ? clipRing(ring, line.nx, line.ny, line.c) : clipRing(ring, -line.nx, -line.ny, -line.c);
    }
    if (ring.length === 0) throw new Error(`demo boundaries: district ${i} has no area`);
    return { type: 'Polygon', coordinates: [ring.map(fromPlane)] };
  });
}

/** A plausible number of all dwellings in a district from its inhabitants (≈ 2.1 persons per dwelling, SSB) [I]. */
export const demoDwellingsTotal = (inhabitants: number): number => Math.round(inhabitants / 2.1);
