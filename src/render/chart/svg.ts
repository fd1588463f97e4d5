import { isoDate } from '../../core/dates.js';
import { formatNumber } from '../../core/figures/format.js';
import { chartFrame, placeDateLabels, type Frame } from './frame.js';
import { bandPolygon, insidePolygon, valueAt } from './geometry.js';
import { legendEntries, type LegendSwatch } from './legend.js';
import type { Chart, ChartMarker, ChartPoint, LineStyle, MarkerKind } from './model.js';
import { linearScale, type LinearScale } from './scale.js';
import { wrapWords } from './wrap.js';

export const SVG_WIDTH = 800;
export const SVG_HEIGHT = 450;

const FONT = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const INK = { text: '#222', muted: '#555', grid: '#e2e2e2', main: '#1b4f8a', secondary: '#3f7fbf', band: '#d3e2f2', threshold: '#b2182b' };
const DASH: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '7 4', dotted: '1.5 3.5' };
const THRESHOLD_DASH = '2 3';

/** Text widths are estimated (no fonts are measured): an em fraction a little above Helvetica's average. */
const textWidth = (text: string, size: number): number => text.length * size * 0.56;

interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: LinearScale;
  y: LinearScale;
}

/**
 * A standalone SVG of the chart at 800 × 450: no scripts, no external fonts or files. Lines
 * differ by dash pattern and weight, markers by shape, so it also prints in black and white.
 * Elements carry classes and data attributes (day, value) so tests and scripts can read them.
 */
export function renderSvg(chart: Chart): string {
  const frame = chartFrame(chart, 5);
  const valueLabels = frame.valueTicks.map((v) => formatNumber(v));
  const titleLines = wrapWords(chart.title, Math.floor((SVG_WIDTH - 32) / (18 * 0.6)));
  const subtitleLines = wrapSentences(chart.subtitle, Math.floor((SVG_WIDTH - 32) / (13 * 0.5)));
  const headerBottom = 30 + (titleLines.length - 1) * 22 + subtitleLines.length * 17;
  const left = Math.max(56, Math.max(...valueLabels.map((l) => textWidth(l, 12))) + 18);
  const top = headerBottom + 28;
  const right = SVG_WIDTH - 24;
  const bottom = SVG_HEIGHT - 48;
  let plot: Plot = {
    left, right, top, bottom,
    x: linearScale(frame.time, [left, right]),
    y: linearScale(frame.value, [bottom, top]),
  };

  let key = legend(chart, plot);
  if (key.coversBand && key.box && chart.band?.keepClear) {
    // No place in the plot leaves the band clear: raise the value axis so a strip above the data
    // holds the legend, and place it again.
    const room = key.box.y1 - key.box.y0 + 16;
    const [low, high] = frame.value;
    const raised = low + ((high - low) * (bottom - top)) / Math.max(1, bottom - top - room);
    plot = { ...plot, y: linearScale([low, raised], [bottom, top]) };
    key = legend(chart, plot);
  }
  const parts: string[] = [
    `<rect width="${SVG_WIDTH}" height="${SVG_HEIGHT}" fill="#fff"/>`,
    ...header(titleLines, subtitleLines),
    ...valueAxis(chart, frame, plot),
    ...dateAxis(chart, frame, plot),
    ...dataLayers(chart, plot),
    ...tags(chart, plot, key.box),
    ...key.parts,
  ];
  const label = `${chart.title}. ${chart.subtitle}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${SVG_HEIGHT}" viewBox="0 0 ${SVG_WIDTH} ${SVG_HEIGHT}" ` +
      `role="img" aria-labelledby="chart-title" font-family="${escapeXml(FONT)}">`,
    `<title id="chart-title">${escapeXml(label)}</title>`,
    ...parts.map((p) => `  ${p}`),
    '</svg>',
    '',
  ].join('\n');
}

/** One line if it fits; otherwise each sentence starts a line, so lines break where the reader pauses. */
function wrapSentences(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  return text.split(/(?<=\.) (?=[A-Z])/).flatMap((sentence) => wrapWords(sentence, width));
}

