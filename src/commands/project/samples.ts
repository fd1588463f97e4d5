import { formatWhole } from '../../core/figures/format.js';
import { parseNumber } from '../../core/parse/numbers.js';
import type { Parsed } from '../../core/parse/parsed.js';
import { MAX_SAMPLES, MIN_SAMPLES, SAMPLES_RULE } from '../../core/projection/montecarlo-types.js';
import { MAX_SEED } from '../../core/projection/random.js';

function parseWhole(text: string, min: number, max: number): Parsed<number> {
  const parsed = parseNumber(text);
  const accepted = `a whole number from ${formatWhole(min)} to ${formatWhole(max)}`;
  if (!parsed.ok) return { ok: false, problem: `is not ${accepted}` };
  if (!(Number.isInteger(parsed.value) && parsed.value >= min && parsed.value <= max))
    return { ok: false, problem: `is not ${accepted}` };
  return parsed;
}

/** --samples: a whole number of scenarios, enough for the percentiles reported. */
export function parseSamples(text: string): Parsed<number> {
  const parsed = parseWhole(text, 1, MAX_SAMPLES);
  if (parsed.ok && parsed.value < MIN_SAMPLES) return { ok: false, problem: `is too few: ${SAMPLES_RULE}` };
  return parsed.ok ? parsed : { ok: false, problem: parsed.problem.replace('from 1 to', 'from 20 to') };
}

/** --seed: a whole number the generator accepts. */
export const parseSeed = (text: string): Parsed<number> => parseWhole(text, 0, MAX_SEED);
