import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import type { TaskRow } from './tasks.repo.js';

/**
 * How other areas take part in the task queue without the tasks area knowing them: an area that
 * raises tasks may register, at start (main.ts → its register*Routes),
 * - a close guard for its signal keys' prefix, which may refuse a close (by throwing an AppError)
 *   — e.g. an early-warning arrears task may not be closed as resolved while the arrears remain;
 * - a refresher, run before the queue is listed, that raises the day's tasks lazily (it decides
 *   itself whether it has run today).
 * Registration is by name, so registering again (several apps in one test process) replaces.
 */

export interface CloseAttempt {
  outcome: string;
  note: string | undefined;
}

/** Refuses a close by throwing (field errors in the user's language); returns normally to allow it. Runs in the close's transaction, with the task locked. */
export type CloseGuard = (ctx: ServiceContext, tx: Tx, task: TaskRow, attempt: CloseAttempt) => Promise<void>;

/** Raises the tasks due today before the actor's queue is listed; runs outside the listing's transaction. */
export type QueueRefresher = (ctx: ServiceContext) => Promise<void>;

const closeGuards = new Map<string, CloseGuard>();
const refreshers = new Map<string, QueueRefresher>();

/** Registers the guard for tasks whose signal key starts with `signalKeyPrefix`. */
export function registerCloseGuard(signalKeyPrefix: string, guard: CloseGuard): void {
  closeGuards.set(signalKeyPrefix, guard);
}

export function registerQueueRefresher(name: string, refresher: QueueRefresher): void {
  refreshers.set(name, refresher);
}

/** The guard for a task's signal key: the one with the longest matching prefix. */
export function closeGuardFor(signalKey: string): CloseGuard | undefined {
  let best: [string, CloseGuard] | undefined;
  for (const entry of closeGuards) if (signalKey.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1];
}

export async function refreshQueue(ctx: ServiceContext): Promise<void> {
  for (const refresher of refreshers.values()) await refresher(ctx);
}
