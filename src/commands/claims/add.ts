import { writeDocument } from '../write-document.js';
import { echo } from '../../core/wording.js';
import { isoDate } from '../../core/dates.js';
import { addClaims, emptyLedger } from '../../extract/add-claims.js';
import { UsageError } from '../../errors.js';
import { extractFigures } from '../../extract/extract.js';
import { renderClaimsAdd, type ClaimsAddDocument } from '../../render/claims-add.js';
import { pageEcho } from '../../render/page.js';
import { documentName, loadLedgerIfAny, withLedgerLock, writeLedgerAtomically } from '../../shell/ledger-write.js';
import { readDocumentArgument } from '../../shell/read-document.js';
import type { CommandContext } from '../context.js';
import type { ClaimsAddFlags } from './add-definition.js';

const FILE_NEEDED = 'claims add needs FILE, a text file or a web page: claims add page.html --ledger L';

/** Adds a file's figures to a ledger of one's own, creating it when missing; reports what was added. */
export async function runClaimsAdd(flags: ClaimsAddFlags, ctx: CommandContext): Promise<number> {
  const file = flags.operands?.[0];
  if (file === undefined) throw new UsageError(FILE_NEEDED);
  if (file === '-')
    throw new UsageError('FILE "-": claims add needs a file (each claim names its file), not piped text');
  const { text, page } = await readDocumentArgument(file, ctx.io, {
    name: 'FILE',
    accepts: 'a text file or a web page',
    instead: FILE_NEEDED,
  });
  const published = flags.published ?? page?.published ?? undefined;
  const figures = extractFigures(text, published === undefined ? {} : { published });
  const document = documentName(file, flags.ledger);
  const claimant = flags.claimant?.trim() ?? 'unknown';
  const subject = flags.subject?.trim();
  // Read, added to and written under the ledger's lock: runs adding to one ledger at once take turns.
  const { existing, outcome } = await withLedgerLock(flags.ledger, async () => {
    const existing = await loadLedgerIfAny(flags.ledger);
    const start = existing ?? emptyLedger(subject ?? page?.title ?? `the figures in ${document}`);
    const outcome = addClaims(start, figures, {
      document,
      claimant,
      ...(published !== undefined && { published }),
      ...(subject !== undefined && { subject }),
    });
    if (existing === null && outcome.added.length === 0) {
      throw new UsageError(`FILE ${echo(file)} has no figure for a ledger; none is created`);
    }
    if (outcome.added.length > 0) await writeLedgerAtomically(flags.ledger, outcome.ledger);
    return { existing, outcome };
  });
  const doc: ClaimsAddDocument = {
    schemaVersion: 1,
    command: 'claims add',
    input: {
      file,
      ledger: flags.ledger,
      document,
      claimant,
      published: published === undefined ? null : isoDate(published),
      subject: subject ?? null,
      ...(page && { page: pageEcho(page) }),
    },
    result: {
      created: existing === null,
      written: outcome.added.length > 0,
      added: outcome.added,
      skipped: outcome.skipped,
      ledgerSubject: outcome.ledger.subject,
      baseline: outcome.ledger.baseline ?? null,
      baselineSet: outcome.baselineSet,
    },
  };
  return writeDocument(doc, renderClaimsAdd, ctx);
}
