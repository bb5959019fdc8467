/** Private rental partnerships and refugee settlement: landlords, agreements, lease help, settlement, year figures (pure). */
export * from './landlord.js';
export * from './lease-help.js';
export * from './settlement.js';
