/** Neighbourhood work (bomiljø): access, the neighbour case's state machine, activities and caretaker tasks, building keys (pure). */
export * from './access.js';
export * from './case-status.js';
export * from './activities.js';
export * from './building.js';
