import { claimFigureText, claimWhenText } from '../core/ledger/claim-figures.js';
import type { Claim } from '../core/ledger/ledger.js';
import { escapeControls } from '../extract/controls.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';
import { visibleLength, wrap } from './wrap.js';

export interface ClaimsDocument {
  schemaVersion: 1;
  command: 'claims';
  input: { ledger: string; claimant: string | null; kind: string | null };
  result: { claims: Claim[] };
}

/**
 * The ledger as a table: one claim a line, with its figure, the date it refers to, and its source.
 * Where that is wider than `width`, each claim takes two lines: its figure, then the date it refers
 * to, who said it and where, indented under it.
 */
export function renderClaims(doc: ClaimsDocument, style: Style, width: number): string {
  const strong = (text: string, row: number) => (row === 0 ? style.strong(text) : text);
  // A ledger is untrusted text: its control characters are shown escaped.
  const cells = doc.result.claims.map((c) =>
    [c.id, c.kind, claimFigureText(c), claimWhenText(c), c.claimant, c.source.document].map(escapeControls),
  );
  const wide = tableLines([['id', 'kind', 'figure', 'refers to', 'claimant', 'source'], ...cells], { style: strong });
  if (Math.max(...wide.map(visibleLength)) <= width) return `${wide.join('\n')}\n`;
  const [header, ...rows] = tableLines([['id', 'kind', 'figure'], ...cells.map((c) => c.slice(0, 3))], {
    style: strong,
  });
  const detail = ([, , , when, claimant, source]: string[]) => [when, claimant, source].filter(Boolean).join('; ');
  const lines = [header!, ...rows.flatMap((row, i) => [row, ...wrap(detail(cells[i]!), width, '      ')])];
  return `${lines.join('\n')}\n`;
}
