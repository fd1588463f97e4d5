import type { CheckRow } from '../core/check/check-rows.js';
import type { FigureVerdict } from '../core/check/against-ledger/types.js';
import { deviationText, statedText } from '../core/figures/figure-text.js';
import { TENSION_FACTOR, type Verdict } from '../core/figures/verdict.js';
import { formatPercent } from '../core/figures/format.js';
import type { ClaimCheckResult } from '../extract/check-claim.js';
import { projectsLoss, SCENARIO_LINE } from './check.js';
import type { TextCheckEcho } from './check-text.js';
import { wrapWords } from './wrap.js';
import { fitLines } from './wrap.js';
import { impossibleDateLines } from './extract.js';
import { escapeControls } from '../extract/controls.js';
import { flagFigure } from './flag-figure.js';
import { pageLines } from './page.js';
import type { Style } from './style.js';
import { FORCE_NAMES } from '../core/subjects.js';
import { tableLines } from './table.js';

/**
 * The report of a claim checked against a ledger: the verdict, each figure's comparisons, the claim's own arithmetic,
 * the assumptions.
 */

/** The document as the report reads it; `--json` writes its result through claimCheckJson (check-claim-json.ts). */
export interface LedgerTextCheckDocument {
  schemaVersion: 3;
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
/** A figure's value in its unit: "2,500", "92 a day", "about 12,000". */
/** How a report names a figure's kind, where the kind's name in JSON is not a plain word. */
const KIND_WORDS: Partial<Record<FigureVerdict['figure']['kind'], string>> = { 'deployed-total': 'sent in all' };
const kindWord = (kind: FigureVerdict['figure']['kind']): string => KIND_WORDS[kind] ?? kind;
const TROOP_KINDS = new Set(['force', 'reinforcement', 'remaining', 'deployed-total']);

function figureValue(figure: FigureVerdict['figure']): string {
  const unit = figure.kind === 'rate' ? 'per-day' : TROOP_KINDS.has(figure.kind) ? 'troops' : 'casualties';
  return statedText(figure.stated, unit, figure.kind === 'rate' ? 1 : 0);
}

function figureHeading(f: FigureVerdict, style: Style, width: number): string[] {
  const { figure } = f;
  const value = figureValue(figure);
  const words = figure.fromShare ? ` ("${escapeControls(figure.text)}")` : '';
  const when = whenOf(figure);
  const head = `${kindWord(figure.kind)} ${value}`;
  const lines = wrapWords(`${head}${words}${when}: ${f.verdict}`, width, '    ');
  const last = lines.length - 1;
  lines[last] = `${lines[last]!.slice(0, -f.verdict.length)}${verdictWord(f.verdict, style)}`;
  lines[0] = `${style.strong(head)}${lines[0]!.slice(head.length)}`;
  return lines;
}

/** Whether every figure's verdict rests on no reference at all, only on the claim's own figures. */
const restsOnClaimOnly = (result: ClaimCheckResult): boolean =>
  result.figures.length > 0 && result.figures.every((f) => f.comparisons.every((c) => c.source === null));

/** The overall verdict first, then what it rests on, wrapped under it when long. */
function overallLines(result: ClaimCheckResult, style: Style, width: number): string[] {
  const count = (v: Verdict) => result.figures.filter((f) => f.verdict === v).length;
  const parts = (['inconsistent', 'tension', 'consistent'] as const)
    .filter((v) => count(v) > 0)
    .map((v) => `${count(v)} ${v}`);
  const noun = result.figures.length === 1 ? 'figure' : 'figures';
  const where = restsOnClaimOnly(result)
    ? "the claim's own figures"
    : result.references.some((r) => r.kind === 'series')
      ? 'the references'
      : 'the ledger';
  const figures =
    parts.length > 0 ? `${noun} against ${where}: ${parts.join(', ')}` : `no figure compared with ${where}`;
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

export function renderLedgerTextCheck(
  doc: LedgerTextCheckDocument,
  style: Style,
  width = WIDTH,
  details = false,
): string {
  if (!details) return renderAnswerFirst(doc, style, width);
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
  lines.push('', ...referenceLines(doc, style, width));
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

const FITS = ['nothing fits', 'its figure fits', 'both figures fit', 'all N figures fit'];
const RANK: Record<string, number> = { inconsistent: 3, tension: 2, consistent: 1, context: 0 };

/**
 * The comparison that decides a figure's verdict: of its verdict, the one furthest off (the closest
 * when consistent).
 */
export function decidingComparison(f: FigureVerdict): FigureVerdict['comparisons'][number] | undefined {
  const same = f.comparisons.filter((c) => c.verdict === f.verdict);
  const size = (c: (typeof same)[number]) => Math.abs(c.deviation ?? 0);
  // A share's own test speaks for it first when it is as close as any: "a tenth of the casualties were killed".
  const own = (c: (typeof same)[number]) => (f.figure.fromShare && c.test === 'killed-share' ? 0 : 1);
  const sorted = [...same].sort((a, b) =>
    f.verdict === 'consistent' ? size(a) - size(b) || own(a) - own(b) : size(b) - size(a) || own(a) - own(b),
  );
  return sorted[0] ?? f.comparisons[0];
}

/** The references the claim was held to, and the subject each covers. */
function referenceLines(doc: LedgerTextCheckDocument, style: Style, width: number): string[] {
  const { input, result } = doc;
  // A further ledger's subject reads "Russian forces, whole war: its own description"; the description is shown.
  const refs = result.references.map((r) =>
    r.kind === 'series'
      ? `${r.name}: ${r.claimant}, ${r.subject}`
      : r.name === 'ledger'
        ? `${input.ledger}: ${result.ledger.subject}`
        : `${r.name}: ${r.subject.slice(r.subject.indexOf(': ') + 2)}`,
  );
  const listed = escapeControls(refs.join('; '));
  const text = restsOnClaimOnly(result)
    ? `${style.heading('Against')} the claim's own figures only: no reference covers them (${listed})`
    : `${style.heading('Against')} ${listed}`;
  return wrapWords(text, width, '  ');
}

/** Through when a count runs, over what period, or for when it is predicted: ", through 25 January 2025". */
function whenOf(figure: FigureVerdict['figure']): string {
  const count = figure.kind !== 'rate' && (!TROOP_KINDS.has(figure.kind) || figure.kind === 'remaining');
  const days = figure.periodDays;
  // A rate over a stated period says which ("1,180 a day, 2024-01-01 to 2024-12-31"); others are today's.
  if (figure.kind === 'rate')
    return figure.since && figure.asOf ? `, ${figure.since.first} to ${figure.asOf.last}` : '';
  return !count
    ? ''
    : figure.prediction
      ? `, predicted on ${figure.prediction.from} for ${figure.asOfText ?? figure.asOf?.last}`
      : figure.since && figure.asOf
        ? `, ${figure.since.first} to ${figure.asOf.last}`
        : days !== undefined && figure.asOfText
          ? `, ${days === 1 ? 'one day' : `${days} days`} through ${figure.asOfText}`
          : figure.asOfText
            ? `, through ${figure.asOfText}`
            : ', undated';
}

/** What a figure is, whose, and through when: "killed 2,500 (North Korean forces), through 25 January 2025". */
function figureLabel(f: FigureVerdict): string {
  const { figure } = f;
  const value = figureValue(figure);
  const whose = figure.subject?.force
    ? ` (${subjectName(figure.subject)})`
    : figure.subject?.cue
      ? ` (${figure.subject.cue.toLowerCase()})`
      : '';
  const when = whenOf(figure);
  return `${kindWord(figure.kind)} ${value}${whose}${when}`;
}

const subjectName = (s: NonNullable<FigureVerdict['figure']['subject']>): string =>
  `${s.force ? FORCE_NAMES[s.force] : 'an unnamed force'}${s.scope === 'local' && s.place ? ` around ${s.place}` : ''}`;

/**
 * The report on a claim, answer first: the verdict with the figure and the comparison that decide it,
 * then one line or two per figure, what was set aside, and the assumptions that matter. --details
 * gives every comparison.
 */
function renderAnswerFirst(doc: LedgerTextCheckDocument, style: Style, width: number): string {
  const { input, result } = doc;
  const lines: string[] = [];
  const parts = result.figures.length + (result.ownVerdict ? 1 : 0);
  // A consistent claim of several parts is decided by none of them alone.
  const allFit = result.verdict === 'consistent' && parts > 1;
  const worst = allFit ? undefined : [...result.figures].sort((a, b) => RANK[b.verdict]! - RANK[a.verdict]!)[0];
  const ownDecides =
    !allFit && result.ownVerdict !== null && (!worst || RANK[result.ownVerdict]! > RANK[worst.verdict]!);
  if (allFit) {
    const own = result.ownVerdict ? ", and so does the claim's own arithmetic" : '';
    const n = result.figures.length;
    lines.push(
      ...wrapWords(
        `${style.strong(verdictWord('consistent', style))}: ${FITS[Math.min(n, 3)]!.replace('N', String(n))} ` +
          `the references${own}.`,
        width,
        '  ',
      ),
    );
  } else if (worst && !ownDecides) {
    const c = decidingComparison(worst);
    const head = `${style.strong(verdictWord(result.verdict, style))}: ${figureLabel(worst)}`;
    lines.push(...wrapWords(`${head}`, width, '  '));
    if (c) {
      const dev = c.deviation === null ? '' : ` (${deviationText(c.deviation)})`;
      lines.push(...wrapped(`${c.title}${dev}: ${c.arithmetic}`, undefined, width).map((l) => l.replace(INDENT, '  ')));
    }
  } else {
    const own = result.checks.find((c) => c.verdict === result.ownVerdict) ?? result.checks[0];
    lines.push(`${style.strong(verdictWord(result.verdict, style))}: the claim's own arithmetic`);
    if (own) {
      const dev = own.deviation === null ? '' : ` (${deviationText(own.deviation)})`;
      lines.push(
        ...wrapped(`${own.title}${dev}: ${own.arithmetic}`, undefined, width).map((l) => l.replace(INDENT, '  ')),
      );
    }
  }
  const claim = escapeControls(input.text.replace(/\s+/g, ' ').trim());
  lines.push(
    '',
    ...wrapWords(`${style.heading('Claim')}: ${claim.length > 240 ? `${claim.slice(0, 239)}…` : claim}`, width, '  '),
  );
  if (result.claim.kind === 'prediction')
    lines.push(...wrapWords('A prediction: its arithmetic is checked, not whether it comes true.', width, '  '));
  if (input.page) lines.push(...fitLines(pageLines(input.page, input.published), width));
  if (result.claimant) lines.push(...wrapWords(`Claimant: ${escapeControls(result.claimant)}`, width, '  '));
  lines.push(...impossibleDateLines(input.impossibleDates, width, '; the figures it would date are read as undated.'));
  lines.push(...referenceLines(doc, style, width));
  if (result.figures.length > 0 || result.ownVerdict) {
    lines.push('', style.heading('Figures'));
    for (const f of result.figures) {
      const c = decidingComparison(f);
      const dev = c?.deviation === null || c === undefined ? '' : `${deviationText(c.deviation)}  `;
      const head = wrapWords(`${f.verdict}  ${dev}${escapeControls(figureLabel(f))}`, width - 2, '      ');
      head[0] = head[0]!.replace(f.verdict, verdictWord(f.verdict, style));
      lines.push(...head.map((l) => `  ${l}`));
      if (c && (ownDecides || f !== worst)) lines.push(...wrapped(`${c.title}: ${c.arithmetic}`, undefined, width));
    }
    if (result.ownVerdict) {
      const own = result.checks.find((c) => c.verdict === result.ownVerdict) ?? result.checks[0];
      lines.push(
        `  ${verdictWord(result.ownVerdict, style)}  the claim's own arithmetic${own ? `: ${own.title}` : ''}`,
      );
      if (own && !ownDecides) lines.push(...wrapped(own.arithmetic, undefined, width));
    }
  }
  if (result.setAside.length > 0) {
    const shown = result.setAside.slice(0, 4);
    lines.push('', style.heading('Set aside'), ...setAsideLines(shown, width));
    if (result.setAside.length > shown.length)
      lines.push(`  … and ${result.setAside.length - shown.length} more (--details)`);
  }
  lines.push(
    '',
    ...wrapWords(
      `Tolerance ${formatPercent(result.tolerance, 1)}: consistent within it, tension within ` +
        `${formatPercent(TENSION_FACTOR * result.tolerance, 1)}, inconsistent beyond. ` +
        '--details shows every comparison and assumption; --json keeps everything.',
      width,
      '  ',
    ).map((l) => style.dim(l)),
  );
  return `${lines.join('\n')}\n`;
}
