/**
 * Web Mercator (EPSG:3857) as the map draws it: world coordinates 0–1 (the unit square of the
 * slippy-map tile scheme), a projection fitted to an SVG viewBox, and the XYZ tiles covering the
 * bounds at a zoom where one tile pixel is about one SVG unit. Pure.
 */
import type { Bounds, Position } from './geometry.js';

/** Web Mercator's latitude limit. */
const MAX_LAT = 85.05112878;

/** Longitude/latitude → world coordinates, x to the east, y to the south, both 0–1. */
export function toWorld(lon: number, lat: number): Position {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** World coordinates → longitude/latitude (the inverse of toWorld). */
export function fromWorld(x: number, y: number): Position {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

export interface FittedProjection {
  readonly width: number;
  readonly height: number;
  /** SVG units per world unit. */
  readonly scale: number;
  /** Longitude/latitude → SVG x/y. */
  project(lon: number, lat: number): Position;
  /** World coordinates → SVG x/y. */
  worldToView(x: number, y: number): Position;
}

/**
 * The projection that fits `bounds` into a `width` wide viewBox with `padding` units on every
 * side, keeping the aspect ratio; the height follows from the bounds' shape.
 */
export function fitProjection(bounds: Bounds, width: number, padding = 8): FittedProjection {
  const [x0, y1] = toWorld(bounds.minLon, bounds.minLat);
  const [x1, y0] = toWorld(bounds.maxLon, bounds.maxLat);
  const spanX = Math.max(x1 - x0, 1e-12);
  const spanY = Math.max(y1 - y0, 1e-12);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const worldToView = (x: number, y: number): Position => [padding + (x - x0) * scale, padding + (y - y0) * scale];
  return {
    width,
    height,
    scale,
    worldToView,
    project: (lon, lat) => {
      const [x, y] = toWorld(lon, lat);
      return worldToView(x, y);
    },
  };
}

export interface Tile {
  readonly z: number;
  readonly x: number;
  readonly y: number;
}

/** The zoom where a 256-pixel tile is closest to 256 SVG units at `scale` (units per world unit), 0–19. */
export const tileZoomFor = (scale: number): number => Math.max(0, Math.min(19, Math.round(Math.log2(scale / 256))));

/** The tiles at zoom `z` that cover `bounds`, row by row. */
export function tilesCovering(bounds: Bounds, z: number): Tile[] {
  const n = 2 ** z;
  const [wx0, wy1] = toWorld(bounds.minLon, bounds.minLat);
  const [wx1, wy0] = toWorld(bounds.maxLon, bounds.maxLat);
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, v));
  const tx0 = clamp(Math.floor(wx0 * n));
  const tx1 = clamp(Math.floor(wx1 * n));
  const ty0 = clamp(Math.floor(wy0 * n));
  const ty1 = clamp(Math.floor(wy1 * n));
  const tiles: Tile[] = [];
  for (let y = ty0; y <= ty1; y++) for (let x = tx0; x <= tx1; x++) tiles.push({ z, x, y });
  return tiles;
}

/** A tile's URL from an XYZ template (`{z}`, `{x}`, `{y}`, and `{s}` as `a`). */
export const tileUrl = (template: string, t: Tile): string =>
  template.replaceAll('{z}', String(t.z)).replaceAll('{x}', String(t.x)).replaceAll('{y}', String(t.y)).replaceAll('{s}', 'a');

/** Whether `url` is a usable tile template: https, with {z}, {x} and {y}. */
export function isTileTemplate(url: string): boolean {
  if (!url.includes('{z}') || !url.includes('{x}') || !url.includes('{y}')) return false;
  try {
    const parsed = new URL(url.replaceAll('{s}', 'a').replaceAll('{z}', '0').replaceAll('{x}', '0').replaceAll('{y}', '0'));
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** The origin (`https://host[:port]`) of a tile template, for the Content-Security-Policy; null when it is not a tile template. */
export function tileOrigin(url: string): string | null {
  if (!isTileTemplate(url)) return null;
  return new URL(url.replaceAll('{s}', 'a').replaceAll('{z}', '0').replaceAll('{x}', '0').replaceAll('{y}', '0')).origin;
}

export type { Bounds, Position };
