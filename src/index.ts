/** The library API: the same objects `attrition … --json` prints under `result`. */
export { project, ProjectionError, MILESTONE_SHARES } from './core/project.js';
export type { ProjectInput, ProjectResult, Milestone, Point } from './core/project.js';
export type { Range } from './core/parse.js';
export { DEFAULT_START_SOURCE } from './core/baseline.js';
export { sweep } from './core/sweep-input.js';
export type { AxisInput, SweepInput, SweepResult } from './core/sweep-input.js';
export type { SweepRow } from './core/sweep.js';
export { monteCarlo, MonteCarloError } from './core/montecarlo.js';
export type { MonteCarloInput, MonteCarloResult, Quantiles, HistogramBin } from './core/montecarlo.js';
export { fit, FitError, readReports } from './core/fit.js';
export type { Report, FitResult, FittedReport, FitWarning, FitProjection } from './core/fit.js';
