import type { Day } from '../dates.js';
import { fail, ok, type Parsed } from './parsed.js';
import { parseCount, parsePositive } from './numbers.js';
import { parseDay } from './days.js';

/** "DATE=VALUE", as in --phase 2025-01-17=15 and --reinforce 2025-02-07=3000. */
function parseDated(
  text: string,
  readValue: (t: string) => Parsed<number>,
  example: string,
): Parsed<{ day: Day; value: number }> {
  const at = text.lastIndexOf('=');
  if (at < 0) return fail(`is not DATE=N, as ${example}`);
  const day = parseDay(text.slice(0, at));
  if (!day.ok) return fail(`has a date that ${day.problem}`);
  const value = readValue(text.slice(at + 1));
  if (!value.ok) return fail(`has a number that ${value.problem}`);
  return ok({ day: day.value, value: value.value });
}

/** --phase DATE=RATE: the rate from that day on; 0 means off the line. */
export function parsePhase(text: string): Parsed<{ from: Day; rate: number }> {
  const parsed = parseDated(text, parseCount, '2025-01-17=15');
  return parsed.ok ? ok({ from: parsed.value.day, rate: parsed.value.value }) : parsed;
}

/** --reinforce DATE=N: N troops join on that day. */
export function parseReinforcement(text: string): Parsed<{ on: Day; troops: number }> {
  const parsed = parseDated(text, parsePositive, '2025-02-07=3000');
  return parsed.ok ? ok({ on: parsed.value.day, troops: parsed.value.value }) : parsed;
}
