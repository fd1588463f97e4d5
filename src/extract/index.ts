/** Figures out of English news text: pure, no I/O. */
export { extractFigures } from './extract.js';
export { FIGURE_KINDS, QUALIFIERS } from './types.js';
export type { DateRef, DateRelation, ExtractOptions, Figure, FigureKind, Qualifier } from './types.js';
