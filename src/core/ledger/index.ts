// The ledger of quoted figures: its schema, the figures and dates of its claims, and the reports and points drawn from
// it.
export * from './ledger.js';
export * from './claim-figures.js';
export * from './select-claims.js';
export * from './ledger-points.js';
export * from './ledger-reports.js';
