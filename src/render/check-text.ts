import type { CheckField, CheckResult } from '../core/check/run-checks.js';
import type { ClaimReading, SetAside, Source } from '../extract/claim.js';
import type { Figure } from '../extract/types.js';
import { checkLines, overallLine, projectsLoss, SCENARIO_LINE, type CheckEcho } from './check.js';
import { statedText, type FigureUnit } from '../core/figures/figure-text.js';
import { parseCount, parsePositive, parseQualified } from '../core/parse/index.js';
import { escapeControls } from '../extract/controls.js';
import { pageLines, type PageEcho } from './page.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';

/** What `attrition check "TEXT"` read: the figures as `check` echoes them, the text, and where each came from. */
export interface TextCheckEcho extends CheckEcho {
  text: string;
  /** The --text file, "-" for standard input; null when the claim was an argument. */
  file: string | null;
  published: string | null;
  /** Present only when --text named a saved web page: its title and stated publication date. */
  page?: PageEcho;
  figures: Figure[];
  sources: ClaimReading['sources'];
  setAside: SetAside[];
}

export interface TextCheckDocument {
  schemaVersion: 1;
  command: 'check';
  input: TextCheckEcho;
  result: CheckResult & { claim: ClaimReading['claim'] };
}

const FIELD_ORDER: readonly [CheckField, string][] = [
  ['force', 'force'],
  ['rate', 'rate'],
  ['casualties', 'casualties'],
  ['killed', 'killed'],
  ['wounded', 'wounded'],
  ['asOf', 'as of'],
  ['by', 'lost by'],
  ['within', 'lost within'],
  ['start', 'start'],
];

const CLAIM_WIDTH = 160;

/** The claim on one line: whitespace folded, a long text cut short. */
function claimLine(text: string): string {
  const folded = escapeControls(text.replace(/\s+/g, ' ').trim());
  return folded.length > CLAIM_WIDTH ? `${folded.slice(0, CLAIM_WIDTH - 1)}…` : folded;
}

const at = (span: [number, number]): string => `at ${span[0]}–${span[1]}`;

const FLAG_UNITS: Partial<Record<CheckField, FigureUnit>> = { force: 'troops', rate: 'per-day', casualties: 'casualties', killed: 'casualties', wounded: 'casualties' };

/** A figure given by flag as the report writes figures (12000 → 12,000); other flags as typed. */
function flagFigure(field: CheckField, text: string): string {
  const unit = FLAG_UNITS[field];
  const parsed = unit === undefined ? undefined : parseQualified(text, field === 'force' || field === 'rate' ? parsePositive : parseCount);
  return parsed?.ok ? statedText(parsed.value, unit!) : text.trim();
}

function sourceCells(field: CheckField, source: Source): [string, string, string] {
  switch (source.from) {
    case 'text':
      return [source.used, 'from the text', `"${escapeControls(source.text)}" ${at(source.span)}${source.note ? `; ${source.note}` : ''}`];
    case 'flag':
      return [flagFigure(field, source.text), `from ${source.flag}`, source.note ?? ''];
    case 'ledger':
      return [source.used, 'from the ledger', `${source.id} (${source.claimant}): ${source.note}`];
    case 'rate':
      return [source.used, 'from the rate', source.note];
  }
}

/** The report for a claim given as text: the claim, where each figure came from, then the checks. */
export function renderTextCheck(doc: TextCheckDocument, style: Style, width = Number.POSITIVE_INFINITY): string {
  const { input, result } = doc;
  const lines = [overallLine(result, style), '', `${style.heading('Claim')}: ${claimLine(input.text)}`];
  if (input.page) lines.push(...pageLines(input.page, input.published));
  const { claim } = result;
  if (claim.kind === 'prediction') {
    const cues = claim.cues.map((c) => `"${c.text}"`).join(', ');
    lines.push(`${style.strong('A prediction')} (${cues}): its arithmetic is checked, not whether it comes true.`);
  }
  const rows = FIELD_ORDER.flatMap(([field, name]) => {
    const source = input.sources[field];
    return source ? [[name, ...sourceCells(field, source)]] : [];
  });
  lines.push('', style.heading('Figures'), ...tableLines(rows, { style: (text, _row, column) => (column === 3 ? style.dim(text) : text) }));
  if (input.setAside.length > 0) {
    lines.push('', style.heading('Set aside'));
    lines.push(...tableLines(input.setAside.map((s) => [`"${escapeControls(s.text)}"`, at(s.span), s.reason])));
  }
  lines.push('', ...checkLines(result, style, width));
  if (projectsLoss(result)) lines.push(SCENARIO_LINE);
  return `${lines.join('\n')}\n`;
}
