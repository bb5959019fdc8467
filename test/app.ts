import { Writable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { readConfig, type Config } from '../src/server/config.js';
import { createHusly, type Husly } from '../src/server/main.js';
import type { Clock } from '../src/server/platform/clock.js';
import type { DbHandle } from '../src/server/platform/db.js';

export const TEST_ORIGIN = 'http://localhost:80';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...readConfig({ LOG_LEVEL: 'silent', HUSLY_DEMO: '0' }), ...overrides };
}

export async function createTestApp(
  handle: DbHandle,
  options: { clock?: Clock; config?: Partial<Config>; logStream?: NodeJS.WritableStream } = {},
): Promise<Husly> {
  return createHusly(testConfig(options.config), {
    handle,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
}

/** A log sink that keeps every line, for asserting what the log does and does not say. */
export function captureLog(): { stream: NodeJS.WritableStream; text(): string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => lines.join('') };
}

/** A logged-in API client over app.inject(): keeps the cookie and sends Origin and the CSRF token. */
export interface TestClient {
  csrfToken: string;
  cookie: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function loginAs(husly: Husly, username: string, password: string): Promise<TestClient> {
  const res = await husly.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: { origin: TEST_ORIGIN, host: 'localhost:80' },
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'husly_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `husly_session=${setCookie.value}`;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return {
    csrfToken,
    cookie,
    request: (options) =>
      husly.app.inject({
        ...options,
        headers: {
          host: 'localhost:80',
          origin: TEST_ORIGIN,
          'x-csrf-token': csrfToken,
          cookie,
          ...(options.headers ?? {}),
        },
      }),
  };
}
