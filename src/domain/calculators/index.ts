/** Calculators for startlån affordability and the bostøtte estimate (docs/domain.md §§ 8, 10.3). Pure. */
export * from './annuity.js';
export * from './bostotte.js';
export * from './bostotte-parameters.js';
export * from './parameters.js';
export * from './startlan.js';
export * from './startlan-parameters.js';
export * from './texts.js';
