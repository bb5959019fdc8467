import type { PriorityRuleSet } from '../priority-types.js';
import { DEMO_9999_PRIORITY_V1 } from './demo-9999.js';
import { NABO_9998_PRIORITY_V1 } from './nabo-9998.js';

export { DEMO_9999_PRIORITY_V1, NABO_9998_PRIORITY_V1 };

/** The priority rule sets shipped with Husly, seeded for the demo municipalities; admins edit copies in the database. */
export const BUILT_IN_PRIORITY_RULE_SETS: readonly PriorityRuleSet[] = [DEMO_9999_PRIORITY_V1, NABO_9998_PRIORITY_V1];
