// Dated series of cumulative counts: reading them from CSV and fitting a daily rate, with its t-distribution intervals.
export * from './csv.js';
export * from './fit.js';
export * from './tdist.js';
