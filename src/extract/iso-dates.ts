import { dayFromParts } from '../core/dates.js';
import type { Point, PointRead } from './date-mention.js';
import { GLUED, type Token } from './tokens.js';

/** A day written day first with dots, as Ukraine's General Staff writes it: 24.02.2022, 06.12.24. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;

/** Whether a token is a day written with dots, day first: 24.02.22. */
export const isDottedDay = (low: string): boolean => low.includes('.') && DOTTED.test(low);

/** An ISO day in running text (2025-01-16), or one written with dots, day first (24.02.22). */
export function readIso(tokens: Token[], i: number, ceiling: number): PointRead | null {
  const low = tokens[i]?.low ?? '';
  const dotted = low.includes('.') ? DOTTED.exec(low) : null;
  if (dotted) {
    const year = dotted[3]!.length === 2 ? 2000 + Number(dotted[3]) : Number(dotted[3]);
    const value: Point = { part: 'day', year, month: Number(dotted[2]), day: Number(dotted[1]) };
    return dayFromParts(year, value.month, value.day!) === null ? null : { value, last: i + 1, bare: false };
  }
  const [y, d1, m, d2, d] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!y || !d1 || !m || !d2 || !d || i + 4 >= ceiling) return null;
  if (!/^\d{4}$/.test(y.low) || d1.low !== '-' || d2.low !== '-' || !/^\d{2}$/.test(m.low) || !/^\d{2}$/.test(d.low))
    return null;
  if (d1.gap !== GLUED || m.gap !== GLUED || d2.gap !== GLUED || d.gap !== GLUED) return null;
  const value: Point = { part: 'day', year: Number(y.low), month: Number(m.low), day: Number(d.low) };
  if (dayFromParts(value.year!, value.month, value.day!) === null) return null;
  return { value, last: i + 5, bare: false };
}
