import { and, desc, eq } from 'drizzle-orm';
import { followupSettings, staffUser } from '../../../db/schema/index.js';
import type { FollowupThresholds } from '../../../domain/followup/early-warning.js';
import type { Tx } from '../../platform/db.js';

/** The early-warning thresholds, dated per municipality (followup_settings). */

export type SettingsRow = typeof followupSettings.$inferSelect;

/** Every dated row, the latest first, with the display name of whoever saved it. */
export function listSettings(tx: Tx, municipalityId: number) {
  return tx
    .select({ row: followupSettings, updatedByName: staffUser.displayName })
    .from(followupSettings)
    .leftJoin(staffUser, and(eq(staffUser.municipalityId, followupSettings.municipalityId), eq(staffUser.id, followupSettings.updatedBy)))
    .where(eq(followupSettings.municipalityId, municipalityId))
    .orderBy(desc(followupSettings.validFrom));
}

/** The row from `validFrom`, locked, if there is one. */
export async function findSettings(tx: Tx, municipalityId: number, validFrom: string): Promise<SettingsRow | undefined> {
  const [row] = await tx
    .select()
    .from(followupSettings)
    .where(and(eq(followupSettings.municipalityId, municipalityId), eq(followupSettings.validFrom, validFrom)))
    .for('update');
  return row;
}

/** Adds the row from `validFrom`, or replaces the one already from that date. */
export async function saveSettings(tx: Tx, municipalityId: number, validFrom: string, values: FollowupThresholds, updatedBy: string, updatedAt: Date): Promise<void> {
  const set = { ...values, updatedBy, updatedAt };
  await tx
    .insert(followupSettings)
    .values({ municipalityId, validFrom, ...set })
    .onConflictDoUpdate({ target: [followupSettings.municipalityId, followupSettings.validFrom], set });
}
