import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('uses the documented defaults', () => {
    const config = readConfig({}, '/srv/husly');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/husly/data'),
      databaseUrl: undefined,
      demo: 'fresh-embedded',
      logLevel: 'info',
    });
  });

  it('reads PORT, HOST, HUSLY_DATA_DIR, DATABASE_URL, HUSLY_DEMO and LOG_LEVEL', () => {
    const config = readConfig(
      { PORT: '8080', HOST: '0.0.0.0', HUSLY_DATA_DIR: '/var/husly', DATABASE_URL: 'postgres://x/y', HUSLY_DEMO: '1', LOG_LEVEL: 'warn' },
      '/srv',
    );
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/var/husly', databaseUrl: 'postgres://x/y', demo: 'yes', logLevel: 'warn' });
    expect(readConfig({ HUSLY_DEMO: '0' }).demo).toBe('no');
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => readConfig({ HUSLY_DEMO: 'yes' })).toThrow(/HUSLY_DEMO/);
  });
});
