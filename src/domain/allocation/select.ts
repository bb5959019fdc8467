import { isIsoDate } from '../eligibility/calendar.js';
import { AllocationError } from './errors.js';
import type { VersionedRuleSet } from './types.js';

/**
 * The version of a municipality's rule set (priority or suitability) in force on `date`: the one
 * with the latest `effectiveFrom` on or before it. Throws AllocationError `no_rule_set_in_force`
 * when there is none, `ambiguous_rule_set` when two versions take effect on that same latest
 * date, and RangeError for an invalid date.
 */
export function selectAllocationRuleSet<T extends VersionedRuleSet>(ruleSets: readonly T[], kommunenummer: string, date: string): T {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  let found: T | undefined;
  let tie = false;
  for (const set of ruleSets) {
    if (set.municipality !== kommunenummer || set.effectiveFrom > date) continue;
    if (found === undefined || set.effectiveFrom > found.effectiveFrom) {
      found = set;
      tie = false;
    } else if (set.effectiveFrom === found.effectiveFrom) {
      tie = true;
    }
  }
  if (found === undefined) throw new AllocationError('no_rule_set_in_force', `no rule set for ${kommunenummer} in force on ${date}`);
  if (tie) throw new AllocationError('ambiguous_rule_set', `two rule sets for ${kommunenummer} take effect on ${found.effectiveFrom}`);
  return found;
}
