import { errorResponseSchema } from '../../../contracts/errors.js';
import { mapQuerySchema, mapSchema, tileSettingsBodySchema, tileSettingsSchema } from '../../../contracts/map.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { getMap, getTileSettings, setTileSettings } from './map.service.js';
import type { TileOrigins } from './tile-origins.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const tags = ['map'];

/** The district map and its tile layer settings. `origins` is the CSP's img-src set (tile-origins.ts). */
export function registerMapRoutes(app: HuslyApp, deps: AppDeps, origins: TileOrigins): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/map',
    {
      schema: {
        tags,
        summary: 'Districts with boundaries, stock per 1 000 inhabitants, municipal share, allocations by need group (<5) and concentration; dwellings as points (never a protected address)',
        querystring: mapQuerySchema,
        response: { 200: mapSchema, ...errors },
      },
    },
    async (req) => getMap(ctxOf(req), req.query),
  );

  app.get(
    '/api/map/settings',
    { schema: { tags, summary: 'The tile layer settings (admin)', response: { 200: tileSettingsSchema, ...errors } } },
    async (req) => getTileSettings(ctxOf(req)),
  );

  app.put(
    '/api/map/settings',
    { schema: { tags, summary: 'Set or clear the tile layer: an https XYZ template with {z}, {x}, {y} and its attribution (admin, audited)', body: tileSettingsBodySchema, response: { 200: tileSettingsSchema, ...errors } } },
    async (req) => setTileSettings(origins, ctxOf(req), req.body),
  );
}
