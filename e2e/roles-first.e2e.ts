import { DEMO_USERS, describeRolePages } from './role-pages.js';

// The first half of the demo users; roles-second.e2e.ts has the rest.
describeRolePages(DEMO_USERS.slice(0, Math.ceil(DEMO_USERS.length / 2)));
