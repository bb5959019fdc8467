/** Lease rules under husleieloven and the municipality's lease policy; pure (docs/ARCHITECTURE.md). */
export * from './arrears.js';
export * from './charges.js';
export * from './eviction.js';
export * from './inspections.js';
export * from './lease-status.js';
export * from './length-rules.js';
export * from './policy.js';
export * from './rent-adjustment.js';
export * from './signals.js';
export * from './terms.js';
