import type { FollowupSettings, SaveSettingsBody } from '../../../contracts/followup-signals.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import {
  DEFAULT_THRESHOLDS,
  pickThresholds,
  THRESHOLD_LIMITS,
  thresholdsInForce,
  validateThresholds,
  type FollowupThresholds,
  type ThresholdField,
} from '../../../domain/followup/early-warning.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { assertAllowed, canEditFollowupSettings, canReadFollowupSettings } from './early-warning.policy.js';
import * as repo from './settings.repo.js';

/** The municipality's early-warning thresholds: read, add a dated row (admin), and the row in force for the run. */

const RANGE_MESSAGES: Readonly<Record<ThresholdField, MessageKey>> = {
  arrearsKroner: 'field.followup.arrears_kroner_range',
  missedVisits: 'field.followup.missed_visits_range',
  leaseEndsWithinDays: 'field.followup.lease_ends_within_days_range',
  temporaryStayMonths: 'field.followup.temporary_stay_months_range',
  moveInVisitAfterDays: 'field.followup.move_in_visit_after_days_range',
};

/** The thresholds in force on `date` for the actor's municipality (the defaults when it has none). */
export async function thresholdsOn(tx: Tx, municipalityId: number, date: string): Promise<{ thresholds: FollowupThresholds; validFrom: string | null }> {
  const rows = await repo.listSettings(tx, municipalityId);
  return thresholdsInForce(
    rows.map((r) => r.row),
    date,
  );
}

async function readSettings(ctx: ServiceContext, tx: Tx, today: string): Promise<FollowupSettings> {
  const rows = await repo.listSettings(tx, ctx.actor.municipalityId);
  const inForce = thresholdsInForce(
    rows.map((r) => r.row),
    today,
  );
  return {
    today,
    inForce: { ...inForce.thresholds, validFrom: inForce.validFrom },
    defaults: DEFAULT_THRESHOLDS,
    limits: THRESHOLD_LIMITS,
    history: rows.map(({ row, updatedByName }) => ({ ...pickThresholds(row), validFrom: row.validFrom, updatedAt: row.updatedAt.toISOString(), updatedBy: updatedByName })),
    canEdit: canEditFollowupSettings(ctx.actor.role),
  };
}

/** The thresholds in force today, the defaults and every dated row. @throws forbidden. */
export async function getFollowupSettings(ctx: ServiceContext): Promise<FollowupSettings> {
  assertAllowed(ctx.actor, canReadFollowupSettings);
  const today = todayOf(ctx);
  return ctx.transaction((tx) => readSettings(ctx, tx, today));
}

/**
 * Adds the thresholds from `validFrom` (today or later; a row from the same date is replaced), with
 * its audit event holding the values and the row replaced. Every field out of range is reported at
 * once, in the user's language. @throws forbidden, validation_failed.
 */
export async function saveFollowupSettings(ctx: ServiceContext, body: SaveSettingsBody): Promise<FollowupSettings> {
  assertAllowed(ctx.actor, canEditFollowupSettings);
  const today = todayOf(ctx);
  const { validFrom } = body;
  const values = pickThresholds(body);
  const problems: Array<{ path: string; code: string; messageKey: MessageKey }> = [];
  if (compareDates(validFrom, today) < 0) problems.push({ path: 'validFrom', code: 'in_past', messageKey: 'field.in_past' });
  for (const p of validateThresholds(values)) problems.push({ path: p.path, code: p.code, messageKey: RANGE_MESSAGES[p.path] });
  if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const replaced = await repo.findSettings(tx, municipalityId, validFrom);
    await repo.saveSettings(tx, municipalityId, validFrom, values, ctx.actor.userId, ctx.clock.now());
    await recordEvent(tx, ctx, {
      type: 'followup_settings.saved',
      subjectType: 'municipality',
      subjectId: String(municipalityId),
      data: { validFrom, values, ...(replaced ? { replaced: pickThresholds(replaced) } : {}) },
    });
    return readSettings(ctx, tx, today);
  });
}
