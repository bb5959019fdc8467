import { isIsoDate } from './calendar.js';
import { EligibilityError } from './errors.js';
import type { RuleSet } from './types.js';

/**
 * The version of a municipality's rule set in force on `date`: the one with the latest
 * `effectiveFrom` on or before it. Throws EligibilityError `no_rule_set_in_force` when there is
 * none, `ambiguous_rule_set` when two versions take effect on that same latest date, and
 * RangeError for an invalid date.
 */
export function selectRuleSet(ruleSets: readonly RuleSet[], kommunenummer: string, date: string): RuleSet {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  let found: RuleSet | undefined;
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
  if (found === undefined) throw new EligibilityError('no_rule_set_in_force', `no rule set for ${kommunenummer} in force on ${date}`);
  if (tie) throw new EligibilityError('ambiguous_rule_set', `two rule sets for ${kommunenummer} take effect on ${found.effectiveFrom}`);
  return found;
}
