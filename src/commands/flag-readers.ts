import * as z from 'zod/mini';
import type { Parsed } from '../core/parse/parsed.js';
import { parseCount, parsePositive } from '../core/parse/numbers.js';
import { parseDay } from '../core/parse/days.js';
import { parseShare } from '../core/parse/shares.js';
import { flagName, UsageError } from '../errors.js';
import { BACKTEST_FORMATS } from '../render/backtest.js';
import { parseKind } from '../core/ledger/select-claims.js';
import { parseLaw } from '../core/duel/laws.js';
import { parseCoefficient, parseDuelDays, parseNames, parseTroops } from '../core/duel/parse.js';
import { parseReinforcement } from '../core/parse/phases.js';
import { modelSchema, SCENARIO_READERS } from './scenario/schema.js';
import { parseRangeOf } from '../core/parse/ranges.js';
import { AXIS_READERS } from '../core/projection/sweep-input.js';
import type { Axis } from '../core/projection/sweep.js';
import { SWEEP_FORMATS } from '../render/sweep.js';
import { DISTRIBUTIONS } from '../core/projection/montecarlo-types.js';
import { parseSamples, parseSeed } from './project/samples.js';
import { parseDuration } from '../core/parse/durations.js';
import { parseQualified } from '../core/parse/qualified.js';
import { parseCountOrRangeFlag, parseDayFlag, parsePositiveOrRangeFlag, parseWindowFlag } from './flag-kinds.js';
import type { FlagTable, GivenFlags } from './flag-table.js';
import { parseHorizons, parseLevel, parseWindowDays } from './series-readers.js';
import { flagValue, validateFlags } from './validate.js';

/** "a, b or c". */
const list = (values: readonly string[]): string =>
  values.length === 1 ? values[0]! : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

/** One of a few words: a bad value is `"TEXT" is not NOUN; expected A, B or C`. */
const choice = <const V extends readonly [string, ...string[]]>(values: V, noun: string) =>
  z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is not ${noun}; expected ${list(values)}` });

/**
 * What a flag table's `read` builds schemas from: one entry per kind of value, so a flag of a kind
 * accepts the same forms in every command. This module, and zod with it, is loaded only when a run
 * gives a flag that has a reader.
 */
export const READERS = {
  /** Text read by a parser of the core: a bad value is `"TEXT" PROBLEM`. */
  value: <T>(read: (text: string) => Parsed<T>) => flagValue(read),
  /** Text as given. */
  text: () => z.string(),
  /** Text with something in it other than spaces; `give` completes "… is empty; give …". */
  nonEmpty: (give: string) =>
    z.string().check(
      z.refine((text) => text.trim() !== '', {
        error: (issue) => `${JSON.stringify(issue.input)} is empty; give ${give}`,
      }),
    ),
  choice,
  positive: () => flagValue(parsePositive),
  count: () => flagValue(parseCount),
  share: () => flagValue(parseShare),
  day: () => flagValue(parseDay),
  /** A day, or a period at its middle day. */
  dayOrPeriod: () => flagValue(parseDayFlag),
  positiveOrRange: () => flagValue(parsePositiveOrRangeFlag),
  countOrRange: () => flagValue(parseCountOrRangeFlag),
  windowDays: () => flagValue(parseWindowDays),
  horizons: () => flagValue(parseHorizons),
  level: () => flagValue(parseLevel),
  /** Text with something in it other than spaces; `give` completes "… must not be empty; give …". */
  filled: (give: string) => z.string().check(z.refine((text) => text.trim() !== '', `must not be empty; give ${give}`)),
  /** Text with something in it other than spaces; `what` completes "… must name …". */
  named: (what: string) => z.string().check(z.refine((text) => text.trim() !== '', { error: `must name ${what}` })),
  /** A figure as quoted, with its qualifier: about 92, at least 1100, up to 5000, 80..90. */
  quotedPositive: () => flagValue((text: string) => parseQualified(text, parsePositive)),
  quotedCount: () => flagValue((text: string) => parseQualified(text, parseCount)),
  /** A day or a period, as the days it spans. */
  window: () => flagValue(parseWindowFlag),
  /** A span of time: 12 weeks, two months, 90 days. */
  duration: () => flagValue(parseDuration),
  /** A ledger file to write: not empty, not stdin. */
  ledgerFile: () =>
    z.string().check(z.refine((s) => s.trim() !== '' && s !== '-', 'must name a ledger file, such as my-ledger.json')),
  backtestFormat: () => choice(BACKTEST_FORMATS, 'a format'),
  claimKind: () => flagValue(parseKind),
  coefficient: () => flagValue(parseCoefficient),
  law: () => flagValue(parseLaw),
  duelDays: () => flagValue(parseDuelDays),
  reinforcement: () => flagValue(parseReinforcement),
  names: () => flagValue(parseNames),
  troops: () => flagValue(parseTroops),
  phase: () => flagValue(SCENARIO_READERS.phase),
  returnToDuty: () => flagValue(SCENARIO_READERS.returnToDuty),
  killedShare: () => flagValue(SCENARIO_READERS.killedShare),
  model: () => modelSchema(),
  horizon: () => flagValue(SCENARIO_READERS.horizon),
  scenarioDay: () => flagValue(SCENARIO_READERS.on),
  /** A day or a range of days (Monte Carlo draws the start from it). */
  dayRange: () => flagValue((text: string) => parseRangeOf(text, parseDayFlag)),
  samples: () => flagValue(parseSamples),
  seed: () => flagValue(parseSeed),
  distribution: () => choice(DISTRIBUTIONS, 'a distribution'),
  /** One value, a list or stepped range of an axis of a sweep. */
  axis: (axis: Axis) => flagValue(AXIS_READERS[axis]),
  sweepFormat: () => choice(SWEEP_FORMATS, 'a format'),
  /** A column of a file: not empty. */
  column: () => z.string().check(z.minLength(1, 'is empty; give a column name of the file')),
};

/**
 * Reads the flags a run gave against their table, in the table's order: each given flag with a
 * reader through its schema, each required one missing refused with its message; the others are
 * taken as given. The first problem is one line naming the flag.
 */
export function readGiven(table: FlagTable, given: GivenFlags, mode?: string): Record<string, unknown> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, spec] of Object.entries(table)) {
    if (given[key] === undefined) {
      if (spec.required === undefined) continue;
      validateFlags(z.object(shape), given);
      throw new UsageError(`${flagName(key)} ${spec.required}`);
    }
    if (spec.read === undefined) continue;
    const schema = spec.read(READERS, mode);
    shape[key] = spec.repeatable === true ? z.array(schema) : schema;
  }
  return { ...given, ...validateFlags(z.object(shape), given) };
}
