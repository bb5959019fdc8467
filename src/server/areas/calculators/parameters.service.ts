import type { AddParameterBody, CalculatorParameterList } from '../../../contracts/calculators.js';
import { parameterSpec, parametersInForce, tablesWithOverrides, validateParameterValue, type ParameterOverride } from '../../../domain/calculators/overrides.js';
import type { BostotteTables } from '../../../domain/calculators/bostotte-parameters.js';
import type { StartlanTables } from '../../../domain/calculators/startlan-parameters.js';
import { osloDate } from '../../../domain/deadlines/calendar.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, pgErrorCode } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { assertParameters, canEditParameters, canReadParameters } from './calculators.policy.js';
import * as repo from './parameters.repo.js';

/**
 * The municipality's own dated values of the calculators' parameters (domain/calculators/overrides.ts):
 * the list with the value in force today and its source, adding a value (the admin; validated per
 * key, audited), and the tables a calculation uses.
 */

/** The source a calculation shows for the municipality's value: who (the municipality), when entered, from what. */
export const overrideSource = (municipalityName: string, enteredAt: string, source: string): string => `${municipalityName} (registrert ${osloDate(new Date(enteredAt))}): ${source}`;

function toOverrides(rows: readonly repo.OverrideRow[], municipalityName: string): ParameterOverride[] {
  return rows.map((r) => ({ key: r.key, validFrom: r.validFrom, value: r.value, source: overrideSource(municipalityName, r.enteredAt, r.source) }));
}

/** The calculators' tables with the municipality's values, read in the caller's transaction. */
export async function tablesFor(ctx: ServiceContext, tx: Tx): Promise<{ startlan: StartlanTables; bostotte: BostotteTables }> {
  return tablesWithOverrides(toOverrides(await repo.listOverrides(tx, ctx.actor.municipalityId), ctx.actor.municipalityName));
}

/** Every parameter key with its fields, the value in force today and the municipality's own rows. @throws forbidden. */
export async function listParameters(ctx: ServiceContext): Promise<CalculatorParameterList> {
  assertParameters(ctx.actor, canReadParameters);
  const today = todayOf(ctx);
  const stored = await ctx.transaction((tx) => repo.listOverrides(tx, ctx.actor.municipalityId));
  const overrides = toOverrides(stored, ctx.actor.municipalityName);
  return {
    today,
    canEdit: canEditParameters(ctx.actor.role),
    items: parametersInForce(overrides, today).map(({ spec, row }) => ({
      key: spec.key,
      calculator: spec.calculator,
      shape: spec.shape,
      fields: spec.fields.map((f) => (f.kind === 'choice' ? { ...f, choices: [...f.choices] } : { ...f })),
      inForce: row === null ? null : { validFrom: row.effectiveFrom, value: row.value, source: row.source, tag: row.tag },
      own: stored
        .filter((s) => s.key === spec.key)
        .map((s) => ({ validFrom: s.validFrom, value: s.value, source: overrideSource(ctx.actor.municipalityName, s.enteredAt, s.source), tag: 'M' as const, enteredBy: s.enteredBy, enteredAt: s.enteredAt })),
    })),
  };
}

const MESSAGES: Readonly<Record<string, MessageKey>> = {
  required: 'field.required',
  invalid_type: 'field.invalid_type',
  too_small: 'field.too_small',
  too_big: 'field.too_big',
  invalid_value: 'field.invalid_value',
  unknown_field: 'field.unknown_field',
  too_many_decimals: 'field.calculator_parameter.too_many_decimals',
  max_below_standard: 'field.calculator_parameter.max_below_standard',
};

/**
 * Adds the municipality's value of a parameter from `validFrom` (past, today or ahead). The
 * value is checked against the key's fields, with a field error per field.
 * @throws AppError forbidden (not the admin), validation_failed, conflict (a value from that date exists).
 */
export async function addParameter(ctx: ServiceContext, body: AddParameterBody): Promise<CalculatorParameterList> {
  assertParameters(ctx.actor, canEditParameters);
  const spec = parameterSpec(body.key);
  if (!spec) throw new AppError('validation_failed', 'error.validation_failed', [{ path: 'key', code: 'unknown_key', messageKey: 'field.calculator_parameter.unknown_key' }]);
  const problems = validateParameterValue(spec, body.value).map((p) => ({ path: p.path, code: p.code, messageKey: MESSAGES[p.code] ?? 'field.invalid_value' }));
  if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
  const { municipalityId, userId } = ctx.actor;
  await ctx.transaction(async (tx) => {
    try {
      await repo.insertOverride(tx, { municipalityId, key: spec.key, validFrom: body.validFrom, value: body.value, source: body.source, updatedBy: userId, updatedAt: ctx.clock.now() });
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw new AppError('conflict', 'error.conflict', [{ path: 'validFrom', code: 'date_taken', messageKey: 'field.calculator_parameter.date_taken' }]);
      throw error;
    }
    await recordEvent(tx, ctx, {
      type: 'calculator_parameter.added',
      subjectType: 'calculator_parameter',
      subjectId: `${spec.key}@${body.validFrom}`,
      data: { key: spec.key, validFrom: body.validFrom, value: body.value, source: body.source, enteredOn: osloDate(ctx.clock.now()) },
    });
  });
  return listParameters(ctx);
}
