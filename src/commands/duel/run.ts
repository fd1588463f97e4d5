import { isError } from '../../core/coded-error.js';
import * as z from 'zod/mini';
import { duel, DuelError } from '../../core/duel/duel.js';
import { parseLaw } from '../../core/duel/laws.js';
import { parseCoefficient, parseDuelDays, parseNames } from '../../core/duel/parse.js';
import { isoDate } from '../../core/dates.js';
import { parseDayFlag } from '../flag-kinds.js';
import { parsePositive } from '../../core/parse/numbers.js';
import { parseReinforcement } from '../../core/parse/phases.js';
import { parseShare } from '../../core/parse/shares.js';
import { duelDocument, renderDuel } from '../../render/duel.js';
import { writeDocument } from '../write-document.js';
import { chartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';
import { givenFlag, usageErrorFrom } from '../core-error.js';
import { flagValue, required, validateGiven } from '../validate.js';

const duelFlags = {
  x: required(() => flagValue(parsePositive, "is required: give the first side's troops, such as --x 54000")),
  y: required(() => flagValue(parsePositive, "is required: give the second side's troops, such as --y 21500")),
  a: required(() =>
    flagValue(parseCoefficient, "is required: give the second side's effectiveness, such as --a 0.0544"),
  ),
  b: required(() =>
    flagValue(parseCoefficient, "is required: give the first side's effectiveness, such as --b 0.0106"),
  ),
  law: () => z.optional(flagValue(parseLaw)),
  start: required(() => flagValue(parseDayFlag, 'is required: give day 1 of the battle, such as --start 1945-02-19')),
  days: () => z.optional(flagValue(parseDuelDays)),
  threshold: () => z.optional(flagValue(parseShare)),
  reinforceX: () => z.optional(z.array(flagValue(parseReinforcement))),
  reinforceY: () => z.optional(z.array(flagValue(parseReinforcement))),
  names: () => z.optional(flagValue(parseNames)),
  json: () => z.optional(z.boolean()),
  chart: () => z.optional(z.boolean()),
  svg: () => z.optional(z.string()),
};

/** Validates the flags, runs the duel, and writes the report, the JSON document or the chart. */
export async function runDuel(raw: Record<string, unknown>, ctx: CommandContext): Promise<number> {
  const flags = validateGiven(duelFlags, raw);
  const chart = chartRequest(raw, ctx.json);
  let result: ReturnType<typeof duel>;
  try {
    result = duel({
      x: flags.x,
      y: flags.y,
      a: flags.a,
      b: flags.b,
      ...(flags.law && { law: flags.law }),
      start: isoDate(flags.start),
      ...(flags.days !== undefined && { days: flags.days }),
      ...(flags.threshold !== undefined && { threshold: flags.threshold }),
      reinforcements: {
        x: (flags.reinforceX ?? []).map((r) => ({ on: isoDate(r.on), troops: r.troops })),
        y: (flags.reinforceY ?? []).map((r) => ({ on: isoDate(r.on), troops: r.troops })),
      },
      ...(flags.names && { names: flags.names }),
    });
  } catch (error) {
    if (isError(error, DuelError)) throw usageErrorFrom(error, givenFlag(raw));
    throw error;
  }
  const doc = duelDocument(result);
  if (chart) {
    const [{ duelChart }, { writeChart }] = await Promise.all([
      import('../../render/chart/duel-chart.js'),
      import('../chart-output.js'),
    ]);
    return writeChart(duelChart(result), doc, renderDuel, chart, ctx);
  }
  return writeDocument(doc, renderDuel, ctx);
}
