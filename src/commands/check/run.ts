import { DEFAULT_START } from '../../core/projection/baseline.js';
import { check, CheckError, type CheckInput } from '../../core/check/run-checks.js';
import { isoDate } from '../../core/dates.js';
import { DEFAULT_TOLERANCE } from '../../core/figures/verdict.js';
import { EXIT, flagName, UsageError } from '../../errors.js';
import { givenFlag, usageErrorFrom } from '../core-error.js';
import {
  renderAudit,
  renderCheck,
  type AuditDocument,
  type CheckDocument,
  type CheckEcho,
} from '../../render/check.js';
import type { CommandContext } from '../context.js';
import { anyGiven, flagReadings } from '../flag-readings.js';
import { CHECK_FLAGS, FIGURE_FLAGS, type RawCheckFlags } from './flag-names.js';
import type { CheckFlags } from './flags.js';
import { withYears } from './years.js';
import { fitReport } from '../../render/wrap.js';

/** Checks the figures given, a claim written as text, or a ledger; exit 1 when a check is inconsistent. */
export async function runCheck(raw: RawCheckFlags, ctx: CommandContext): Promise<number> {
  const dated = withYears(raw);
  if (raw.published !== undefined) {
    throw new UsageError(
      `--published ${JSON.stringify(raw.published)} resolves the years of a claim's dates; give the claim as ` +
        `text: attrition check "CLAIM" --published DATE`,
    );
  }
  raw = dated.raw;
  const flags: CheckFlags = anyGiven(raw, CHECK_FLAGS) ? (await import('./flags.js')).readCheckFlags(raw) : {};
  const tolerance = flags.tolerance ?? DEFAULT_TOLERANCE;
  if (raw.ledger !== undefined) return runAudit(raw, tolerance, ctx);

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
    force: raw.force ?? null,
    rate: raw.rate ?? null,
    start: isoDate(input.start),
    startIsDefault: flags.start === undefined,
    casualties: raw.casualties ?? null,
    killed: raw.killed ?? null,
    wounded: raw.wounded ?? null,
    asOf: raw.asOf ?? null,
    by: raw.by ?? null,
    within: raw.within ?? null,
    tolerance,
  };
  const readings = [...dated.readings, ...flagReadings(raw, { start: 'day' })];
  if (readings.length > 0) echo.readings = readings;
  const doc: CheckDocument = { schemaVersion: 1, command: 'check', input: echo, result: checkOrExplain(input, raw) };
  ctx.io.stdout.write(
    ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : fitReport(renderCheck(doc, ctx.style, ctx.width), ctx.width),
  );
  return doc.result.verdict === 'inconsistent' ? EXIT.inconsistent : EXIT.ok;
}

async function runAudit(raw: RawCheckFlags, tolerance: number, ctx: CommandContext): Promise<number> {
  const given = FIGURE_FLAGS.filter((f) => raw[f] !== undefined).map(flagName);
  if (given.length > 0) {
    throw new UsageError(
      `--ledger audits a ledger on its own figures; leave out ${given.join(', ')} (only --tolerance and --json ` +
        `go with it)`,
    );
  }
  const [{ loadLedger }, { auditLedger }] = await Promise.all([
    import('../../shell/ledger-file.js'),
    import('../../core/check/audit.js'),
  ]);
  const { ledger, name } = await loadLedger(raw.ledger);
  if (ledger.baseline === undefined) throw new UsageError(noBaseline(name));
  const doc: AuditDocument = {
    schemaVersion: 1,
    command: 'check',
    input: { ledger: name, tolerance },
    result: auditLedger(ledger, tolerance),
  };
  ctx.io.stdout.write(
    ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : fitReport(renderAudit(doc, ctx.style, ctx.width), ctx.width),
  );
  return doc.result.verdict === 'inconsistent' ? EXIT.inconsistent : EXIT.ok;
}

/** Turns figures that allow no check into a usage error naming the flag and its value. */
function checkOrExplain(input: CheckInput, raw: RawCheckFlags) {
  try {
    return check(input);
  } catch (error) {
    if (!(error instanceof CheckError)) throw error;
    throw usageErrorFrom(error, givenFlag(raw));
  }
}

/** A ledger built with claims add has no baseline until it holds a force, a rate and a start day. */
const noBaseline = (name: string): string =>
  `--ledger ${JSON.stringify(name)} has no baseline, and the audit checks every dated count against one; ` +
  'add "baseline": {"force": ID, "rate": ID, "start": ID} naming a force, a rate and a start-day claim';
