export * from './roles.js';
export * from './municipality.js';
export * from './staff.js';
export * from './audit.js';
export * from './people.js';
export * from './cases.js';
export * from './dwellings.js';
export * from './temporary.js';
