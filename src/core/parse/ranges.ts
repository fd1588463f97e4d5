import type { Range } from '../figures/range.js';
import { fail, ok, type Parsed } from './parsed.js';

/** One value, or an interval LOW..HIGH whose bounds each pass `single`. */
export function parseRangeOf(text: string, single: (t: string) => Parsed<number>): Parsed<number | Range> {
  const parts = text.split('..');
  if (parts.length === 1) return single(text);
  if (parts.length !== 2) return fail('is not a value or a range LOW..HIGH such as 11000..12000');
  const low = single(parts[0]!);
  if (!low.ok) return fail(`has a low end that ${low.problem}`);
  const high = single(parts[1]!);
  if (!high.ok) return fail(`has a high end that ${high.problem}`);
  if (low.value > high.value) return fail('has its low end above its high end');
  return ok({ low: low.value, high: high.value });
}
