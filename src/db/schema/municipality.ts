import { sql } from 'drizzle-orm';
import {
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,

} from 'drizzle-orm/pg-core';
import { appRole, authRole, currentMunicipality } from './roles.js';

/** Settings a municipality admin can change; rules and parameters get their own tables later. */
export interface MunicipalitySettings {
  /** Default UI and letter language for new staff users. */
  defaultLanguage?: 'nb' | 'nn' | 'en';
  /** Decisions need a second caseworker's attestation before they are sent (issue 3 § 5). */
  requireAttestation?: boolean;
  /**
   * A tile layer under the district map in production, as an XYZ URL template
   * (`https://…/{z}/{x}/{y}.png`), with its attribution. Unset: the map draws the bundled
   * boundaries alone, which works with no internet.
   */
  mapTileUrl?: string;
  mapTileAttribution?: string;
}

/**
 * A municipality (kommune). Not a tenant table itself but its row is only visible to
 * requests of that municipality; `id` is the value of municipality_id everywhere.
 * With Citus it becomes a reference table.
 */
export const municipality = pgTable(
  'municipality',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Kommunenummer from SSB's classification (4 digits). */
    kommunenummer: text('kommunenummer').notNull().unique(),
    name: text('name').notNull(),
    inhabitants: integer('inhabitants').notNull(),
    settings: jsonb('settings').$type<MunicipalitySettings>().notNull().default({}),
    /**
     * The demo seed that has run to the end for this municipality (seeds/demo.ts demoSeedVersion);
     * null for a real municipality. A start with the same version skips the seed entirely.
     */
    demoSeed: text('demo_seed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    pgPolicy('municipality_own_row', {
      for: 'select',
      to: appRole,
      using: sql`id = ${currentMunicipality}`,
    }),
    pgPolicy('municipality_auth_lookup', { for: 'select', to: authRole, using: sql`true` }),
    // The admin changes the municipality's own settings (column grant in migration 0014); nothing else.
    pgPolicy('municipality_own_settings', {
      for: 'update',
      to: appRole,
      using: sql`id = ${currentMunicipality}`,
      withCheck: sql`id = ${currentMunicipality}`,
    }),
  ],
).enableRLS();

/** A district (levekårssone / bydel) of a municipality, the unit of the map and of concentration limits. */
export const district = pgTable(
  'district',
  {
    municipalityId: integer('municipality_id')
      .notNull()
      .references(() => municipality.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    inhabitants: integer('inhabitants').notNull(),
    /** All dwellings in the district (SSB's boligstatistikk), for municipal dwellings as a share of them; null when not known. */
    dwellingsTotal: integer('dwellings_total'),
    /**
     * The district's boundary for the map: GeoJSON geometry (Polygon or MultiPolygon) in WGS 84
     * longitude/latitude; null when not loaded (the map then shows the district in its table only).
     */
    boundary: jsonb('boundary').$type<{ type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }>(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.code] }),
    pgPolicy('district_tenant', {
      to: appRole,
      using: sql`${t.municipalityId} = ${currentMunicipality}`,
      withCheck: sql`${t.municipalityId} = ${currentMunicipality}`,
    }),
  ],
).enableRLS();

