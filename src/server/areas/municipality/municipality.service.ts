import { count, eq } from 'drizzle-orm';
import type { MunicipalityOverview } from '../../../contracts/municipality.js';
import { district, municipality, staffUser } from '../../../db/schema/index.js';
import { canOpenArea, ROLES } from '../../../domain/access/roles.js';
import { suppressSmallCount } from '../../../domain/statistics/suppression.js';
import type { ServiceContext } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/errors.js';

/**
 * The municipality in aggregate numbers only, for managers and admins. Counts under 5
 * are suppressed. Throws forbidden for other roles.
 */
export async function getOverview(ctx: ServiceContext): Promise<MunicipalityOverview> {
  if (!canOpenArea(ctx.actor.role, 'municipality')) throw forbidden();
  return ctx.transaction(async (tx) => {
    const [m] = await tx.select().from(municipality).where(eq(municipality.id, ctx.actor.municipalityId));
    if (!m) throw notFound();
    const districts = await tx
      .select({ code: district.code, name: district.name, inhabitants: district.inhabitants })
      .from(district)
      .orderBy(district.code);
    const byRole = await tx
      .select({ role: staffUser.role, n: count() })
      .from(staffUser)
      .where(eq(staffUser.active, true))
      .groupBy(staffUser.role);
    const counts = new Map(byRole.map((r) => [r.role, r.n]));
    return {
      kommunenummer: m.kommunenummer,
      name: m.name,
      inhabitants: m.inhabitants,
      districts,
      staffByRole: ROLES.map((role) => ({ role, count: suppressSmallCount(counts.get(role) ?? 0) })),
    };
  });
}
