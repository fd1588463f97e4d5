import type { DateRef, Figure } from '../extract/types.js';
import { formatNumber, formatPercent } from '../core/figures/format.js';
import { escapeControls } from '../extract/controls.js';
import { pageLines, type PageEcho } from './page.js';
import type { Style } from './style.js';
import { fitLines } from './wrap.js';
import { wrapWords } from './wrap.js';
import type { ImpossibleDate } from '../extract/impossible-dates.js';

/**
 * What `extract` read: the file (or "-" for standard input), the publication day used (from
 * --published, else from a web page's metadata), and the web page when the file was one.
 */
export interface ExtractEcho {
  file: string;
  published: string | null;
  /** Present only when the file was a web page. */
  page?: PageEcho;
}

export interface ExtractResult {
  figures: Figure[];
  /** Dates in the text that are no day on the calendar, when there are any: the figures they would date are undated. */
  impossibleDates?: ImpossibleDate[];
}

/** One line naming the dates in the text that are no day on the calendar; none when there are none. */
export function impossibleDateLines(
  dates: readonly ImpossibleDate[] | undefined,
  width: number,
  after = '.',
): string[] {
  if (dates === undefined || dates.length === 0) return [];
  const list = dates.map((d) => `"${escapeControls(d.text)}" (${d.problem})`).join(', ');
  return wrapWords(`Not a day on the calendar: ${list}${after}`, width, '    ');
}

export interface ExtractDocument {
  schemaVersion: 1;
  command: 'extract';
  input: ExtractEcho;
  result: ExtractResult;
}

export const extractDocument = (input: ExtractEcho, result: ExtractResult): ExtractDocument => ({
  schemaVersion: 1,
  command: 'extract',
  input,
  result,
});

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '',
  approximately: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'up-to': 'up to ',
  nearly: 'nearly ',
  range: '',
  vague: '',
};

const RELATION_WORDS: Record<NonNullable<DateRef['relation']>, string> = {
  on: 'on',
  in: 'in',
  by: 'by',
  since: 'since',
  from: 'from',
  until: 'until',
  'as-of': 'as of',
  before: 'before',
  after: 'after',
};

function number(f: Figure, write: (x: number) => string): string {
  if (f.value !== undefined) return write(f.value);
  if (f.low !== undefined && f.high !== undefined) return `${write(f.low)}–${write(f.high)}`;
  return `“${escapeControls(f.text)}”`;
}

const percent = (x: number): string => formatPercent(x, 2);

/** "about 12,000 troops", "80–90 casualties a day", "more than 33.33 %", "“dozens” killed (vague)". */
export function describeFigure(f: Figure): string {
  const text = `${describeAmount(f)}${f.period ? PERIOD_WORDS[f.period] : ''}`;
  return f.qualifier === 'vague' ? `${text} (vague)` : text;
}

/** "50 % of the casualties killed", "33.33 % of the force killed or wounded". */
const SHARE_COUNTS: Record<NonNullable<Figure['counts']>, string> = {
  casualties: 'killed or wounded',
  killed: 'killed',
  wounded: 'wounded',
};

const PERIOD_WORDS: Record<NonNullable<Figure['period']>, string> = {
  day: ' in one day',
  week: ' in one week',
  month: ' in one month',
  cumulative: ' in all',
};

function describeAmount(f: Figure): string {
  const qualifier = QUALIFIER_WORDS[f.qualifier];
  switch (f.kind) {
    case 'date':
      return `${qualifier}${f.date?.label ?? escapeControls(f.text)}`;
    case 'share': {
      const counts = f.counts ? ` ${SHARE_COUNTS[f.counts]}` : '';
      return `${qualifier}${number(f, percent)}${f.of ? ` of the ${f.of}${counts}` : ''}`;
    }
    case 'rate': {
      const [what, period] = f.unit.split(' per ');
      const amount = what === 'share' ? `${number(f, percent)} of the force` : `${number(f, formatNumber)} ${what}`;
      return `${qualifier}${amount} a ${period}`;
    }
    case 'force':
      return `${qualifier}${number(f, formatNumber)} troops`;
    default:
      return `${qualifier}${number(f, formatNumber)} ${f.unit}`;
  }
}

function refersTo(f: Figure): string {
  if (f.kind === 'date' || !f.date) return '';
  const relation = f.date.relation ? `${RELATION_WORDS[f.date.relation]} ` : '';
  return `${relation}${f.date.label}`;
}

