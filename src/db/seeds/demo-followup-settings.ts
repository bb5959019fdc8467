import { sql } from 'drizzle-orm';
import { addMonths, osloDate } from '../../domain/deadlines/calendar.js';
import { rows } from '../../server/platform/db.js';
import { followupSettings } from '../schema/index.js';
import type { DemoMunicipality } from './demo-data.js';
import type { SeedStep } from './seed-context.js';

/**
 * Demo step: Demo kommune's early-warning thresholds as two dated rows, so the admin's page has a
 * history — a stricter set from about a year ago and the set in force since two months ago [I]. Nabo
 * kommune has none (the defaults apply). The tasks themselves are raised by the first request of the
 * day (the follow-up signals run), not here. Idempotent (ON CONFLICT DO NOTHING on the date).
 */

/** Whole kroner, visits, days, months, days — the demo's own choice, not any municipality's [I]. */
const DEMO_ROWS = [
  { monthsAgo: 13, arrearsKroner: 6_000, missedVisits: 3, leaseEndsWithinDays: 45, temporaryStayMonths: 3, moveInVisitAfterDays: 21 },
  { monthsAgo: 2, arrearsKroner: 5_000, missedVisits: 2, leaseEndsWithinDays: 60, temporaryStayMonths: 3, moveInVisitAfterDays: 14 },
] as const;

function settingsStep(): SeedStep {
  return {
    name: 'follow-up settings',
    async run(ctx) {
      const { tx, municipalityId } = ctx;
      const [admin] = await rows<{ id: string }>(tx, sql`select id from staff_user where municipality_id = ${municipalityId} and username = 'admin'`);
      const firstOfMonth = `${osloDate(ctx.today).slice(0, 8)}01`;
      await tx
        .insert(followupSettings)
        .values(DEMO_ROWS.map(({ monthsAgo, ...values }) => ({ municipalityId, validFrom: addMonths(firstOfMonth, -monthsAgo), ...values, updatedBy: admin?.id ?? null, updatedAt: ctx.today })))
        .onConflictDoNothing();
    },
  };
}

/** Only Demo kommune gets its own thresholds. */
export function demoFollowupSettingsSteps(m: DemoMunicipality): SeedStep[] {
  return m.kommunenummer === '9999' ? [settingsStep()] : [];
}
