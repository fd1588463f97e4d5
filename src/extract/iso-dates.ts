import { dayFromParts } from '../core/dates.js';
import type { Point, PointRead } from './date-mention.js';
import { GLUED, type Token } from './tokens.js';

/** A day written day first with dots, as Ukraine's General Staff writes it: 24.02.2022, 06.12.24. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;

/** "as of 18.11", "on 05.03": a day and month with dots, only after a word that asks for a day. */
const DOTTED_NO_YEAR = /^(\d{1,2})\.(\d{2})$/;
const DAY_ASKED = new Set(['on', 'since', 'by', 'until', 'till', 'through', 'from']);
/** What a number with one dot is when it is no day: "by 1.25 million", "on 12.50 %". */
const NOT_A_DAY_AFTER = /^(million|mln|m|billion|bn|thousand|k|%|per|percent|times|a|an)$/;

const dayAsked = (tokens: Token[], i: number): boolean => {
  const previous = tokens[i - 1]?.low ?? '';
  return DAY_ASKED.has(previous) || (previous === 'of' && tokens[i - 2]?.low === 'as');
};

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
  const short = low.includes('.') && dayAsked(tokens, i) ? DOTTED_NO_YEAR.exec(low) : null;
  if (short) {
    const value: Point = { part: 'day', month: Number(short[2]), day: Number(short[1]) };
    const after = tokens[i + 1];
    if (after && i + 1 < ceiling && NOT_A_DAY_AFTER.test(after.low)) return null;
    return dayFromParts(2024, value.month, value.day!) === null ? null : { value, last: i + 1, bare: false };
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
