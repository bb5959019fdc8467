import type { AdjustmentBody, LeaseDetail } from '../../../contracts/leases.js';
import { checkAdjustment, kpiAdjustedRent } from '../../../domain/leases/rent-adjustment.js';
import type { Problem } from '../../../domain/leases/terms.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { getRunningLease, todayOf } from './lease-access.js';
import * as records from './lease-records.repo.js';
import { refuseIf } from './leases.http.js';
import { assertLeaseArea } from './leases.policy.js';
import * as repo from './leases.repo.js';
import { mapLeaseConstraint, readDetail } from './leases.service.js';

/**
 * Adjusts the rent of a running lease by KPI (§ 4-2) or to gjengs leie (§ 4-3). The law's
 * refusals come back as rule_violation with every reason at once (e.g. `effectiveOn:
 * index_within_12_months`, `noticeSentOn: notice_too_short`). For an index adjustment the new
 * rent is the KPI result unless a lower one is given. The lease's rent becomes the new rent;
 * charges use the adjustment history, so periods before `effectiveOn` keep the old rent.
 * @throws forbidden, not_found, rule_violation.
 */
export async function adjustRent(ctx: ServiceContext, id: string, body: AdjustmentBody): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  const today = todayOf(ctx);
  try {
    return await ctx.transaction(async (tx) => {
      const row = await getRunningLease(ctx, tx, id);
      const problems: Problem[] = checkAdjustment(row, body, today);
      let newRent = body.newRent;
      let basis: Record<string, unknown> = { source: body.kind === 'index' ? 'husleieloven § 4-2' : 'husleieloven § 4-3' };
      if (body.kind === 'index' && body.kpiFrom !== undefined && body.kpiTo !== undefined) {
        const allowed = kpiAdjustedRent(row.monthlyRent, body.kpiFrom, body.kpiTo);
        if (newRent !== undefined && newRent > allowed) problems.push({ path: 'newRent', code: 'above_index' });
        newRent ??= allowed;
        basis = { ...basis, kpiFrom: body.kpiFrom, kpiTo: body.kpiTo, kpiResult: allowed };
      }
      refuseIf('rule_violation', problems);
      if (newRent === undefined) throw new Error('newRent checked by the contract');
      const adjustment = await records.insertAdjustment(tx, {
        municipalityId: ctx.actor.municipalityId,
        leaseId: id,
        kind: body.kind,
        noticeSentOn: body.noticeSentOn,
        effectiveOn: body.effectiveOn,
        oldRent: row.monthlyRent,
        newRent,
        basis,
      });
      await repo.updateLease(tx, ctx.actor.municipalityId, id, {
        monthlyRent: newRent,
        ...(body.kind === 'index' ? { lastIndexAdjustmentOn: body.effectiveOn } : { lastGjengsAdjustmentOn: body.effectiveOn }),
      });
      await recordEvent(tx, ctx, {
        type: `lease.rent_adjusted.${body.kind}`,
        subjectType: 'lease',
        subjectId: id,
        data: { adjustmentId: adjustment.id, noticeSentOn: body.noticeSentOn, effectiveOn: body.effectiveOn, oldRent: row.monthlyRent, newRent, ...basis },
      });
      return readDetail(ctx, tx, id);
    });
  } catch (error) {
    throw mapLeaseConstraint(error);
  }
}
