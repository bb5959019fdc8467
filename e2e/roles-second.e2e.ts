import { DEMO_USERS, describeRolePages } from './role-pages.js';

// The second half of the demo users; roles-first.e2e.ts has the first.
describeRolePages(DEMO_USERS.slice(Math.ceil(DEMO_USERS.length / 2)));