function header(titleLines: string[], subtitleLines: string[]): string[] {
  const out = titleLines.map(
    (line, i) => `<text class="title" x="16" y="${30 + i * 22}" font-size="18" font-weight="bold" fill="${INK.text}">${escapeXml(line)}</text>`,
  );
  const first = 30 + (titleLines.length - 1) * 22 + 20;
  subtitleLines.forEach((line, i) =>
    out.push(`<text class="subtitle" x="16" y="${first + i * 17}" font-size="13" fill="${INK.muted}">${escapeXml(line)}</text>`),
  );
  return out;
}

function valueAxis(chart: Chart, frame: Frame, plot: Plot): string[] {
  const out = [
    `<text class="axis-title" x="${plot.left}" y="${num(plot.top - 12)}" font-size="12" fill="${INK.muted}">${escapeXml(chart.valueLabel)}</text>`,
  ];
  for (const value of frame.valueTicks) {
    const y = num(plot.y(value));
    out.push(
      `<g class="tick y" data-value="${value}">` +
        `<line x1="${plot.left}" x2="${plot.right}" y1="${y}" y2="${y}" stroke="${INK.grid}" stroke-width="1"/>` +
        `<text x="${plot.left - 8}" y="${y}" dy="4" text-anchor="end" font-size="12" fill="${INK.muted}">${formatNumber(value)}</text></g>`,
    );
  }
  out.push(`<line class="axis y" x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" stroke="${INK.muted}" stroke-width="1"/>`);
  return out;
}

function dateAxis(chart: Chart, frame: Frame, plot: Plot): string[] {
  const out = [`<line class="axis x" x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${INK.muted}" stroke-width="1"/>`];
  const keyWidth = (t: string): number => textWidth(t, 12) + 4;
  const placed = placeDateLabels(chart.keyDays, frame.time, plot.right - plot.left, (d) => plot.x(d), [4, SVG_WIDTH - 4], keyWidth, 10, [110, 75, 50]);
  for (const p of placed) {
    const day = dayOfLabel(p.at, plot.x);
    const x = num(p.at);
    const y = plot.bottom + 18 + p.line * 16;
    out.push(
      `<g class="tick x${p.key ? ' key' : ''}" data-day="${isoDate(day)}">` +
        `<line x1="${x}" x2="${x}" y1="${plot.bottom}" y2="${plot.bottom + 5}" stroke="${INK.muted}" stroke-width="1"/>` +
        `<text x="${num(p.left + keyWidth(p.text) / 2)}" y="${y}" text-anchor="middle" font-size="12"` +
        `${p.key ? ` font-weight="bold" fill="${INK.text}"` : ` fill="${INK.muted}"`}>${escapeXml(p.text)}</text></g>`,
    );
  }
  return out;
}

/** Axis labels are placed by position; the day is recovered exactly since ticks sit on whole days. */
const dayOfLabel = (at: number, x: LinearScale): number => Math.round(x.invert(at));

function dataLayers(chart: Chart, plot: Plot): string[] {
  const out: string[] = [];
  const path = (points: ChartPoint[]): string =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(plot.x(p.at))} ${num(plot.y(p.value))}`).join(' ');
  if (chart.band) {
    out.push(`<path class="band" d="${path(bandPolygon(chart.band))} Z" fill="${INK.band}" stroke="none"/>`);
  }
  if (chart.threshold) {
    const y = num(plot.y(chart.threshold.value));
    out.push(
      `<line class="threshold" data-value="${chart.threshold.value}" x1="${plot.left}" x2="${plot.right}" y1="${y}" y2="${y}" ` +
        `stroke="${INK.threshold}" stroke-width="1.5" stroke-dasharray="${THRESHOLD_DASH}"/>`,
    );
  }
  const ordered = [...chart.series.filter((s) => s.emphasis === 'secondary'), ...chart.series.filter((s) => s.emphasis === 'main')];
  for (const s of ordered) {
    const main = s.emphasis === 'main';
    const dash = DASH[s.line];
    out.push(
      `<path class="series ${s.emphasis}" d="${path(s.points)}" fill="none" stroke="${main ? INK.main : INK.secondary}" ` +
        `stroke-width="${main ? 2.5 : 1.5}" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
  }
  for (const m of chart.markers.filter((m) => m.kind === 'projected')) {
    // A guide from the projected point down to its date on the axis.
    const x = num(plot.x(m.point.at));
    out.push(`<line class="guide" x1="${x}" x2="${x}" y1="${num(plot.y(m.point.value))}" y2="${plot.bottom}" stroke="${INK.muted}" stroke-width="1" stroke-dasharray="3 3"/>`);
  }
  for (const m of chart.markers) {
    out.push(
      `<g class="marker ${m.kind}" data-at="${m.point.at}" data-value="${m.point.value}">` +
        `${markerShape(m.kind, plot.x(m.point.at), plot.y(m.point.value))}<title>${escapeXml(m.label)}</title></g>`,
    );
  }
  return out;
}

