import { claimFigureText, claimWhenText } from '../core/ledger/claim-figures.js';
import type { Claim } from '../core/ledger/ledger.js';
import { escapeControls } from '../extract/controls.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';

export interface ClaimsDocument {
  schemaVersion: 1;
  command: 'claims';
  input: { ledger: string; claimant: string | null; kind: string | null };
  result: { claims: Claim[] };
}

/** The ledger as a table: one claim a line, with its figure, the date it refers to, and its source. */
export function renderClaims(doc: ClaimsDocument, style: Style): string {
  const header = ['id', 'kind', 'claimant', 'figure', 'refers to', 'source'];
  // A ledger is untrusted text: its control characters are shown escaped.
  const rows = doc.result.claims.map((c) =>
    [c.id, c.kind, c.claimant, claimFigureText(c), claimWhenText(c), c.source.document].map(escapeControls),
  );
  const lines = tableLines([header, ...rows], { style: (text, row) => (row === 0 ? style.strong(text) : text) });
  return `${lines.join('\n')}\n`;
}
