import type { Language } from '../../contracts/common.js';
import { osloDate } from '../../domain/deadlines/calendar.js';
import type { Role } from '../../domain/access/roles.js';
import type { Clock } from './clock.js';
import { withTenant, type Db, type Tx } from './db.js';

/** The logged-in staff member a request acts for. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  language: Language;
  municipalityId: number;
  kommunenummer: string;
  municipalityName: string;
  sessionId: string;
  csrfToken: string;
}

/**
 * What every service function gets as its first parameter. There is deliberately no
 * raw database handle here: the only way to the data is `transaction`, which runs as
 * husly_app under row-level security for the actor's municipality.
 */
export interface ServiceContext {
  actor: Actor;
  clock: Clock;
  requestId: string;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export function serviceContext(db: Db, actor: Actor, clock: Clock, requestId: string): ServiceContext {
  return {
    actor,
    clock,
    requestId,
    transaction: (fn) => withTenant(db, { municipalityId: actor.municipalityId }, fn),
  };
}

/**
 * The same context with its transaction bound to `tx`: lets another area's service join the
 * caller's transaction, so both writes exist or neither does.
 */
export const inTransaction = (ctx: ServiceContext, tx: Tx): ServiceContext => ({ ...ctx, transaction: (fn) => fn(tx) });

/** Today's date in Norway (Europe/Oslo) by the request's clock: what every deadline, flag and signal is measured to. */
export const todayOf = (ctx: Pick<ServiceContext, 'clock'>): string => osloDate(ctx.clock.now());
