import { and, eq, gt, sql } from 'drizzle-orm';
import { auditEvent } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * Whether the lease job has run for `today` (its `lease.signals_run` audit event is the record;
 * `since` keeps the lookup on the time index).
 */
export async function signalsRanOn(tx: Tx, municipalityId: number, today: string, since: Date): Promise<boolean> {
  const [done] = await tx
    .select({ id: auditEvent.id })
    .from(auditEvent)
    .where(
      and(
        eq(auditEvent.municipalityId, municipalityId),
        gt(auditEvent.occurredAt, since),
        eq(auditEvent.type, 'lease.signals_run'),
        sql`${auditEvent.data}->>'today' = ${today}`,
      ),
    )
    .limit(1);
  return done !== undefined;
}
