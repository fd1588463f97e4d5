import type { CheckField } from '../../core/check/run-checks.js';
import type { CheckFlags } from './definition.js';

/** The flags of `check` that give a figure, in the order reports list them. */
export const FIGURE_FLAGS = [
  'force',
  'rate',
  'start',
  'casualties',
  'killed',
  'wounded',
  'asOf',
  'by',
  'within',
] as const satisfies readonly (CheckField & keyof CheckFlags)[];
