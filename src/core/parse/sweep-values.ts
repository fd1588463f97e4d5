import { fail, ok, type Parsed } from './parsed.js';
import { parsePositive } from './numbers.js';
import { parseRangeOf } from './ranges.js';
import { echo } from '../wording.js';

/**
 * The values a sweep runs over: a list as given, or a stepped range LOW..HIGH:STEP held as whole
 * units of 10^-decimals, so that value i is (lowUnits + i × stepUnits) / scale, exact and free of
 * drift however many steps are taken (0.1 steps from 50 to 150 give exactly 1,001 values).
 */
export type Values =
  | { kind: 'list'; count: number; list: number[] }
  | {
      kind: 'steps';
      count: number;
      low: number;
      high: number;
      step: number;
      lowUnits: number;
      stepUnits: number;
      scale: number;
    };

export function valueAt(values: Values, index: number): number {
  return values.kind === 'list' ? values.list[index]! : (values.lowUnits + index * values.stepUnits) / values.scale;
}

export const oneValue = (value: number): Values => ({ kind: 'list', count: 1, list: [value] });

/** The fewest decimal places that write `x` exactly (0.1 → 1, 50 → 0), or undefined past 15. */
export function decimalsOf(x: number): number | undefined {
  for (let d = 0, scale = 1; d <= 15; d++, scale *= 10) {
    if (Math.round(x * scale) / scale === x) return d;
  }
  return undefined;
}

export const STEP_FORMS = 'a list such as 80, 92 or steps 60..120:10';

/**
 * A list `80,92,100` or a stepped range `LOW..HIGH:STEP`, each value read by `read`, the step by
 * `readStep`. A comma may also group thousands (12,000): text that reads both as one number and as a
 * list (100,200,300) is refused as ambiguous rather than guessed at.
 */
export function parseValues(
  text: string,
  read: (t: string) => Parsed<number>,
  readStep: (t: string) => Parsed<number> = parsePositive,
): Parsed<Values> {
  const colon = text.lastIndexOf(':');
  if (text.includes('..') && colon > text.indexOf('..'))
    return parseSteps(text.slice(0, colon), text.slice(colon + 1), read, readStep);
  if (text.includes('..')) return fail(`is a range without a step, such as 60..120:10`);
  const list = parseList(text, read);
  return list.ok ? ok({ kind: 'list', count: list.value.length, list: list.value }) : list;
}

function parseList(text: string, read: (t: string) => Parsed<number>): Parsed<number[]> {
  const items = text.split(',').map((item) => item.trim());
  const whole = read(text);
  if (items.length === 1) return whole.ok ? ok([whole.value]) : whole;
  const each = items.map(read);
  const bad = each.findIndex((p) => !p.ok);
  if (bad === -1) {
    if (!whole.ok) return ok(each.map((p) => (p as { value: number }).value));
    return fail(`is ambiguous: write ${whole.value}, or ${items.join(', ')} for a list`);
  }
  if (whole.ok) return ok([whole.value]);
  const problem = (each[bad] as { problem: string }).problem;
  return items[bad] === ''
    ? fail(`has an empty item; expected ${STEP_FORMS}`)
    : fail(`has an item ${echo(items[bad])} that ${problem}`);
}

const MAX_UNITS = 2 ** 53;

function parseSteps(
  range: string,
  stepText: string,
  read: (t: string) => Parsed<number>,
  readStep: (t: string) => Parsed<number>,
): Parsed<Values> {
  const bounds = parseRangeOf(range, read);
  if (!bounds.ok) return bounds;
  if (typeof bounds.value === 'number') return fail(`is not ${STEP_FORMS}`);
  const step = readStep(stepText);
  if (!step.ok) return fail(`has a step that ${step.problem}`);
  if (!(step.value > 0)) return fail('has a step that must be above zero');
  const { low, high } = bounds.value;
  const decimals = Math.max(...[low, high, step.value].map((x) => decimalsOf(x) ?? Infinity));
  const scale = 10 ** decimals;
  const [lowUnits, highUnits, stepUnits] = [low, high, step.value].map((x) => Math.round(x * scale)) as [
    number,
    number,
    number,
  ];
  if (!Number.isFinite(scale) || Math.max(Math.abs(lowUnits), Math.abs(highUnits)) >= MAX_UNITS) {
    return fail('has more significant digits than a stepped range can count exactly; use fewer decimal places');
  }
  const count = Math.floor((highUnits - lowUnits) / stepUnits) + 1;
  return ok({ kind: 'steps', count, low, high, step: step.value, lowUnits, stepUnits, scale });
}
