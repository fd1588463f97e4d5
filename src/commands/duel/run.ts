import { isError } from '../../core/coded-error.js';
import { duel, DuelError } from '../../core/duel/duel.js';
import { isoDate } from '../../core/dates.js';
import { duelDocument, renderDuel } from '../../render/duel.js';
import { writeDocument } from '../write-document.js';
import { chartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';
import { givenFlag, usageErrorFrom } from '../core-error.js';
import type { GivenFlags } from '../flag-table.js';
import type { DuelFlags } from './definition.js';

/** Runs the duel, and writes the report, the JSON document or the chart. */
export async function runDuel(flags: DuelFlags, ctx: CommandContext, raw: GivenFlags): Promise<number> {
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
