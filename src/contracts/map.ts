import { z } from 'zod';
import { NEED_CATEGORIES } from '../domain/cases/case-types.js';

/**
 * The district map (issue 7 § 5): per district its boundary, the municipal stock per 1 000
 * inhabitants and as a share of all dwellings, the allocations of the period by need group
 * (counts 1–4 shown as «<5») and the concentration measure the allocation round's limits use;
 * the dwellings as points — never one where a household with a protected address lives or is
 * about to move in, and no address for the manager or the politician; the tile layer settings.
 */

const isoDate = z.iso.date();

export const mapQuerySchema = z.strictObject({
  /** First day of the period (default: 1 January this year). */
  from: isoDate.optional(),
  /** Last day of the period (default: today). */
  to: isoDate.optional(),
});

export const shownCountSchema = z.object({ value: z.number().int().nullable(), shown: z.string() });

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position);
export const boundarySchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
]);
export type Boundary = z.infer<typeof boundarySchema>;

export const allocationGroupSchema = z.enum([...NEED_CATEGORIES, 'unknown']);

export const concentrationSchema = z.object({
  /** The district-scope concentration limit of the suitability rules it measures. */
  limitId: z.string(),
  title: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
  group: z.string(),
  /** The group's dwellings let today in the district. */
  alreadyLet: shownCountSchema,
  /** Most the group may have there (null: no cap can be computed, e.g. no dwellings). */
  cap: z.number().int().nullable(),
  /** alreadyLet ÷ the municipal dwellings there (0–1); null when suppressed or no dwellings. */
  share: z.number().nullable(),
  maxShare: z.number().nullable(),
  maxCount: z.number().int().nullable(),
  /** The limit is reached: the round proposes no more of the group here. */
  reached: z.boolean(),
});

export const mapDistrictSchema = z.object({
  code: z.string(),
  name: z.string(),
  inhabitants: z.number().int(),
  boundary: boundarySchema.nullable(),
  /** The municipality's dwellings in the district today (not sold, not out of use): the base of the limits. */
  municipalDwellings: z.number().int(),
  /** Municipal dwellings per 1 000 inhabitants; null when the district has no inhabitants. */
  per1000: z.number().nullable(),
  /** All dwellings in the district (SSB), null when not known. */
  dwellingsTotal: z.number().int().nullable(),
  /** Municipal dwellings ÷ all dwellings (0–1); null when all dwellings are not known. */
  municipalShare: z.number().nullable(),
  /** Allocations in the period (leases that started), all groups. */
  allocations: shownCountSchema,
  allocationsByNeedGroup: z.array(z.object({ group: allocationGroupSchema, count: shownCountSchema })),
  concentration: z.array(concentrationSchema),
});
export type MapDistrict = z.infer<typeof mapDistrictSchema>;

export const mapPointSchema = z.object({
  id: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  districtCode: z.string().nullable(),
  status: z.string(),
  disposalForm: z.string(),
  /** Street address; null for the manager and the politician. */
  address: z.string().nullable(),
});
export type MapPoint = z.infer<typeof mapPointSchema>;

export const tileSettingsSchema = z.object({
  /** XYZ template (https, with {z}, {x}, {y}); null: no tile layer, the bundled boundaries alone. */
  url: z.string().nullable(),
  attribution: z.string().nullable(),
});
export type TileSettings = z.infer<typeof tileSettingsSchema>;

export const mapSchema = z.object({
  from: isoDate,
  to: isoDate,
  today: isoDate,
  municipality: z.object({ name: z.string(), inhabitants: z.number().int() }),
  districts: z.array(mapDistrictSchema),
  points: z.array(mapPointSchema),
  /** Dwellings left off the map to protect an address (shown as a number only, «<5» under five). */
  pointsWithheld: z.string(),
  tiles: tileSettingsSchema,
});
export type MapData = z.infer<typeof mapSchema>;

export const tileSettingsBodySchema = z.strictObject({
  mapTileUrl: z.string().trim().max(500).nullable(),
  mapTileAttribution: z.string().trim().max(300).nullable(),
});
export type TileSettingsBody = z.infer<typeof tileSettingsBodySchema>;