function markerShape(kind: MarkerKind, x: number, y: number): string {
  switch (kind) {
    case 'projected':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="6" fill="#fff" stroke="${INK.main}" stroke-width="2.5"/>`;
    case 'bound':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="4.5" fill="#fff" stroke="${INK.secondary}" stroke-width="2"/>`;
    case 'asOf':
      return `<path d="M${num(x)} ${num(y - 7)} L${num(x + 7)} ${num(y)} L${num(x)} ${num(y + 7)} L${num(x - 7)} ${num(y)} Z" fill="${INK.text}" stroke="#fff" stroke-width="1"/>`;
    case 'reported':
      return `<path d="M${num(x - 5)} ${num(y - 5)} L${num(x + 5)} ${num(y + 5)} M${num(x - 5)} ${num(y + 5)} L${num(x + 5)} ${num(y - 5)}" stroke="${INK.text}" stroke-width="2"/>`;
  }
}

const LEGEND_ROW = 18;
const LEGEND_SWATCH = 28;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The legend as a boxed list in the first corner of the plot that no line, band or marker crosses. */
function legend(chart: Chart, plot: Plot): { parts: string[]; box?: Box; coversBand?: boolean } {
  const rows = legendEntries(chart).flatMap((e) => e.texts.map((text) => ({ swatch: e.swatch, text })));
  if (rows.length === 0) return { parts: [] };
  const width = LEGEND_SWATCH + 8 + Math.max(...rows.map((r) => textWidth(r.text, 12))) + 16;
  const height = rows.length * LEGEND_ROW + 10;
  const box = legendCorner(chart, plot, width, height);
  const coversBand = box.bandSamples > 0;
  const out = [`<g class="legend" transform="translate(${num(box.x)} ${num(box.y)})">`,
    `<rect width="${num(width)}" height="${height}" fill="#fff" fill-opacity="0.92" stroke="#bbb" stroke-width="1"/>`];
  rows.forEach((row, i) => {
    const cy = 5 + LEGEND_ROW * i + LEGEND_ROW / 2;
    out.push(`${swatch(row.swatch, 8, cy)}<text x="${8 + LEGEND_SWATCH + 8}" y="${cy}" dy="4" font-size="12" fill="${INK.text}">${escapeXml(row.text)}</text>`);
  });
  out.push('</g>');
  return { parts: out, box: { x0: box.x, y0: box.y, x1: box.x + width, y1: box.y + height }, coversBand };
}

const TAG_SIZE = 11;
const TAG_HEIGHT = 13;
/** Half the size of the space a marker takes, which no tag may cover. */
const MARKER_CLEARANCE = 6;

/**
 * Each tag beside its marker: in the first of eight places around it (right, left, above, below,
 * then the corners) that stays in the plot and covers no other tag, marker or the legend, preferring
 * places that fewer lines cross. Where all eight are taken, a tag goes further above or below (or
 * beside, a row up or down) with a thin leader line to its marker. A tag with no place at all is
 * left out; its marker keeps its tooltip.
 */
