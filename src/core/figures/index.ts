// Figures as stated and computed: ranges, qualified amounts, interval arithmetic, verdicts and how figures are written.
export * from './range.js';
export * from './amount.js';
export * from './vocabulary.js';
export * from './verdict.js';
export * from './format.js';
export * from './figure-text.js';
