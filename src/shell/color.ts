import type { ColorLevel } from '../render/style.js';

/**
 * How much colour to use. chalk 5 ignores NO_COLOR on a TTY, so attrition decides itself:
 * --no-color, then NO_COLOR, then FORCE_COLOR, then whether a person is looking (TTY, TERM).
 */
export function colorLevel(
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
  allowed: boolean,
): ColorLevel {
  if (!allowed) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '0' || forced === 'false') return 0;
    return forced === '2' ? 2 : forced === '3' ? 3 : 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /256/.test(env.TERM ?? '') ? 2 : 1;
}
