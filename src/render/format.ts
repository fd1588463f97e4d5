/** The number formats live in the core (check explanations use them); renderers import them from here. */
export { formatFixed, formatNumber, formatPercent } from '../core/format.js';
