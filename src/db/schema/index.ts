export * from './roles.js';
export * from './municipality.js';
export * from './staff.js';
export * from './audit.js';
export * from './people.js';
export * from './cases.js';
