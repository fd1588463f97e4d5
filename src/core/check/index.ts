// Checks of stated figures against each other: the rows of attrition check, the ledger audit and historical context.
export * from './history.js';
export * from './check-rows.js';
export * from './date-rows.js';
export * from './figure-rows.js';
export * from './run-checks.js';
export * from './audit.js';
