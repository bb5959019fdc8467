import { readConfig, ConfigError } from './config.js';
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD } from '../db/seeds/demo-data.js';
import { createHusly, type Husly } from './main.js';
import { DataDirLockedError, lockDataDir, type DataDirLock } from './platform/datadir-lock.js';
import { ensureWebBuild } from './web-build.js';
import { PROJECT_ROOT } from './platform/paths.js';

const root = PROJECT_ROOT;

/** `npm start`: lock, build the web app when stale, open, migrate, seed, listen, and shut down cleanly. */
async function start(): Promise<void> {
  const config = readConfig();
  let lock: DataDirLock | undefined;
  if (!config.databaseUrl) lock = lockDataDir(config.dataDir);
  let husly: Husly | undefined;
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: Husly stopper … / stopping …`);
    try {
      await husly?.close();
    } finally {
      lock?.release();
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    if (process.env.HUSLY_SKIP_WEB_BUILD !== '1') ensureWebBuild(root, config.webDir, (line) => console.log(line));
    husly = await createHusly(config);
    await husly.app.listen({ port: config.port, host: config.host });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const address = husly.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`\nHusly kjører på / is running at http://${host}:${port}/`);
  console.log(`Database: ${husly.handle.engine === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)'}`);
  if (husly.demo) {
    console.log(`Demo-brukere / demo users (passord / password «${DEMO_PASSWORD}»):`);
    for (const m of DEMO_MUNICIPALITIES) {
      console.log(`  ${m.name} (${m.kommunenummer}): ${m.users.map((u) => `${u.username} (${u.role})`).join(', ')}`);
    }
  }
}

start().catch((error: unknown) => {
  if (error instanceof DataDirLockedError || error instanceof ConfigError) {
    console.error(`Husly: ${error.message}`);
    process.exit(2);
  }
  console.error('Husly kunne ikke starte / could not start:', error);
  process.exit(1);
});
