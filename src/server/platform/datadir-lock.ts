import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `Husly kjører allerede på datakatalogen ${dataDir} (prosess ${holderPid}). ` +
        `Husly is already running on data directory ${dataDir} (process ${holderPid}). ` +
        'Stop that process first, or set HUSLY_DATA_DIR to another directory.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock on the PGlite data directory. PGlite does not lock its data
 * directory, and two processes on one directory silently corrupt it, so this must run
 * before PGlite opens it. The lock is a file created with O_EXCL holding the owner's
 * pid; a lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'husly.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: number;
      try {
        holder = Number(readFileSync(lockPath, 'utf8').trim());
      } catch {
        continue; // removed between open and read: try again
      }
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      if (holder === process.pid) throw new DataDirLockedError(dataDir, holder);
      // Stale lock from a process that is gone.
      try {
        unlinkSync(lockPath);
      } catch {
        // Someone else removed it first.
      }
    }
  }
  throw new Error(`could not lock ${lockPath}`);
}
