/**
 * npm run bench:startup — time from process start to the first 200 on /api/health and
 * on /, for a fresh and for an existing PGlite data directory. The baseline, measured in
 * the same run, is a bare Node process that serves 200 from node:http: the floor no
 * Node server can beat on this machine. Targets (issue #2): < 5 s fresh, < 1.5 s existing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from '../src/server/web-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function until200(url: string, t0: number, deadlineMs = 60_000): Promise<number> {
  while (performance.now() - t0 < deadlineMs) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no 200 from ${url} within ${deadlineMs} ms`);
}

interface Timing {
  health: number;
  page: number;
}

async function measure(args: string[], env: Record<string, string>, pagePath: string): Promise<Timing> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  try {
    const health = await until200(`http://127.0.0.1:${port}/api/health`, t0);
    const page = await until200(`http://127.0.0.1:${port}${pagePath}`, t0);
    return { health, page };
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

async function main(): Promise<void> {
  ensureWebBuild(root, path.join(root, 'dist/web'), (l) => console.log(l));
  const baselineScript =
    "require('node:http').createServer((q,s)=>s.end('ok')).listen(Number(process.env.PORT),'127.0.0.1');process.on('SIGTERM',()=>process.exit(0))";
  // What `npm start` runs; the server bundle is built first so the runs time start-up only.
  const husly = ['bin/husly.mjs'];
  spawnSync(process.execPath, husly, { cwd: root, env: { ...process.env, HUSLY_BUILD_ONLY: '1' }, stdio: 'inherit' });
  const results: Record<string, Timing[]> = { baseline: [], fresh: [], existing: [] };
  for (let i = 0; i < RUNS; i++) {
    results.baseline!.push(await measure(['-e', baselineScript], {}, '/'));
    const dir = mkdtempSync(path.join(tmpdir(), 'husly-bench-'));
    try {
      results.fresh!.push(await measure(husly, { HUSLY_DATA_DIR: dir }, '/'));
      results.existing!.push(await measure(husly, { HUSLY_DATA_DIR: dir }, '/'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const base = median(results.baseline!.map((t) => t.page));
  const target: Record<string, number | undefined> = { fresh: 5000, existing: 1500 };
  console.log(`\nbench:startup — median of ${RUNS} runs, milliseconds from process start (2-core machine)`);
  console.log('case          /api/health        /    ratio to baseline   target   met');
  for (const [name, timings] of Object.entries(results)) {
    const h = median(timings.map((t) => t.health));
    const p = median(timings.map((t) => t.page));
    const goal = target[name];
    console.log(
      `${name.padEnd(12)} ${h.toFixed(0).padStart(12)} ${p.toFixed(0).padStart(8)} ${(p / base).toFixed(1).padStart(14)}x ${
        goal ? `${goal}`.padStart(11) : '          –'
      }   ${goal ? (p < goal ? 'yes' : 'NO') : ''}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
