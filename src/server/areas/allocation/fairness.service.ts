import type { z } from 'zod';
import type { FairnessQuery, fairnessSchema } from '../../../contracts/allocation.js';
import { addDays, compareDates, daysBetween } from '../../../domain/deadlines/calendar.js';
import { ageBandOf, fairnessReport, householdTypeOf, type WaitRecord } from '../../../domain/fairness/monitor.js';
import { ageOrNull } from '../../../domain/eligibility/calendar.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { assertFairness } from './allocation.policy.js';
import * as repo from './allocation.repo.js';
import { childrenAges } from './round-input.js';


/** Maps one approval to the monitor's record: groups and how the wait went, nothing that names anyone. */
export function toWaitRecord(row: repo.WaitFactRow, today: string): WaitRecord {
  const children = childrenAges(row, today).length;
  const adults = Math.max(1, row.members.length - children);
  const lapsed = row.housedOn === null && row.validUntil !== null && compareDates(row.validUntil, today) < 0;
  const end = row.housedOn ?? (lapsed ? row.validUntil! : today);
  return {
    householdType: householdTypeOf(adults, children),
    ageBand: ageBandOf(ageOrNull(row.birthDate, today)),
    gender: row.gender === 'female' || row.gender === 'male' || row.gender === 'other' ? row.gender : 'unknown',
    refugee: row.refugee ? 'yes' : 'no',
    needCategory: row.needCategory ?? 'other',
    outcome: row.housedOn !== null ? 'housed' : lapsed ? 'lapsed' : 'waiting',
    waitDays: Math.max(0, daysBetween(row.decidedOn, end)),
  };
}

/**
 * The fairness monitor over approvals of the last `months` months (aggregates only; cells under
 * five suppressed in the domain). For the caseworker and the leader. @throws forbidden.
 */
export async function getFairness(ctx: ServiceContext, query: FairnessQuery): Promise<z.infer<typeof fairnessSchema>> {
  assertFairness(ctx.actor);
  const today = todayOf(ctx);
  const since = addDays(today, -Math.round(query.months * 30.44));
  const facts = await ctx.transaction((tx) => repo.waitFacts(tx, ctx.actor.municipalityId, since, today));
  const report = fairnessReport(facts.map((f) => toWaitRecord(f, today)), { threshold: query.threshold });
  return { ...report, dimensions: structuredClone(report.dimensions) as z.infer<typeof fairnessSchema>['dimensions'], since, today };
}