function tags(chart: Chart, plot: Plot, legendBox: Box | undefined): string[] {
  const tagged = chart.markers.filter((m) => m.tag !== undefined);
  if (tagged.length === 0) return [];
  const clearance = (m: ChartMarker): Box => {
    const x = plot.x(m.point.at);
    const y = plot.y(m.point.value);
    return { x0: x - MARKER_CLEARANCE, y0: y - MARKER_CLEARANCE, x1: x + MARKER_CLEARANCE, y1: y + MARKER_CLEARANCE };
  };
  const blocked: Box[] = [...(legendBox ? [legendBox] : []), ...chart.markers.map(clearance)];
  const pixels = drawnPixels({ ...chart, markers: [] }, plot);
  const crossings = (b: Box): number => pixels.reduce((sum, [px, py, weight]) => (px >= b.x0 && px <= b.x1 && py >= b.y0 && py <= b.y1 ? sum + weight : sum), 0);
  const isFree = (b: Box): boolean =>
    b.x0 >= plot.left + 2 && b.x1 <= plot.right && b.y0 >= plot.top && b.y1 <= plot.bottom && !blocked.some((o) => overlaps(b, o));
  const out: string[] = [];
  for (const m of tagged) {
    const index = chart.markers.indexOf(m);
    const x = plot.x(m.point.at);
    const y = plot.y(m.point.value);
    const w = textWidth(m.tag!, TAG_SIZE);
    const h = TAG_HEIGHT;
    const box = ([x0, y0]: number[]): Box => ({ x0: x0!, y0: y0!, x1: x0! + w, y1: y0! + h });
    // Centred above or below, a tag slides sideways to stay in the plot.
    const centred = Math.max(plot.left + 2, Math.min(plot.right - w, x - w / 2));
    const near = [
      [x + 9, y - h / 2], [x - 9 - w, y - h / 2], [centred, y - 9 - h], [centred, y + 9],
      [x + 7, y - 7 - h], [x + 7, y + 7], [x - 7 - w, y - 7 - h], [x - 7 - w, y + 7],
    ].map(box).filter(isFree);
    const far = [1, 2, 3, 4, 5, 6, 7, 8]
      .flatMap((k) => {
        const step = k * (h + 2);
        return [[centred, y - 9 - h - step], [centred, y + 9 + step], [x + 9, y - h / 2 - step], [x + 9, y - h / 2 + step], [x - 9 - w, y - h / 2 - step], [x - 9 - w, y - h / 2 + step]];
      })
      .map(box);
    const place = near.length > 0 ? near.reduce((a, b) => (crossings(b) < crossings(a) ? b : a)) : far.find(isFree);
    if (place === undefined) continue;
    blocked.push(place);
    const data = `data-marker="${index}" data-at="${m.point.at}" data-value="${m.point.value}"`;
    if (near.length === 0) out.push(leader(x, y, place, data));
    out.push(
      `<text class="tag ${m.kind}" ${data} x="${num(place.x0)}" y="${num(place.y1 - 3)}" ` +
        `font-size="${TAG_SIZE}" fill="${INK.text}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(m.tag!)}</text>`,
    );
  }
  return out;
}

/** A thin line from the edge of a marker at (x, y) to the nearest point of its tag's box. */
function leader(x: number, y: number, b: Box, data: string): string {
  const tx = Math.max(b.x0, Math.min(b.x1, x));
  const ty = Math.max(b.y0, Math.min(b.y1, y));
  const length = Math.hypot(tx - x, ty - y);
  const fx = x + ((tx - x) / length) * MARKER_CLEARANCE;
  const fy = y + ((ty - y) / length) * MARKER_CLEARANCE;
  return `<line class="leader" ${data} x1="${num(fx)}" y1="${num(fy)}" x2="${num(tx)}" y2="${num(ty)}" stroke="${INK.muted}" stroke-width="0.75"/>`;
}

