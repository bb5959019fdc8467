import type { RuleSet } from '../types.js';
import { DEMO_9999_V1 } from './demo-9999.js';
import { NABO_9998_V1 } from './nabo-9998.js';

export { DEMO_9999_V1, NABO_9998_V1 };

/** The rule sets shipped with Husly, seeded for the demo municipalities; admins edit copies in the database. */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [DEMO_9999_V1, NABO_9998_V1];
