import { formatNumber } from '../../core/figures/format.js';
import type { Style } from '../style.js';
import { chartFrame, placeDateLabels } from './frame.js';
import { bandPolygon, insidePolygon, valueAt } from './geometry.js';
import { legendEntries, type LegendSwatch } from './legend.js';
import type { Chart, ChartMarker, ChartSeries, MarkerKind } from './model.js';
import { linearScale } from './scale.js';
import { wrapWords } from '../wrap.js';

/** Narrower than this, a chart cannot show three dates on its axis; it is drawn this wide anyway. */
export const MIN_WIDTH = 40;

type Ink = 'none' | 'band' | 'threshold' | 'secondary' | 'main' | MarkerKind;

interface Cell {
  ch: string;
  ink: Ink;
}

const MARKER_GLYPH: Record<MarkerKind, string> = { projected: '●', bound: '○', asOf: '◆', reported: '×' };
const BAND = '░';
const THRESHOLD = '╌';
const SECONDARY = '·';
/** Keys for tagged markers, in chart order; markers past the last key keep their kind's glyph. */
const KEYS = '123456789abcdefghijklmnopqrstuvwxyz';

/** The key each tagged marker is drawn as, numbered across the chart. */
export function markerKeys(chart: Chart): Map<ChartMarker, string> {
  const tagged = chart.markers.filter((m) => m.tag !== undefined).slice(0, KEYS.length);
  return new Map(tagged.map((m, i) => [m, KEYS[i]!]));
}

/**
 * The chart as lines of text `width` columns wide: the title, the value axis and the plot, the
 * date axis with the start, the projected date and dates between, then a legend. Colour only
 * through `style`, so a plain style gives plain text.
 */
export function renderTerminalChart(chart: Chart, width: number, style: Style): string {
  const totalWidth = Math.max(MIN_WIDTH, Math.floor(width));
  const rows = Math.min(14, Math.max(8, Math.round(totalWidth / 6.5)));
  const frame = chartFrame(chart, 5);
  const y = linearScale(frame.value, [rows - 1, 0]);
  const rowOf = (value: number): number => Math.min(rows - 1, Math.max(0, Math.round(y(value))));

  const valueLabels = labelledValueRows(frame.valueTicks, rowOf);
  const labelWidth = Math.max(...[...valueLabels.values()].map((l) => l.length));
  const prefix = labelWidth + 2;
  const cols = totalWidth - prefix;
  const x = linearScale(frame.time, [0, cols]);
  const colOf = (at: number): number => Math.min(cols - 1, Math.max(0, Math.floor(x(at))));
  const timeOf = (col: number): number => x.invert(col + 0.5);

  const grid: Cell[][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => ({ ch: ' ', ink: 'none' as Ink })),
  );
  const put = (row: number, col: number, ch: string, ink: Ink): void => {
    grid[row]![col] = { ch, ink };
  };

  if (chart.threshold) {
    const r = rowOf(chart.threshold.value);
    for (let c = 0; c < cols; c++) put(r, c, THRESHOLD, 'threshold');
  }
  if (chart.band) {
    // A cell is shaded when any part of its height is in the band: a band one row high still shows.
    const polygon = bandPolygon(chart.band);
    const inBand = (r: number, c: number): boolean =>
      [-0.35, 0, 0.35].some((dr) => insidePolygon(polygon, timeOf(c), y.invert(r + dr)));
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (inBand(r, c)) put(r, c, BAND, 'band');
  }
  // A secondary series without a legend is a band's edge: the band's shading already draws it.
  for (const s of chart.series.filter((s) => s.emphasis === 'secondary' && s.legend)) {
    for (const [c, value] of sampled(s, colOf, timeOf)) put(rowOf(value), c, SECONDARY, 'secondary');
  }
  for (const s of chart.series.filter((s) => s.emphasis === 'main')) drawLine(s, colOf, timeOf, rowOf, put);
  const keys = markerKeys(chart);
  for (const m of chart.markers)
    put(rowOf(m.point.value), colOf(m.point.at), keys.get(m) ?? MARKER_GLYPH[m.kind], m.kind);

  const paint = inkStyle(style);
  const lines = [...wrapWords(chart.title, totalWidth).map((l) => style.heading(l)), style.dim(chart.valueLabel)];
  grid.forEach((cells, r) => {
    const label = valueLabels.get(r);
    lines.push(
      `${(label ?? '').padStart(labelWidth)} ${label === undefined ? '│' : '┤'}${paintRow(cells, paint)}`.trimEnd(),
    );
  });
  lines.push(...dateAxis(chart, frame.time, prefix, cols, totalWidth, colOf));
  lines.push(...legendLines(chart, keys, totalWidth, paint));
  return `${lines.join('\n')}\n`;
}

/** Value ticks to label, thinned so labelled rows are at least two apart; always including the lowest. */
function labelledValueRows(ticks: number[], rowOf: (v: number) => number): Map<number, string> {
  for (let every = 1; ; every++) {
    const chosen = ticks.filter((_, i) => i % every === 0);
    const rows = chosen.map(rowOf);
    if (every >= ticks.length || rows.every((r, i) => i === 0 || Math.abs(r - rows[i - 1]!) >= 2)) {
      return new Map(chosen.map((v, i) => [rows[i]!, formatNumber(v)]));
    }
  }
}

/** A series' value at each column its time span covers (clamped so both ends are drawn). */
function sampled(s: ChartSeries, colOf: (at: number) => number, timeOf: (col: number) => number): [number, number][] {
  const first = s.points[0];
  const last = s.points[s.points.length - 1];
  if (!first || !last) return [];
  const out: [number, number][] = [];
  for (let c = colOf(first.at); c <= colOf(last.at); c++) {
    const at = Math.min(last.at, Math.max(first.at, timeOf(c)));
    const value = valueAt(s.points, at);
    if (value !== undefined) out.push([c, value]);
  }
  return out;
}

