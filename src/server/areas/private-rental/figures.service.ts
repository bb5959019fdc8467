import type { YearFigures } from '../../../contracts/private-rental.js';
import { yearFigures } from '../../../domain/private-rental/index.js';
import { suppressSmallCount } from '../../../domain/statistics/suppression.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import * as helps from './lease-help.repo.js';
import { assertAllowed, canReadFigures, suppressesFigures } from './private-rental.policy.js';
import * as settlements from './settlements.repo.js';

/**
 * The year's figures: households helped and signed into private leases, and refugee households
 * into private leases (domain/private-rental/settlement.ts yearFigures). Exact for the NAV adviser
 * and caseworker; for the manager counts 1–4 show as «<5». @throws AppError forbidden.
 */
export async function getFigures(ctx: ServiceContext, year?: number): Promise<YearFigures> {
  assertAllowed(ctx.actor, canReadFigures);
  const y = year ?? Number(todayOf(ctx).slice(0, 4));
  const { municipalityId, role } = ctx.actor;
  const figures = await ctx.transaction(async (tx) => yearFigures(await helps.helpFacts(tx, municipalityId), await settlements.settlementFacts(tx, municipalityId), y));
  const suppressed = suppressesFigures(role);
  const show = (n: number) => (suppressed ? suppressSmallCount(n) : String(n));
  return { year: y, helped: show(figures.helped), signed: show(figures.signed), refugeesInPrivateLeases: show(figures.refugeesInPrivateLeases), suppressed };
}
