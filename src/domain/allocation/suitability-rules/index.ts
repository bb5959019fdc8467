import type { SuitabilityRuleSet } from '../suitability-types.js';
import { DEMO_9999_SUITABILITY_V1 } from './demo-9999.js';
import { NABO_9998_SUITABILITY_V1 } from './nabo-9998.js';

export { DEMO_9999_SUITABILITY_V1, NABO_9998_SUITABILITY_V1 };

/** The suitability rule sets shipped with Husly, seeded for the demo municipalities; admins edit copies in the database. */
export const BUILT_IN_SUITABILITY_RULE_SETS: readonly SuitabilityRuleSet[] = [DEMO_9999_SUITABILITY_V1, NABO_9998_SUITABILITY_V1];
