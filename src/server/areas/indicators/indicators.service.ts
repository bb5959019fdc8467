import { sql } from 'drizzle-orm';
import type { IndicatorsDto, IndicatorValueDto } from '../../../contracts/indicators.js';
import { computeIndicators } from '../../../domain/indicators/engine.js';
import { INDICATORS } from '../../../domain/indicators/definitions.js';
import type { IndicatorUnit, IndicatorValue } from '../../../domain/indicators/types.js';
import { suppressValue } from '../../../domain/plan/figures.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { rows } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { loadIndicatorHistory } from './history.repo.js';
import { assertAllowed, canReadIndicators } from './indicators.policy.js';

/**
 * Every indicator for a period (issue 7 § 1): the municipality, each district and the facts with
 * no district, with the definitions, for the manager and the politician. Small counts are
 * suppressed as the dashboard shows them (domain/plan suppressValue: a count 1–4 of any count
 * unit, a share whose numerator or denominator is 1–4, a median of 1–4 observations → «<5»;
 * days and kroner are not counts).
 */

type Problem = { path: string; code: string; messageKey: MessageKey };
const invalid = (problems: Problem[]) => new AppError('validation_failed', 'error.validation_failed', problems);

const shown = (v: IndicatorValue, unit: IndicatorUnit): IndicatorValueDto => suppressValue(v, unit) as IndicatorValueDto;

/**
 * The period `from`–`to` (defaults: 1 January this year – today), cut to today.
 * @throws AppError validation_failed: `from` after today, `to` before `from`; forbidden for other roles.
 */
export async function getIndicators(ctx: ServiceContext, query: { from?: string; to?: string }): Promise<IndicatorsDto> {
  assertAllowed(ctx.actor, canReadIndicators);
  const today = todayOf(ctx);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  const problems: Problem[] = [];
  if (from > today) problems.push({ path: 'from', code: 'in_future', messageKey: 'field.in_future' });
  if (to < from) problems.push({ path: 'to', code: 'end_before_start', messageKey: 'field.person.end_before_start' });
  if (problems.length > 0) throw invalid(problems);
  return ctx.transaction(async (tx) => {
    const history = await loadIndicatorHistory(tx, today);
    const names = await rows<{ code: string; name: string }>(tx, sql`select code, name from district where municipality_id = ${ctx.actor.municipalityId} order by code`);
    const nameOf = new Map(names.map((d) => [d.code, d.name]));
    const results = computeIndicators(history, { from, to });
    return {
      period: results[0]?.period ?? { from, to: to > today ? today : to },
      asOf: history.asOf,
      districts: history.districts.map((d) => ({ code: d.code, name: nameOf.get(d.code) ?? d.code })),
      indicators: results.map((r, i) => {
        const d = INDICATORS[i]!;
        return {
          id: d.id,
          name: d.name,
          definition: d.definition,
          unit: d.unit,
          source: d.source,
          kind: d.kind,
          parent: d.parent ?? null,
          group: d.group ?? null,
          municipality: shown(r.municipality, d.unit),
          districts: r.districts.map((x) => ({ code: x.code, value: shown(x.value, d.unit) })),
          unassigned: shown(r.unassigned, d.unit),
        };
      }),
    };
  });
}
