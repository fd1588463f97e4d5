import { fitLines } from './wrap.js';
import type { SkippedFigure } from '../extract/add-claims.js';
import { claimFigureText, claimWhenText } from '../core/ledger/claim-figures.js';
import type { Claim, Ledger } from '../core/ledger/ledger.js';
import { cut, pageLines, type PageEcho } from './page.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';

export interface ClaimsAddDocument {
  schemaVersion: 1;
  command: 'claims add';
  input: {
    file: string;
    ledger: string;
    /** The file as the ledger's claims name it: its path from the ledger's folder. */
    document: string;
    claimant: string;
    /** The publication day given to the claims: --published, else the page's own. */
    published: string | null;
    subject: string | null;
    /** Present only when FILE was a web page. */
    page?: PageEcho;
  };
  result: {
    /** Whether the ledger file was created by this run. */
    created: boolean;
    /** Whether the ledger file was written (not when nothing was added). */
    written: boolean;
    added: Claim[];
    skipped: SkippedFigure[];
    /** The ledger's subject, as written in the file. */
    ledgerSubject: string;
    baseline: Ledger['baseline'] | null;
    baselineSet: boolean;
  };
}

const ALREADY = 'already in the ledger';

/** The answer (how many added, how many already there), the claims added, what was set aside, and the baseline. */
export function renderClaimsAdd(doc: ClaimsAddDocument, style: Style, width: number): string {
  const { input, result } = doc;
  const present = result.skipped.filter((s) => s.reason === ALREADY).length;
  const aside = result.skipped.filter((s) => s.reason !== ALREADY);
  const action = result.created
    ? `created ${input.ledger}`
    : result.written
      ? `updated ${input.ledger}`
      : `${input.ledger} unchanged`;
  const lines = [style.heading(`${result.added.length} added, ${present} already present; ${action}`)];
  if (input.page) lines.push(...fitLines(pageLines(input.page, input.published), width));
  lines.push(`Source: ${input.document}`, `Claimant: ${input.claimant}; published: ${input.published ?? 'not known'}`);
  if (result.created) lines.push(`New ledger's subject: ${subject(doc)}`);
  if (result.added.length > 0) {
    lines.push('', style.heading('Added'));
    lines.push(...tableLines(result.added.map((c) => [c.id, c.kind, claimFigureText(c), claimWhenText(c)])));
  }
  if (aside.length > 0) {
    lines.push('', style.heading('Set aside'));
    lines.push(...tableLines(aside.map((s) => [`"${s.text}"`, `at ${s.span[0]}–${s.span[1]}`, style.dim(s.reason)])));
  }
  lines.push('', ...baselineLines(doc));
  return `${lines.join('\n')}\n`;
}

const subject = ({ input, result }: ClaimsAddDocument): string =>
  input.subject ?? `${cut(result.ledgerSubject, 50)} (--subject names it)`;

function baselineLines({ result }: ClaimsAddDocument): string[] {
  const b = result.baseline;
  if (!b) return ['No baseline yet: check --ledger needs a force, a rate and a start day in the ledger.'];
  const heading = result.baselineSet ? 'Baseline set (the audit checks every dated count against it)' : 'Baseline';
  return [
    `${heading}:`,
    ...tableLines([
      ['force', b.force],
      ['rate', b.rate],
      ['start', b.start],
    ]),
  ];
}