function excerpt(sentence: string, width: number): string {
  const flat = escapeControls(sentence.replace(/\s+/g, ' '));
  // Counted in characters (code points), as far as the width: sentences run to thousands of them.
  let end = 0;
  let count = 0;
  for (let i = 0; i < flat.length && count <= width; count++) {
    i += flat.codePointAt(i)! > 0xffff ? 2 : 1;
    if (count + 1 === width - 1) end = i;
  }
  return count <= width ? flat : `${flat.slice(0, end).trimEnd()}…`;
}

/** The human report: figures grouped under the sentence they stand in. */
export function renderExtract(doc: ExtractDocument, style: Style, width: number): string {
  const { figures } = doc.result;
  const page = doc.input.page ? [...fitLines(pageLines(doc.input.page, doc.input.published), width), ''] : [];
  const impossible = impossibleDateLines(doc.result.impossibleDates, width);
  if (figures.length === 0) return [...page, 'No figures found.', ...impossible, ''].join('\n');
  const lines: string[] = [...page];
  const dates = doc.input.published ? `; years resolved against ${doc.input.published}` : '';
  lines.push(style.heading(`${figures.length} figure${figures.length === 1 ? '' : 's'}${dates}`));
  figureLines(figures, style, width, {}, lines);
  if (impossible.length > 0) lines.push('', ...impossible);
  return `${lines.join('\n')}\n`;
}

/** The sentence the last figure written stood in, carried from one piece of a long text to the next. */
export interface PieceState {
  sentence?: string;
}

/**
 * The lines of a long text's report, which is written a piece at a time: the heading (the count
 * cannot lead, as the figures are not all read yet), then renderExtractPiece for each piece, then
 * renderExtractEnd with the count. Columns line up within each piece.
 */
export function renderExtractHead(published: string | null, style: Style): string {
  const dates = published ? `; years resolved against ${published}` : '';
  return `${style.heading(`Figures of a long text, read a piece at a time${dates}`)}\n`;
}

export function renderExtractPiece(figures: Figure[], style: Style, width: number, state: PieceState): string {
  if (figures.length === 0) return '';
  const lines: string[] = [];
  figureLines(figures, style, width, state, lines);
  return `${lines.join('\n')}\n`;
}

export function renderExtractEnd(count: number, style: Style): string {
  const all = count === 0 ? 'No figures found.' : `${formatNumber(count)} figure${count === 1 ? '' : 's'} in all.`;
  return `\n${style.heading(all)}\n`;
}

const widest = (rows: string[][], column: number): number => {
  let w = 0;
  for (const row of rows) if (row[column]!.length > w) w = row[column]!.length;
  return w;
};

function figureLines(figures: Figure[], style: Style, width: number, state: PieceState, lines: string[]): void {
  const rows = figures.map((f) => [f.kind, describeFigure(f), refersTo(f), `${f.span[0]}–${f.span[1]}`]);
  const widths = [0, 1, 2].map((i) => widest(rows, i));
  const wide = 2 + widths[0]! + 3 + widths[1]! + 3 + widths[2]! + 3 + widest(rows, 3) > width;
  figures.forEach((f, i) => {
    if (f.sentence !== state.sentence) {
      state.sentence = f.sentence;
      lines.push('', style.dim(excerpt(f.sentence, width)));
    }
    const [kind, what, when, span] = rows[i]!;
    if (!wide) {
      lines.push(
        (
          `  ${kind!.padEnd(widths[0]!)}   ${style.strong(what!.padEnd(widths[1]!))}  ` +
          ` ${when!.padEnd(widths[2]!)}   ${style.dim(span!)}`
        ).trimEnd(),
      );
      return;
    }
    // Too wide for one line: the date the figure refers to goes on a line of its own below it.
    lines.push(
      `  ${kind!.padEnd(widths[0]!)}   ${style.strong(what!.padEnd(widths[1]!))}   ${style.dim(span!)}`.trimEnd(),
    );
    if (when) lines.push(`  ${''.padEnd(widths[0]!)}   ${when}`);
  });
}

/**
 * The JSON document of a long text, written a piece at a time and byte for byte what
 * JSON.stringify(extractDocument(…), null, 2) writes: the head up to the figures' "[", each figure,
 * then the end.
 */
export function extractJsonHead(input: ExtractEcho): string {
  const whole = JSON.stringify(extractDocument(input, { figures: [] }), null, 2);
  return whole.slice(0, whole.lastIndexOf('[') + 1);
}

export const extractJsonFigure = (figure: Figure, first: boolean): string =>
  // JSON text holds no line break but those between its lines: indenting after each is indenting each line.
  `${first ? '\n' : ',\n'}      ${JSON.stringify(figure, null, 2).replaceAll('\n', '\n      ')}`;

export const extractJsonEnd = (count: number): string => `${count === 0 ? '' : '\n    '}]\n  }\n}\n`;
