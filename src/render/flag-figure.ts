import type { CheckField } from '../core/check/run-checks.js';
import { statedText, type FigureUnit } from '../core/figures/figure-text.js';
import { parseCount, parsePositive } from '../core/parse/numbers.js';
import { parseQualified } from '../core/parse/qualified.js';

const FLAG_UNITS: Partial<Record<CheckField, FigureUnit>> = {
  force: 'troops',
  rate: 'per-day',
  casualties: 'casualties',
  killed: 'casualties',
  wounded: 'casualties',
};

/**
 * A figure given by flag as reports write figures (12000 → 12,000, "about 92" → about 92 a day); other flags as typed.
 */
export function flagFigure(field: string, text: string): string {
  const unit = FLAG_UNITS[field as CheckField];
  const parsed =
    unit === undefined
      ? undefined
      : parseQualified(text, field === 'force' || field === 'rate' ? parsePositive : parseCount);
  return parsed?.ok ? statedText(parsed.value, unit!) : text.trim();
}
