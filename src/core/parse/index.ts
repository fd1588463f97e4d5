// Reading what a user typed: numbers, shares, qualified figures, durations, days, periods, phases and sweep values.
export * from './parsed.js';
export * from './numbers.js';
export * from './ranges.js';
export * from './shares.js';
export * from './qualified.js';
export * from './durations.js';
export * from './days.js';
export * from './periods.js';
export * from './phases.js';
export * from './sweep-values.js';
export * from './flag-kinds.js';
