import { EXIT } from '../../errors.js';
import { echo } from '../../core/wording.js';
import { writeDocument } from '../write-document.js';
import { selectClaims } from '../../core/ledger/select-claims.js';
import { renderClaims, type ClaimsDocument } from '../../render/claims.js';
import type { CommandContext } from '../context.js';
import { loadLedger } from '../../shell/ledger-file.js';
import type { ClaimsFlags } from './definition.js';

/** Lists the ledger's claims, filtered, as a table or one JSON document. */
export async function runClaims(flags: ClaimsFlags, ctx: CommandContext): Promise<number> {
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
  if (!ctx.json && claims.length === 0) {
    ctx.io.stderr.write(
      `attrition: no claims in ${name} ` +
        `match${flags.claimant ? ` --claimant ${echo(flags.claimant)}` : ''}` +
        `${flags.kind ? ` --kind ${flags.kind}` : ''}\n`,
    );
    return EXIT.ok;
  }
  return writeDocument(doc, renderClaims, ctx);
}
