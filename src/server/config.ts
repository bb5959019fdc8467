import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Configuration, read once from the environment by the composition root. */
export interface Config {
  /** PORT, default 3000. */
  port: number;
  /** HOST, default 127.0.0.1 (never listen on all interfaces unless asked). */
  host: string;
  /** HUSLY_DATA_DIR, default ./data — the embedded PGlite database lives here. */
  dataDir: string;
  /** DATABASE_URL; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl: string | undefined;
  /**
   * HUSLY_DEMO: '1' seeds the demo municipalities (idempotent), '0' never does.
   * Unset: seed only when the embedded database is created fresh.
   */
  demo: 'yes' | 'no' | 'fresh-embedded';
  /** LOG_LEVEL, default info. */
  logLevel: LogLevel;
  /** HUSLY_TRUST_PROXY=1 behind a TLS-terminating proxy: cookies get Secure, X-Forwarded-* is trusted. */
  trustProxy: boolean;
  /** HUSLY_PUBLIC_ORIGIN, e.g. https://husly.kommune.no — the origin accepted on state-changing requests. */
  publicOrigin: string | undefined;
  /** Session lifetime in hours (HUSLY_SESSION_HOURS, default 10 — a working day). */
  sessionHours: number;
  /** Where the built web app is served from. */
  webDir: string;
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number 0–65535, got "${env.PORT}"`);
  }
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const demoRaw = env.HUSLY_DEMO;
  if (demoRaw !== undefined && demoRaw !== '' && demoRaw !== '0' && demoRaw !== '1') {
    throw new ConfigError(`HUSLY_DEMO must be 1 or 0, got "${demoRaw}"`);
  }
  const sessionHours = env.HUSLY_SESSION_HOURS ? Number(env.HUSLY_SESSION_HOURS) : 10;
  if (!(sessionHours > 0 && sessionHours <= 24 * 14)) {
    throw new ConfigError('HUSLY_SESSION_HOURS must be between 0 and 336');
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(cwd, env.HUSLY_DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: demoRaw === '1' ? 'yes' : demoRaw === '0' ? 'no' : 'fresh-embedded',
    logLevel,
    trustProxy: env.HUSLY_TRUST_PROXY === '1',
    publicOrigin: env.HUSLY_PUBLIC_ORIGIN || undefined,
    sessionHours,
    webDir: path.resolve(cwd, env.HUSLY_WEB_DIR || './dist/web'),
  };
}
