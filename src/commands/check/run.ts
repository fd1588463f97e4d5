import { isError } from '../../core/coded-error.js';
import { DEFAULT_START } from '../../core/projection/baseline.js';
import { check, CheckError, type CheckInput } from '../../core/check/run-checks.js';
import { isoDate } from '../../core/dates.js';
import { EXIT } from '../../errors.js';
import { givenFlag, usageErrorFrom } from '../core-error.js';
import { amountEcho, renderCheck, type CheckDocument, type CheckEcho } from '../../render/check.js';
import type { CommandContext } from '../context.js';
import { flagReadings } from '../flag-readings.js';
import type { CheckFlags, CheckGiven } from './definition.js';
import { withYears } from './years.js';
import { DEFAULT_TOLERANCE } from '../../core/figures/verdict.js';
import { wrapReport } from '../../render/wrap.js';

/** Checks the figures given; exit 1 when a check is inconsistent. */
export async function runCheck(flags: CheckFlags, ctx: CommandContext, given: CheckGiven): Promise<number> {
  // The texts as given, with the year a period without one was read with.
  const dated = withYears(given);
  const raw = dated.raw;
  const tolerance = flags.tolerance ?? DEFAULT_TOLERANCE;

  const input: CheckInput = {
    ...(flags.force && { force: flags.force }),
    ...(flags.rate && { rate: flags.rate }),
    start: flags.start ?? DEFAULT_START,
    ...(flags.casualties && { casualties: flags.casualties }),
    ...(flags.killed && { killed: flags.killed }),
    ...(flags.wounded && { wounded: flags.wounded }),
    ...(flags.asOf && { asOf: flags.asOf, asOfText: raw.asOf!.trim() }),
    ...(flags.by && { by: flags.by, byText: raw.by!.trim() }),
    ...(flags.within && { within: flags.within, withinText: raw.within!.trim() }),
    tolerance,
  };
  const echo: CheckEcho = {
    force: amountEcho(flags.force),
    rate: amountEcho(flags.rate),
    start: isoDate(input.start),
    startIsDefault: flags.start === undefined,
    casualties: amountEcho(flags.casualties),
    killed: amountEcho(flags.killed),
    wounded: amountEcho(flags.wounded),
    givenAs: {
      force: raw.force ?? null,
      rate: raw.rate ?? null,
      casualties: raw.casualties ?? null,
      killed: raw.killed ?? null,
      wounded: raw.wounded ?? null,
    },
    asOf: raw.asOf ?? null,
    by: raw.by ?? null,
    within: raw.within ?? null,
    tolerance,
  };
  const readings = [...dated.readings, ...flagReadings(raw, { start: 'day' })];
  if (readings.length > 0) echo.readings = readings;
  const doc: CheckDocument = { schemaVersion: 3, command: 'check', input: echo, result: checkOrExplain(input, raw) };
  ctx.io.stdout.write(
    ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : wrapReport(renderCheck(doc, ctx.style, ctx.width), ctx.width),
  );
  return doc.result.verdict === 'inconsistent' ? EXIT.inconsistent : EXIT.ok;
}

/** Turns figures that allow no check into a usage error naming the flag and its value. */
function checkOrExplain(input: CheckInput, raw: CheckGiven) {
  try {
    return check(input);
  } catch (error) {
    if (!isError(error, CheckError)) throw error;
    throw usageErrorFrom(error, givenFlag(raw));
  }
}
