export * from './access.js';
export * as cells from './cells.js';
export * from './dwelling.js';
export * from './kinds.js';
export * from './kobo-columns.js';
export * from './kobo-import.js';
export * from './status.js';
export * from './vacancy.js';
