import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Inputs of the web build; a change to any of them makes the build stale. */
const INPUTS = ['src/web', 'src/contracts', 'src/domain', 'vite.config.ts', 'package-lock.json'];
const STAMP = '.husly-build';

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when dist/web is missing or older than any of its inputs. */
export function isWebBuildStale(root: string, webDir: string): boolean {
  const stamp = path.join(webDir, STAMP);
  if (!existsSync(stamp) || !existsSync(path.join(webDir, 'index.html'))) return true;
  const built = statSync(stamp).mtimeMs;
  return INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/** Builds the web app with Vite when it is missing or stale. Returns whether it built. */
export function ensureWebBuild(root: string, webDir: string, log: (line: string) => void): boolean {
  if (!isWebBuildStale(root, webDir)) return false;
  log('Bygger nettappen … / Building the web app …');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
  writeFileSync(path.join(webDir, STAMP), new Date().toISOString());
  return true;
}
