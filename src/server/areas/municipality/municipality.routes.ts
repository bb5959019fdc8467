import { errorResponseSchema } from '../../../contracts/errors.js';
import { municipalityOverviewSchema } from '../../../contracts/municipality.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { getOverview } from './municipality.service.js';

export function registerMunicipalityRoutes(app: HuslyApp, deps: AppDeps): void {
  app.get(
    '/api/municipality',
    {
      schema: {
        tags: ['municipality'],
        summary: 'The municipality in aggregate numbers (manager, admin)',
        response: { 200: municipalityOverviewSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (req) => getOverview(serviceContext(deps.db, requireActor(req), deps.clock, req.id)),
  );
}