function swatch(s: LegendSwatch, x: number, cy: number): string {
  const line = (stroke: string, widthPx: number, dash?: string): string =>
    `<line x1="${x}" x2="${x + LEGEND_SWATCH}" y1="${cy}" y2="${cy}" stroke="${stroke}" stroke-width="${widthPx}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  switch (s.type) {
    case 'line':
      return s.emphasis === 'main' ? line(INK.main, 2.5, DASH[s.line]) : line(INK.secondary, 1.5, DASH[s.line]);
    case 'band':
      return `<rect x="${x}" y="${cy - 6}" width="${LEGEND_SWATCH}" height="12" fill="${INK.band}" stroke="${INK.secondary}" stroke-width="1" stroke-dasharray="${DASH.dashed}"/>`;
    case 'threshold':
      return line(INK.threshold, 1.5, THRESHOLD_DASH);
    case 'marker':
      return markerShape(s.kind, x + LEGEND_SWATCH / 2, cy);
  }
}

/**
 * Top right, bottom left, top left, bottom right, then places along the top and bottom edges: the
 * first that covers nothing drawn, else the one covering least (a marker counts far more than a
 * line, a line more than shaded band).
 */
function legendCorner(chart: Chart, plot: Plot, width: number, height: number): { x: number; y: number; bandSamples: number } {
  const pad = 8;
  const [left, right] = [plot.left + pad, plot.right - width - pad];
  const [top, bottom] = [plot.top + pad, plot.bottom - height - pad];
  const slides = [1, 2, 3, 4, 5, 6, 7].map((i) => left + ((right - left) * i) / 8);
  const rows = [1, 2, 3, 4, 5].map((i) => top + ((bottom - top) * i) / 6);
  const places = [
    { x: right, y: top },
    { x: left, y: bottom },
    { x: left, y: top },
    { x: right, y: bottom },
    ...slides.flatMap((x) => [{ x, y: top }, { x, y: bottom }]),
    // Then anywhere inside the plot, for charts whose band fills every edge.
    ...rows.flatMap((y) => [left, ...slides, right].map((x) => ({ x, y }))),
  ];
  const samples = drawnPixels(chart, plot);
  const under = (c: { x: number; y: number }, px: number, py: number, margin: number): boolean =>
    px >= c.x - margin && px <= c.x + width + margin && py >= c.y - margin && py <= c.y + height + margin;
  const crowding = places.map((c) => samples.reduce((sum, [px, py, weight]) => (under(c, px, py, 4) ? sum + weight : sum), 0));
  const free = crowding.indexOf(0);
  const place = places[free >= 0 ? free : crowding.indexOf(Math.min(...crowding))]!;
  const bandSamples = samples.filter(([px, py, weight]) => weight === WEIGHT.band && under(place, px, py, 0)).length;
  return { ...place, bandSamples };
}

/**
 * How much covering a sample of each layer costs the legend: the band holds the interval a
 * reader needs, so covering it costs more than crossing a line; a marker costs most.
 */
const WEIGHT = { line: 1, band: 20, marker: 1000 };

/** Points along every line, the band's area, the threshold and the markers, in pixels, every few pixels, with their weight. */
function drawnPixels(chart: Chart, plot: Plot): [number, number, number][] {
  const out: [number, number, number][] = [];
  const step = 4;
  for (let px = plot.left; px <= plot.right; px += step) {
    const at = plot.x.invert(px);
    for (const s of chart.series) {
      const v = valueAt(s.points, at);
      if (v !== undefined) out.push([px, plot.y(v), WEIGHT.line]);
    }
    if (chart.threshold) out.push([px, plot.y(chart.threshold.value), WEIGHT.line]);
    if (chart.band) {
      const polygon = bandPolygon(chart.band);
      for (let py = plot.top; py <= plot.bottom; py += step) {
        if (insidePolygon(polygon, at, plot.y.invert(py))) out.push([px, py, WEIGHT.band]);
      }
    }
  }
  // Steep segments: sample along the height too, so a near-vertical line is not missed.
  for (const s of chart.series) {
    for (let py = plot.top; py <= plot.bottom; py += step) {
      for (let i = 1; i < s.points.length; i++) {
        const a = s.points[i - 1]!;
        const b = s.points[i]!;
        const value = plot.y.invert(py);
        if ((value - a.value) * (value - b.value) <= 0 && a.value !== b.value) {
          out.push([plot.x(a.at + ((value - a.value) / (b.value - a.value)) * (b.at - a.at)), py, WEIGHT.line]);
        }
      }
    }
  }
  for (const m of chart.markers) out.push([plot.x(m.point.at), plot.y(m.point.value), WEIGHT.marker]);
  return out;
}

/** Coordinates to two decimals at most: "12.5", "300". */
const num = (x: number): string => String(Math.round(x * 100) / 100);

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
