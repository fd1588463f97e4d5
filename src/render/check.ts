import type { Stated } from '../core/figures/amount.js';
import type { AuditResult, AuditRow, ClaimRef } from '../core/check/audit.js';
import { DEFAULT_START_SOURCE } from '../core/projection/baseline.js';
import { AUDIT_SECTIONS, type AuditSection } from '../core/check/audit.js';
import type { CheckResult } from '../core/check/run-checks.js';
import type { CheckRow } from '../core/check/check-rows.js';
import { deviationText } from '../core/figures/figure-text.js';
import { formatFixed, formatNumber, formatPercent } from '../core/figures/format.js';
import type { Style } from './style.js';
import { TENSION_FACTOR } from '../core/figures/verdict.js';
import { tableLines } from './table.js';
import { visibleLength, wrap } from './wrap.js';

/** Everything `attrition check` read, defaults included, as `--json` echoes it. */
/** An amount as a number, or its bounds when it is a range; null when not given. */
export type AmountEcho = number | { low: number; high: number } | null;

/** The amount of a stated figure: its number, or its bounds for a range (its text says the qualifier). */
export const amountEcho = (stated: Stated | undefined): AmountEcho =>
  stated === undefined ? null : stated.low === stated.high ? stated.low : { low: stated.low, high: stated.high };

/**
 * The figures a check was given. Amounts are numbers (bounds for a range), as in every command's
 * JSON; the text each was given as, qualifier included ("about 12,000"), is beside it in `givenAs`.
 */
export interface CheckEcho {
  force: AmountEcho;
  rate: AmountEcho;
  start: string;
  startIsDefault: boolean;
  casualties: AmountEcho;
  killed: AmountEcho;
  wounded: AmountEcho;
  /**
   * Each amount as it was given (schema version 2 called it `stated`, the name of a check's text of
   * its reference; version 1 gave this text in place of the number).
   */
  givenAs: {
    force: string | null;
    rate: string | null;
    casualties: string | null;
    killed: string | null;
    wounded: string | null;
  };
  asOf: string | null;
  by: string | null;
  within: string | null;
  tolerance: number;
  /** How flags that said less than they needed were read (a period for a day). */
  readings?: string[];
}

export interface CheckDocument {
  schemaVersion: 3;
  command: 'check';
  input: CheckEcho;
  result: CheckResult;
}

export interface AuditDocument {
  schemaVersion: 2;
  command: 'check';
  input: { ledger: string; tolerance: number };
  result: AuditResult;
}

function verdictCell(padded: string, style: Style): string {
  const verdict = padded.trim();
  if (verdict === 'consistent') return style.good(padded);
  if (verdict === 'tension') return style.warn(padded);
  if (verdict === 'inconsistent') return style.bad(padded);
  return style.dim(padded);
}

const cellsOf = (row: CheckRow): string[] => [
  row.verdict,
  row.title,
  row.arithmetic,
  row.stated === '' ? '' : `vs ${row.stated}`,
  row.deviation === null ? '' : deviationText(row.deviation),
];

const DETAIL_INDENT = '      ';

/**
 * One aligned line per check, each followed by its explanation wrapped under it. When the full
 * table is wider than `width`, each row keeps its verdict, title and deviation, and its arithmetic
 * goes on the line below, as the ledger audit writes it.
 */
function rowBlocks(
  rows: readonly CheckRow[],
  style: Style,
  details: (row: CheckRow) => string[],
  width: number,
): string[] {
  const verdicts = {
    style: (text: string, _row: number, column: number) => (column === 0 ? verdictCell(text, style) : text),
  };
  const wide = tableLines(rows.map(cellsOf), { rightAligned: new Set([4]), ...verdicts });
  const fits = wide.every((line) => visibleLength(line) <= width);
  // Too wide: the verdict and title on the row's line, the arithmetic, what it is against and the deviation below.
  const narrow = fits
    ? []
    : tableLines(
        rows.map((row) => [row.verdict, row.title]),
        verdicts,
      );
  const below = (row: CheckRow): string =>
    [
      row.arithmetic,
      row.stated === '' ? '' : `vs ${row.stated}`,
      row.deviation === null ? '' : deviationText(row.deviation),
    ]
      .filter((c) => c !== '')
      .join('   ');
  return rows.flatMap((row, i) => [
    fits ? wide[i]! : narrow[i]!,
    ...(fits ? [] : wrap(below(row), width, DETAIL_INDENT)),
    ...details(row).flatMap((d) => wrap(d, width, DETAIL_INDENT).map((line) => style.dim(line))),
  ]);
}

function toleranceLine(tolerance: number): string {
  return (
    `Tolerance ${formatPercent(tolerance, 1)}: consistent within it, tension ` +
    `within ${formatPercent(TENSION_FACTOR * tolerance, 1)}, inconsistent beyond.`
  );
}

export function overallLine(
  result: { verdict: CheckResult['verdict']; checks: readonly CheckRow[] },
  style: Style,
): string {
  const count = (v: CheckRow['verdict']) => result.checks.filter((c) => c.verdict === v).length;
  const parts = (['inconsistent', 'tension', 'consistent'] as const)
    .filter((v) => count(v) > 0)
    .map((v) => `${count(v)} ${v}`);
  const context = count('context');
  const word =
    result.verdict === 'consistent'
      ? style.good(result.verdict)
      : result.verdict === 'tension'
        ? style.warn(result.verdict)
        : style.bad(result.verdict);
  return `Overall: ${style.strong(word)} (${parts.join(', ')}${context ? `; ${context} for context` : ''}).`;
}

