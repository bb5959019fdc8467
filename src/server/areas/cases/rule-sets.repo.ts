import { and, eq } from 'drizzle-orm';
import { eligibilityRuleSet } from '../../../db/schema/index.js';
import { BUILT_IN_RULE_SETS } from '../../../domain/eligibility/rule-sets/index.js';
import type { RuleSet } from '../../../domain/eligibility/types.js';
import { validateRuleSet } from '../../../domain/eligibility/validate.js';
import type { Tx } from '../../platform/db.js';

/**
 * A municipality's eligibility rule sets. The database rows (eligibility_rule_set) are the
 * municipality's own; when it has none yet, the built-in set for its kommunenummer is used
 * read-only (the demo seed stores the built-in sets for 9999 and 9998 as rows).
 */
export async function listRuleSets(tx: Tx, municipalityId: number, kommunenummer: string): Promise<RuleSet[]> {
  const rows = await tx.select().from(eligibilityRuleSet).where(eq(eligibilityRuleSet.municipalityId, municipalityId));
  if (rows.length === 0) return BUILT_IN_RULE_SETS.filter((s) => s.municipality === kommunenummer);
  return rows.map((row) => {
    const set = row.data as unknown as RuleSet;
    const problems = validateRuleSet(set);
    // A stored set that does not validate is broken data, not a user error.
    if (problems.length > 0 || set.id !== row.id || set.version !== row.version) {
      throw new Error(`stored rule set ${row.id} v${row.version} is invalid: ${problems.map((p) => `${p.path} ${p.code}`).join(', ')}`);
    }
    return set;
  });
}

/** Stores a rule set for the municipality unless that id and version exist. Returns true when it was inserted. */
export async function installRuleSet(tx: Tx, municipalityId: number, set: RuleSet): Promise<boolean> {
  const existing = await tx
    .select({ id: eligibilityRuleSet.id })
    .from(eligibilityRuleSet)
    .where(and(eq(eligibilityRuleSet.municipalityId, municipalityId), eq(eligibilityRuleSet.id, set.id), eq(eligibilityRuleSet.version, set.version)));
  if (existing.length > 0) return false;
  await tx.insert(eligibilityRuleSet).values({
    municipalityId,
    id: set.id,
    version: set.version,
    effectiveFrom: set.effectiveFrom,
    data: set as unknown as Record<string, unknown>,
  });
  return true;
}
