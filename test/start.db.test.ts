import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real entry point (`npm start` = bin/husly.mjs → dist/server/start.js) in child processes:
 * the data-directory lock, graceful shutdown and restart on an existing directory.
 */
const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'husly-start-'));
const children: ChildProcessWithoutNullStreams[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function startHusly(env: Record<string, string>): Started {
  // Exactly what `npm start` runs: the launcher bundles the server when stale, then runs it.
  const child = spawn(process.execPath, ['bin/husly.mjs'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HUSLY_SKIP_WEB_BUILD: '1', LOG_LEVEL: 'warn', ...env },
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForUrl(started: Started, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /is running at (http:\/\/[^\s]+)/.exec(started.output());
    if (match) return match[1]!.replace(/\/$/, '');
    if (started.child.exitCode !== null) throw new Error(`exited early: ${started.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`did not start: ${started.output()}`);
}

async function loginOk(url: string, username: string): Promise<boolean> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  return res.status === 200;
}

describe('npm start on the embedded database', () => {
  it('seeds a fresh data directory, refuses a second process on it, stops cleanly and starts again', async () => {
    const first = startHusly({ HUSLY_DATA_DIR: dataDir });
    const url = await waitForUrl(first);
    expect(first.output()).toContain('saksbehandler');
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect(await loginOk(url, 'saksbehandler')).toBe(true);
    expect(existsSync(path.join(dataDir, 'husly.lock'))).toBe(true);

    const second = startHusly({ HUSLY_DATA_DIR: dataDir });
    expect(await second.exited).toBe(2);
    expect(second.output()).toContain('already running on data directory');
    expect(second.output()).toContain('kjører allerede');
    // The first process is unharmed.
    expect(await loginOk(url, 'nav')).toBe(true);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'husly.lock'))).toBe(false);

    const third = startHusly({ HUSLY_DATA_DIR: dataDir });
    const url3 = await waitForUrl(third);
    expect(await loginOk(url3, 'leder')).toBe(true);
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
  }, 90_000);

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'husly-stale-'));
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(dir, 'husly.lock'), '999999');
      const started = startHusly({ HUSLY_DATA_DIR: dir, HUSLY_DEMO: '0' });
      await waitForUrl(started);
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.runIf(process.env.DATABASE_URL)('npm start on PostgreSQL', () => {
  it('migrates, seeds with HUSLY_DEMO=1 and serves logins', async () => {
    const { openTestDb } = await import('./db.js');
    const handle = await openTestDb();
    const url = (handle as unknown as { databaseUrl?: string }).databaseUrl;
    await handle.close();
    expect(url).toBeTruthy();
    const started = startHusly({ DATABASE_URL: url!, HUSLY_DEMO: '1' });
    const base = await waitForUrl(started);
    expect(started.output()).toContain('PostgreSQL');
    expect(await loginOk(base, 'admin')).toBe(true);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  }, 60_000);
});