/** The checks, one row each with its explanation, then the tolerance. */
export function checkLines(result: CheckResult, style: Style, width = Number.POSITIVE_INFINITY): string[] {
  return [
    style.heading('Checks'),
    ...rowBlocks(result.checks, style, (row) => [row.explanation], width),
    '',
    toleranceLine(result.tolerance),
  ];
}

export const projectsLoss = (result: CheckResult): boolean =>
  result.checks.some((c) => c.id === 'projected-date' || c.id === 'duration');
export const SCENARIO_LINE = 'Projections assume the rate holds: a scenario, not a forecast.';

/** The report for figures given on the command line. */
export function renderCheck(doc: CheckDocument, style: Style, width: number): string {
  const { input, result } = doc;
  const lines = [overallLine(result, style), '', ...checkLines(result, style, width)];
  // Rows that count days from the start say so with "(day 1)".
  if (
    input.startIsDefault &&
    result.checks.some((c) => c.explanation.includes('(day 1)') || c.arithmetic.includes('(day 1)'))
  ) {
    lines.push(
      `Start ${input.start}: not given, so the default: ${DEFAULT_START_SOURCE.note} (seeds ` +
        `ledger, ${DEFAULT_START_SOURCE.ledgerId}). Set another with --start.`,
    );
  }
  for (const reading of input.readings ?? []) lines.push(`Read: ${reading}.`);
  // How a broken bound is judged matters only when one is broken.
  if (result.checks.some((c) => c.id === 'casualties-within-force' && c.verdict !== 'consistent'))
    lines.push(...HARD_BOUND_LINES);
  if (projectsLoss(result)) lines.push(SCENARIO_LINE);
  return `${lines.join('\n')}\n`;
}

/** How a hard bound is judged (see core/check/hard-bound.ts), for the reports that print one. */
export const HARD_BOUND_LINES = [
  'Casualties within the force is a hard bound: broken, never consistent; a tension when an "about"',
  'figure off by the tolerance could close the gap, else inconsistent.',
];

const BASELINE_IDS = (result: AuditResult): Set<string> => new Set(result.baseline.claims.map((c) => c.id));

function claimsLine(row: AuditRow, baseline: Set<string>): string {
  const own = row.claims.filter((c) => !baseline.has(c.id));
  const usesBaseline = row.claims.some((c) => baseline.has(c.id));
  const shown = own.length > 0 ? own : row.claims;
  const text = shown.map(refText).join('; ');
  return `claims: ${text}${own.length > 0 && usesBaseline ? '; with the baseline' : ''}`;
}

const refText = (ref: ClaimRef): string =>
  `${ref.id} (${ref.claimant}: ${ref.figure}${ref.when ? `, ${ref.when}` : ''}; ${ref.document})`;

/** An audit row: verdict, what was checked and the deviation; then the arithmetic, the explanation and the claims. */
function auditBlocks(rows: readonly AuditRow[], style: Style, baseline: Set<string>, width: number): string[] {
  const lines = tableLines(
    rows.map((row) => [row.verdict, row.title, row.deviation === null ? '' : deviationText(row.deviation)]),
    { rightAligned: new Set([2]), style: (text, _row, column) => (column === 0 ? verdictCell(text, style) : text) },
  );
  return rows.flatMap((row, i) => [
    lines[i]!,
    ...wrap(`${row.arithmetic}${row.stated === '' ? '' : `, vs ${row.stated}`}`, width, DETAIL_INDENT),
    ...wrap(row.explanation, width, DETAIL_INDENT).map((line) => style.dim(line)),
    ...wrap(claimsLine(row, baseline), width, DETAIL_INDENT).map((line) => style.dim(line)),
  ]);
}

/** The ledger audit: the baseline, then each section of checks, the overall verdict, and what was left out. */
export function renderAudit(doc: AuditDocument, style: Style, width: number): string {
  const { result } = doc;
  const baseline = BASELINE_IDS(result);
  const [force, rate, start] = result.baseline.claims;
  const b = result.baseline;
  const lines = [
    overallLine(result, style),
    `${style.heading('Audit')} of ${doc.input.ledger}: ${result.subject}`,
    `Baseline: ${force!.figure} troops (${force!.id}) at ${rate!.figure} (${rate!.id}) from ${b.start} ` +
      `(${start!.id}): ` +
      `the force is lost ` +
      `on ${style.strong(`${b.projection.date} (${b.projection.label})`)}, ${formatFixed(b.projection.days)} ` +
      `days, if the rate holds.`,
    toleranceLine(result.tolerance),
  ];
  for (const section of Object.keys(AUDIT_SECTIONS) as AuditSection[]) {
    const rows = result.checks.filter((c) => c.section === section);
    if (rows.length === 0) continue;
    lines.push('', style.heading(AUDIT_SECTIONS[section]));
    lines.push(...auditBlocks(rows, style, baseline, width));
  }
  if (result.unchecked.length > 0) {
    lines.push('', style.heading(`Not checked (${formatNumber(result.unchecked.length)})`));
    lines.push(...tableLines(result.unchecked.map((u) => [u.id, u.claimant, u.reason])));
  }
  return `${lines.join('\n')}\n`;
}