/** A connected line: ─ along a row, ╮ │ ╰ down to the next row, ╯ │ ╭ up to it. */
function drawLine(
  s: ChartSeries,
  colOf: (at: number) => number,
  timeOf: (col: number) => number,
  rowOf: (v: number) => number,
  put: (row: number, col: number, ch: string, ink: Ink) => void,
): void {
  let previous: number | undefined;
  // A broken main line (a fitted line carried on past the reports) draws in broken strokes.
  const [across, down] = s.line === 'solid' ? ['─', '│'] : ['┄', '┆'];
  for (const [c, value] of sampled(s, colOf, timeOf)) {
    const row = rowOf(value);
    if (previous === undefined || previous === row) {
      put(row, c, across, 'main');
    } else {
      const falling = row > previous;
      put(previous, c, falling ? '╮' : '╯', 'main');
      put(row, c, falling ? '╰' : '╭', 'main');
      for (let r = Math.min(row, previous) + 1; r < Math.max(row, previous); r++) put(r, c, down, 'main');
    }
    previous = row;
  }
}

function dateAxis(
  chart: Chart,
  time: [number, number],
  prefix: number,
  cols: number,
  totalWidth: number,
  colOf: (at: number) => number,
): string[] {
  const centre = (day: number): number => prefix + colOf(day + 0.5);
  const placed = placeDateLabels(chart.keyDays, time, cols, centre, [0, totalWidth], (t) => t.length, 1, [16, 10, 6]);
  const axis = [...`${' '.repeat(prefix - 1)}└${'─'.repeat(cols)}`];
  for (const p of placed) axis[p.at] = '┬';
  const lines = [axis.join('')];
  for (const p of placed) {
    while (lines.length <= p.line + 1) lines.push('');
    const line = lines[p.line + 1]!;
    lines[p.line + 1] = line.padEnd(p.left) + p.text;
  }
  return lines;
}

/**
 * Legend items side by side while they fit. A kind with one legend text for its markers gets that
 * text on a line of its own, then one line per marker drawn as a key: the key and the label.
 */
function legendLines(
  chart: Chart,
  keys: Map<ChartMarker, string>,
  width: number,
  paint: (ink: Ink, text: string) => string,
): string[] {
  const lines: string[] = [];
  let plain = '';
  let painted = '';
  const flush = (): void => {
    if (plain) lines.push(painted);
    plain = painted = '';
  };
  /** Wrapped lines after `lead`, the first starting with its glyph (or key), painted. */
  const block = (lead: string, glyph: string, ink: Ink, text: string): void =>
    wrapWords(`${glyph} ${text}`, width - lead.length, '  ').forEach((part, i) =>
      lines.push(`${lead}${i === 0 ? `${paint(ink, glyph)}${part.slice(glyph.length)}` : part}`),
    );
  for (const entry of legendEntries(chart)) {
    const glyph = swatchGlyph(entry.swatch);
    const text = entry.texts.join('; ');
    const item = `${glyph.ch} ${text}`;
    if (entry.markers) {
      flush();
      const keyed = entry.markers.filter((m) => keys.has(m));
      const rest = entry.markers.length - keyed.length;
      block('', glyph.ch, glyph.ink, keyed.length > 0 ? `${text}:` : text);
      for (const m of keyed) block('  ', keys.get(m)!, m.kind, m.label);
      if (keyed.length > 0 && rest > 0) block('  ', glyph.ch, glyph.ink, `and ${rest} more, drawn as ${glyph.ch}`);
      continue;
    }
    if (plain && plain.length + 3 + item.length > width) flush();
    if (item.length > width) {
      block('', glyph.ch, glyph.ink, text);
      continue;
    }
    plain += `${plain ? '   ' : ''}${item}`;
    painted += `${painted ? '   ' : ''}${paint(glyph.ink, glyph.ch)} ${text}`;
  }
  flush();
  return lines;
}

function swatchGlyph(swatch: LegendSwatch): { ch: string; ink: Ink } {
  switch (swatch.type) {
    case 'line':
      if (swatch.emphasis === 'secondary') return { ch: SECONDARY, ink: 'secondary' };
      return { ch: swatch.line === 'solid' ? '─' : '┄', ink: 'main' };
    case 'band':
      return { ch: BAND, ink: 'band' };
    case 'threshold':
      return { ch: THRESHOLD, ink: 'threshold' };
    case 'marker':
      return { ch: MARKER_GLYPH[swatch.kind], ink: swatch.kind };
  }
}

function inkStyle(style: Style): (ink: Ink, text: string) => string {
  return (ink, text) => {
    switch (ink) {
      case 'none':
        return text;
      case 'band':
      case 'secondary':
        return style.dim(text);
      case 'threshold':
        return style.bad(text);
      case 'asOf':
        return style.warn(text);
      default:
        return style.strong(text);
    }
  };
}

/** One row of cells, with one style call per run of the same ink. */
function paintRow(cells: Cell[], paint: (ink: Ink, text: string) => string): string {
  let out = '';
  let run = '';
  let ink: Ink = 'none';
  for (const cell of cells) {
    if (cell.ink !== ink && run) {
      out += paint(ink, run);
      run = '';
    }
    ink = cell.ink;
    run += cell.ch;
  }
  return out + (ink === 'none' ? run.trimEnd() : paint(ink, run));
}
