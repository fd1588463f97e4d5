/** The library API: the same objects `attrition … --json` prints under `result`. */
export { project, ProjectionError, MILESTONE_SHARES } from './core/project.js';
export type { ProjectInput, ProjectResult, Milestone, Point } from './core/project.js';
export type { Range } from './core/parse.js';
export { DEFAULT_START_SOURCE } from './core/baseline.js';
export { check, CheckError } from './core/check.js';
export type { CheckInput, CheckResult } from './core/check.js';
export type { CheckRow, Figure } from './core/checks.js';
export { auditLedger } from './core/audit.js';
export type { AuditResult, AuditRow, ClaimRef } from './core/audit.js';
export { parseLedger, ledgerSchema, ledgerJsonSchema } from './core/ledger.js';
export type { Ledger, Claim } from './core/ledger.js';
export { selectClaims } from './core/claims.js';
export { CLAIM_KINDS, QUALIFIERS } from './core/kinds.js';
export type { ClaimKind, Qualifier } from './core/kinds.js';
export { parseQualified, parseDuration, parseWindow } from './core/parse.js';
export type { Stated } from './core/amount.js';
