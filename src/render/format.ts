/** The number formats live in the core (check explanations use them); renderers import them from here. */
export { formatAmount, formatFixed, formatNumber, formatPercent } from '../core/format.js';
