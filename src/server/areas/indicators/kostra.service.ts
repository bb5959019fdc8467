import type { KostraDto } from '../../../contracts/indicators.js';
import { form13Figures } from '../../../domain/kostra/form13.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { loadIndicatorHistory } from './history.repo.js';
import { assertAllowed, canReadKostra, seesKostraUnsuppressed } from './indicators.policy.js';
import { kostraCsv, presentKostra } from './kostra.present.js';

/**
 * KOSTRA skjema 13 for a year (issue 7 § 4), from the history as known today: the form's rows,
 * the validation pass and last year beside it (both years from the same history). A year still
 * running gives preliminary figures measured today.
 */

/**
 * @throws AppError validation_failed (`year` has not begun), forbidden for roles outside `kostra`.
 */
export async function getKostra(ctx: ServiceContext, year: number): Promise<KostraDto> {
  assertAllowed(ctx.actor, canReadKostra);
  const today = todayOf(ctx);
  if (year > Number(today.slice(0, 4))) {
    throw new AppError('validation_failed', 'error.validation_failed', [{ path: 'year', code: 'in_future', messageKey: 'field.kostra.year_in_future' }]);
  }
  return ctx.transaction(async (tx) => {
    const history = await loadIndicatorHistory(tx, today);
    return presentKostra(form13Figures(history, year), form13Figures(history, year - 1), { suppress: !seesKostraUnsuppressed(ctx.actor.role) });
  });
}

/** The form as a CSV download: the file name and its text. @throws as getKostra. */
export async function getKostraCsv(ctx: ServiceContext, year: number): Promise<{ filename: string; content: string }> {
  const dto = await getKostra(ctx, year);
  return { filename: `kostra-skjema-13-${ctx.actor.kommunenummer}-${year}.csv`, content: kostraCsv(dto) };
}
