/** The library API: the same objects `attrition … --json` prints under `result`. */
export { project, ProjectionError, MILESTONE_SHARES } from './core/project.js';
export type { ProjectInput, ProjectResult, Milestone, Point } from './core/project.js';
export type { Range } from './core/parse.js';
export { DEFAULT_START_SOURCE } from './core/baseline.js';
export { extractFigures, FIGURE_KINDS, QUALIFIERS } from './extract/index.js';
export type { DateRef, DateRelation, ExtractOptions, Figure, FigureKind, Qualifier } from './extract/index.js';
