/** Offers of a dwelling to a household on the waiting list: deadlines and refusal rules (pure). */
export * from './rules.js';
