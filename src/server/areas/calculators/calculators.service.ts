import type { BostotteBody, BostotteResultDto, StartlanBody, StartlanResultDto } from '../../../contracts/calculators.js';
import type { Language } from '../../../contracts/common.js';
import {
  assessStartlan,
  BOSTOTTE_ESTIMATE_NOTICE,
  BOSTOTTE_STEP_LABELS,
  estimateBostotte,
  MissingParameterError,
  startlanFindingText,
  type StartlanFinding,
} from '../../../domain/calculators/index.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { assertCalculators } from './calculators.policy.js';
import { tablesFor } from './parameters.service.js';

/**
 * The calculators as use cases: authorise, compute on today's date with the published parameter
 * tables and the municipality's own values (parameters.service.ts), present in the user's
 * language. Calculations only: nothing is stored, audited or logged (the request log never holds
 * bodies, platform/http.ts).
 */

/** A parameter table without a row for today is a gap in the data, not a fault in the request. */
function compute<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof MissingParameterError) throw new AppError('rule_violation', 'error.calculator.no_parameters');
    throw error;
  }
}

/** The domain's results with `readonly` dropped, so tsc checks them against the mutable DTO types. */
type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
const mutable = <T>(value: T): Mutable<T> => value as Mutable<T>;

const withText = (language: Language) => (finding: StartlanFinding) => ({ ...finding, text: startlanFindingText(finding.code, finding.values, language) });

/** Startlån affordability for the household in `body` on today's date. @throws AppError forbidden, rule_violation (no parameters). */
export async function calculateStartlan(ctx: ServiceContext, body: StartlanBody, language: Language): Promise<StartlanResultDto> {
  assertCalculators(ctx.actor);
  const tables = await ctx.transaction((tx) => tablesFor(ctx, tx));
  const result = compute(() => assessStartlan(body, todayOf(ctx), tables.startlan));
  return { ...mutable(result), reasons: result.reasons.map(withText(language)), notes: result.notes.map(withText(language)) };
}

/**
 * A bostøtte estimate on today's date; the cap add-on follows the user's municipality unless the
 * body names a group. @throws AppError forbidden, rule_violation (no parameters).
 */
export async function calculateBostotte(ctx: ServiceContext, body: BostotteBody, language: Language): Promise<BostotteResultDto> {
  assertCalculators(ctx.actor);
  const tables = await ctx.transaction((tx) => tablesFor(ctx, tx));
  const result = compute(() => estimateBostotte({ ...body, kommunenummer: ctx.actor.kommunenummer }, todayOf(ctx), tables.bostotte));
  return {
    ...mutable(result),
    notice: BOSTOTTE_ESTIMATE_NOTICE[language],
    steps: result.steps.map((s) => ({ ...s, label: BOSTOTTE_STEP_LABELS[s.code][language] })),
  };
}
