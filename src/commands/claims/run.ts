import { selectClaims } from '../../core/ledger/select-claims.js';
import { renderClaims, type ClaimsDocument } from '../../render/claims.js';
import type { CommandContext } from '../context.js';
import { loadLedger } from '../../shell/ledger-file.js';
import { anyGiven } from '../flag-readings.js';
import type { ClaimsFlags } from './flags.js';
import { echo } from '../../core/wording.js';

export type RawClaimsFlags = { claimant?: string; kind?: string; ledger?: string | true; json?: boolean };

/** Lists the ledger's claims, filtered, as a table or one JSON document. */
export async function runClaims(raw: RawClaimsFlags, ctx: CommandContext): Promise<number> {
  // zod reads --kind; the claimant and the ledger are taken as commander gives them.
  const flags: ClaimsFlags = anyGiven(raw, ['kind'])
    ? (await import('./flags.js')).readClaimsFlags(raw)
    : { claimant: raw.claimant, ledger: raw.ledger };
  const { ledger, name } = await loadLedger(flags.ledger);
  const claims = selectClaims(ledger, {
    ...(flags.claimant !== undefined && { claimant: flags.claimant }),
    ...(flags.kind !== undefined && { kind: flags.kind }),
  });
  const doc: ClaimsDocument = {
    schemaVersion: 1,
    command: 'claims',
    input: { ledger: name, claimant: flags.claimant ?? null, kind: flags.kind ?? null },
    result: { claims },
  };
  if (ctx.json) {
    ctx.io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (claims.length === 0) {
    ctx.io.stderr.write(
      `attrition: no claims in ${name} ` +
        `match${flags.claimant ? ` --claimant ${echo(flags.claimant)}` : ''}` +
        `${flags.kind ? ` --kind ${flags.kind}` : ''}\n`,
    );
  } else {
    ctx.io.stdout.write(renderClaims(doc, ctx.style, ctx.width));
  }
  return 0;
}
