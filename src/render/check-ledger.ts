import type { CheckRow } from '../core/check/check-rows.js';
import type { FigureVerdict } from '../core/check/against-ledger/types.js';
import { deviationText, statedText } from '../core/figures/figure-text.js';
import { TENSION_FACTOR, type Verdict } from '../core/figures/verdict.js';
import { formatPercent } from '../core/figures/format.js';
import type { ClaimCheckResult } from '../extract/check-claim.js';
import { projectsLoss, SCENARIO_LINE } from './check.js';
import type { TextCheckEcho } from './check-text.js';
import { wrapWords } from './chart/wrap.js';
import { fitLines } from './wrap.js';
import { impossibleDateLines } from './extract.js';
import { escapeControls } from '../extract/controls.js';
import { flagFigure } from './flag-figure.js';
import { pageLines } from './page.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';

/**
 * The report of a claim checked against a ledger: the verdict, each figure's comparisons, the claim's own arithmetic,
 * the assumptions.
 */

export interface LedgerTextCheckDocument {
  schemaVersion: 1;
  command: 'check';
  input: TextCheckEcho & { ledger: string };
  result: ClaimCheckResult;
}

const WIDTH = 100;
const INDENT = '      ';

// Claims and ledgers are untrusted text: every piece of them is shown with its control characters escaped.
const wrapped = (text: string, style: (s: string) => string = (s) => s, width = WIDTH): string[] =>
  wrapWords(escapeControls(text.replace(/\s+/g, ' ').trim()), width - INDENT.length).map(
    (line) => `${INDENT}${style(line)}`,
  );

function verdictWord(verdict: Verdict | CheckRow['verdict'], style: Style, text: string = verdict): string {
  if (verdict === 'consistent') return style.good(text);
  if (verdict === 'tension') return style.warn(text);
  if (verdict === 'inconsistent') return style.bad(text);
  return style.dim(text);
}

/** One row per comparison (verdict, what, deviation), its arithmetic and explanation wrapped beneath. */
export function comparisonBlocks(rows: readonly CheckRow[], style: Style, width = WIDTH): string[] {
  const titles = rows.map((r) => escapeControls(r.title.length > 62 ? `${r.title.slice(0, 61)}…` : r.title));
  const lines = tableLines(
    rows.map((row, i) => [row.verdict, titles[i]!, row.deviation === null ? '' : deviationText(row.deviation)]),
    {
      rightAligned: new Set([2]),
      style: (text, row, column) => (column === 0 ? verdictWord(rows[row]!.verdict, style, text) : text),
    },
  );
  return rows.flatMap((row, i) => [
    lines[i]!,
    ...wrapped(row.arithmetic, undefined, width),
    ...wrapped(row.explanation, style.dim, width),
  ]);
}

/** The figure, what it stands for and its verdict: the figure's words wrapped under it when long. */
function figureHeading(f: FigureVerdict, style: Style, width: number): string[] {
  const { figure } = f;
  const unit =
    figure.kind === 'rate'
      ? 'per-day'
      : figure.kind === 'force' || figure.kind === 'reinforcement'
        ? 'troops'
        : 'casualties';
  const value = statedText(figure.stated, unit, figure.kind === 'rate' ? 1 : 0);
  const words = figure.fromShare ? ` ("${escapeControls(figure.text)}")` : '';
  const count = figure.kind !== 'force' && figure.kind !== 'rate' && figure.kind !== 'reinforcement';
  const when = !count ? '' : figure.asOfText ? `, through ${figure.asOfText}` : ', undated';
  const head = `${figure.kind} ${value}`;
  const lines = wrapWords(`${head}${words}${when}: ${f.verdict}`, width, '    ');
  const last = lines.length - 1;
  lines[last] = `${lines[last]!.slice(0, -f.verdict.length)}${verdictWord(f.verdict, style)}`;
  lines[0] = `${style.strong(head)}${lines[0]!.slice(head.length)}`;
  return lines;
}

/** The overall verdict first, then what it rests on, wrapped under it when long. */
function overallLines(result: ClaimCheckResult, style: Style, width: number): string[] {
  const count = (v: Verdict) => result.figures.filter((f) => f.verdict === v).length;
  const parts = (['inconsistent', 'tension', 'consistent'] as const)
    .filter((v) => count(v) > 0)
    .map((v) => `${count(v)} ${v}`);
  const noun = result.figures.length === 1 ? 'figure' : 'figures';
  const figures =
    parts.length > 0 ? `${noun} against the ledger: ${parts.join(', ')}` : 'no figure compared with the ledger';
  const own = result.ownVerdict ? `; own arithmetic: ${result.ownVerdict}` : '';
  const lines = wrapWords(`Overall: ${result.verdict} (${figures}${own}).`, width, '  ');
  lines[0] = lines[0]!.replace(
    `Overall: ${result.verdict}`,
    `Overall: ${style.strong(verdictWord(result.verdict, style))}`,
  );
  return lines;
}

