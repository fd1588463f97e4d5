import { auditLedger } from '../../core/check/audit.js';
import { EXIT, flagName, UsageError } from '../../errors.js';
import { renderAudit, type AuditDocument } from '../../render/check.js';
import { wrapReport } from '../../render/wrap.js';
import { loadLedger } from '../../shell/ledger-file.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_TOLERANCE } from '../../core/figures/verdict.js';
import type { CheckFlags } from './definition.js';
import { FIGURE_FLAGS } from './figure-flags.js';
import { echo } from '../../core/wording.js';

/** Audits a ledger (the seeds ledger unless --ledger FILE); exit 1 when a check is inconsistent. */
export async function runLedgerAudit(flags: CheckFlags, ctx: CommandContext): Promise<number> {
  const given = FIGURE_FLAGS.filter((f) => flags[f] !== undefined).map(flagName);
  if (given.length > 0) {
    throw new UsageError(`--ledger audits a ledger alone; leave out ${given.join(', ')} (keep --tolerance, --json)`);
  }
  const tolerance = flags.tolerance ?? DEFAULT_TOLERANCE;
  // Several ledgers serve a claim only: the definition refused them here.
  const { ledger, name } = await loadLedger(Array.isArray(flags.ledger) ? flags.ledger[0] : flags.ledger);
  if (ledger.baseline === undefined) throw new UsageError(noBaseline(name));
  const doc: AuditDocument = {
    schemaVersion: 2,
    command: 'check',
    input: { ledger: name, tolerance },
    result: auditLedger(ledger, tolerance),
  };
  ctx.io.stdout.write(
    ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : wrapReport(renderAudit(doc, ctx.style, ctx.width), ctx.width),
  );
  return doc.result.verdict === 'inconsistent' ? EXIT.inconsistent : EXIT.ok;
}

/** A ledger built with claims add has no baseline until it holds a force, a rate and a start day. */
const noBaseline = (name: string): string => `--ledger ${echo(name)} has no "baseline": {"force", "rate", "start"}`;
