/** Figures out of English news text: pure, no I/O. */
export { extractFigures } from './extract.js';
export { escapeControls, maskControls } from './controls.js';
export { FIGURE_KINDS, FIGURE_QUALIFIERS } from './types.js';
export type {
  CountPeriod,
  DateRef,
  DateRelation,
  ExtractOptions,
  Figure,
  FigureKind,
  FigureQualifier,
  ShareKind,
} from './types.js';