const FIELD_NAMES: Record<string, string> = { asOf: 'as of', by: 'lost by', within: 'lost within' };

const sourceText = (
  field: string,
  name: string,
  source: TextCheckEcho['sources'][keyof TextCheckEcho['sources']],
): string => {
  if (!source) return '';
  if (source.from === 'text')
    return `${name} ${source.used} from the text ("${source.text}"${source.note ? `; ${source.note}` : ''})`;
  if (source.from === 'flag')
    return `${name} ${flagFigure(field, source.text)} from ${source.flag}${source.note ? ` (${source.note})` : ''}`;
  if (source.from === 'rate') return `${name} ${source.used} (${source.note})`;
  return `${name} ${source.used} from the ledger (${source.id}, ${source.claimant})`;
};

const setAsideLines = (items: ClaimCheckResult['setAside'], width: number): string[] =>
  items.flatMap((s) =>
    wrapped(`"${s.text}" at ${s.span[0]}–${s.span[1]}: ${s.reason}`, undefined, width).map((l) =>
      l.replace(INDENT, '  '),
    ),
  );

export function renderLedgerTextCheck(doc: LedgerTextCheckDocument, style: Style, width = WIDTH): string {
  const { input, result } = doc;
  const claim = escapeControls(input.text.replace(/\s+/g, ' ').trim());
  const lines = [
    ...overallLines(result, style, width),
    '',
    ...wrapWords(`${style.heading('Claim')}: ${claim.length > 300 ? `${claim.slice(0, 299)}…` : claim}`, width, '  '),
  ];
  if (result.claim.kind === 'prediction') {
    const cues = result.claim.cues.map((c) => `"${c.text}"`).join(', ');
    lines.push(
      ...wrapWords(
        `${style.strong('A prediction')} (${cues}): its arithmetic is checked, not whether it comes true.`,
        width,
        '  ',
      ),
    );
  }
  if (input.page) lines.push(...fitLines(pageLines(input.page, input.published), width));
  lines.push(...impossibleDateLines(input.impossibleDates, width, '; the figures it would date are read as undated.'));
  lines.push(
    '',
    ...wrapWords(
      `${style.heading('Against')} ${escapeControls(`${input.ledger}: ${result.ledger.subject}`)}`,
      width,
      '  ',
    ),
  );
  for (const figure of result.figures) {
    lines.push('', ...figureHeading(figure, style, width), ...comparisonBlocks(figure.comparisons, style, width));
  }
  if (result.checks.length > 0) {
    const used = Object.entries(result.sources)
      .map(([field, source]) => sourceText(field, FIELD_NAMES[field] ?? field, source))
      .filter(Boolean);
    lines.push(
      '',
      `${style.heading("The claim's own arithmetic")}: ${verdictWord(result.ownVerdict ?? 'consistent', style)}`,
    );
    lines.push(...wrapped(`Figures: ${used.join('; ')}.`, undefined, width));
    const unused = input.setAside.map((a) => `"${a.text}" at ${a.span[0]}–${a.span[1]}: ${a.reason}`);
    if (unused.length > 0) lines.push(...wrapped(`Not used by it: ${unused.join('; ')}.`, undefined, width));
    lines.push(...comparisonBlocks(result.checks, style, width));
    if (projectsLoss(result)) lines.push(SCENARIO_LINE);
  }
  if (result.setAside.length > 0) lines.push('', style.heading('Set aside'), ...setAsideLines(result.setAside, width));
  lines.push('', style.heading('Assumptions'));
  for (const a of result.assumptions)
    lines.push(...wrapWords(`- ${escapeControls(a)}`, width - 2, '    ').map((l) => `  ${l}`));
  const tol = result.tolerance;
  lines.push(
    ...wrapWords(
      `- Tolerance ${formatPercent(tol, 1)}: consistent within it, tension ` +
        `within ${formatPercent(TENSION_FACTOR * tol, 1)}, inconsistent beyond. ` +
        'A hard bound (within the force, killed within casualties) that is broken is never consistent: a ' +
        'tension when an "about" figure off by the tolerance could close the gap, else inconsistent.',
      width - 2,
      '    ',
    ).map((l) => `  ${l}`),
  );
  return `${lines.join('\n')}\n`;
}
