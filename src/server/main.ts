import { hasDemo, seedDemo } from '../db/seeds/demo.js';
import { registerAdminRoutes } from './areas/admin/admin.routes.js';
import { registerAllocationRoutes } from './areas/allocation/allocation.routes.js';
import { registerBuildingProjectRoutes } from './areas/building-projects/building-projects.routes.js';
import { registerHomelessnessRoutes } from './areas/homelessness/homelessness.routes.js';
import { registerCalculatorRoutes } from './areas/calculators/calculators.routes.js';
import { registerCaseRoutes } from './areas/cases/cases.routes.js';
import { registerDwellingRoutes } from './areas/dwellings/dwellings.routes.js';
import { registerFollowupRoutes } from './areas/followup/followup.routes.js';
import { registerFollowupSignalRoutes } from './areas/followup/early-warning.routes.js';
import { registerHousingFirstRoutes } from './areas/housing-first/housing-first.routes.js';
import { registerIndicatorRoutes } from './areas/indicators/indicators.routes.js';
import { registerMapRoutes } from './areas/map/map.routes.js';
import { TileOrigins } from './areas/map/tile-origins.js';
import { registerPlanRoutes } from './areas/plan/plan.routes.js';
import { registerLeaseRoutes } from './areas/leases/leases.routes.js';
import { registerMunicipalityRoutes } from './areas/municipality/municipality.routes.js';
import { registerPeopleRoutes } from './areas/people/people.routes.js';
import { registerRentToOwnRoutes } from './areas/rent-to-own/rent-to-own.routes.js';
import { registerReportRoutes } from './areas/reports/reports.routes.js';
import { registerSessionHooks, registerSessionRoutes } from './areas/session/session.routes.js';
import { registerSystemRoutes } from './areas/system/system.routes.js';
import { registerTaskRoutes } from './areas/tasks/tasks.routes.js';
import { registerTemporaryRoutes } from './areas/temporary/temporary.routes.js';
import { registerNeighbourhoodRoutes } from './areas/neighbourhood/neighbourhood.routes.js';
import { registerPrivateRentalRoutes } from './areas/private-rental/private-rental.routes.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './platform/clock.js';
import { migrateDb, openDb, type DbHandle } from './platform/db.js';
import { PACKAGE_VERSION } from './platform/paths.js';
import { createHttp, type AppDeps, type HuslyApp } from './platform/http.js';

export interface Husly {
  app: HuslyApp;
  handle: DbHandle;
  /** True when the demo municipalities are present. */
  demo: boolean;
  close(): Promise<void>;
}

export interface CreateOptions {
  clock?: Clock;
  /** An already open (and possibly migrated) database, for tests. */
  handle?: DbHandle;
  /** Where the JSON log goes (default stdout); tests read it to prove it holds no personal data. */
  logStream?: NodeJS.WritableStream;
}

const version = PACKAGE_VERSION;

/**
 * The composition root: opens and migrates the database, seeds the demo when asked,
 * and builds the HTTP app with every area. Does not listen and does not lock the data
 * directory (start.ts does both).
 */
export async function createHusly(config: Config, options: CreateOptions = {}): Promise<Husly> {
  const clock = options.clock ?? systemClock;
  const handle = options.handle ?? (await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    await migrateDb(handle);
    const seed = config.demo === 'yes' || (config.demo === 'fresh-embedded' && handle.engine === 'pglite' && handle.createdFresh);
    if (seed) await seedDemo(handle.db, { today: clock.now() });
    const demo = config.demo !== 'no' && (await hasDemo(handle.db));

    const tileOrigins = new TileOrigins();
    await tileOrigins.load(handle.db);
    const app = await createHttp(config, { ...(options.logStream ? { logStream: options.logStream } : {}), imgSources: () => tileOrigins.sources() });
    const deps: AppDeps = { db: handle.db, engine: handle.engine, clock, config, version };
    registerSessionHooks(app, deps);
    registerSessionRoutes(app, deps);
    registerAdminRoutes(app, deps);
    registerMunicipalityRoutes(app, deps);
    registerDwellingRoutes(app, deps);
    registerLeaseRoutes(app, deps);
    registerTaskRoutes(app, deps);
    registerFollowupRoutes(app, deps);
    registerFollowupSignalRoutes(app, deps);
    registerTemporaryRoutes(app, deps);
    registerNeighbourhoodRoutes(app, deps);
    registerPrivateRentalRoutes(app, deps);
    registerAllocationRoutes(app, deps);
    registerCalculatorRoutes(app, deps);
    registerHousingFirstRoutes(app, deps);
    registerIndicatorRoutes(app, deps);
    registerMapRoutes(app, deps, tileOrigins);
    registerPlanRoutes(app, deps);
    registerRentToOwnRoutes(app, deps);
    registerReportRoutes(app, deps);
    registerBuildingProjectRoutes(app, deps);
    registerHomelessnessRoutes(app, deps);
    registerCaseRoutes(app, deps);
    registerPeopleRoutes(app, deps);
    await registerSystemRoutes(app, deps);
    await app.ready();
    return {
      app,
      handle,
      demo,
      async close() {
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    if (!options.handle) await handle.close();
    throw error;
  }
}
