import { isoDate } from '../../core/dates.js';
import { formatNumber } from '../../core/figures/format.js';
import { chartFrame, placeDateLabels, type Frame } from './frame.js';
import { bandPolygon } from './geometry.js';
import type { Chart, ChartPoint } from './model.js';
import { linearScale, type LinearScale } from './scale.js';
import { DASH, escapeXml, FONT, INK, markerShape, num, textWidth, THRESHOLD_DASH, type Plot } from './svg-ink.js';
import { SVG_HEIGHT, SVG_WIDTH } from './svg-size.js';
import { legend } from './svg-legend.js';
import { tags } from './svg-tags.js';
import { wrapWords } from '../wrap.js';

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
    left,
    right,
    top,
    bottom,
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${SVG_HEIGHT}" viewBox="0 ` +
      `0 ${SVG_WIDTH} ${SVG_HEIGHT}" ` +
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
    (line, i) =>
      `<text class="title" x="16" y="${30 + i * 22}" font-size="18" font-weight="bold" ` +
      `fill="${INK.text}">${escapeXml(line)}</text>`,
  );
  const first = 30 + (titleLines.length - 1) * 22 + 20;
  subtitleLines.forEach((line, i) =>
    out.push(
      `<text class="subtitle" x="16" y="${first + i * 17}" font-size="13" ` +
        `fill="${INK.muted}">${escapeXml(line)}</text>`,
    ),
  );
  return out;
}

function valueAxis(chart: Chart, frame: Frame, plot: Plot): string[] {
  const out = [
    `<text class="axis-title" x="${plot.left}" y="${num(plot.top - 12)}" font-size="12" ` +
      `fill="${INK.muted}">${escapeXml(chart.valueLabel)}</text>`,
  ];
  for (const value of frame.valueTicks) {
    const y = num(plot.y(value));
    out.push(
      `<g class="tick y" data-value="${value}">` +
        `<line x1="${plot.left}" x2="${plot.right}" y1="${y}" y2="${y}" stroke="${INK.grid}" stroke-width="1"/>` +
        `<text x="${plot.left - 8}" y="${y}" dy="4" text-anchor="end" font-size="12" ` +
        `fill="${INK.muted}">${formatNumber(value)}</text></g>`,
    );
  }
  out.push(
    `<line class="axis y" x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" ` +
      `stroke="${INK.muted}" stroke-width="1"/>`,
  );
  return out;
}

function dateAxis(chart: Chart, frame: Frame, plot: Plot): string[] {
  const out = [
    `<line class="axis x" x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" ` +
      `stroke="${INK.muted}" stroke-width="1"/>`,
  ];
  const keyWidth = (t: string): number => textWidth(t, 12) + 4;
  const placed = placeDateLabels(
    chart.keyDays,
    frame.time,
    plot.right - plot.left,
    (d) => plot.x(d),
    [4, SVG_WIDTH - 4],
    keyWidth,
    10,
    [110, 75, 50],
  );
  for (const p of placed) {
    const day = dayOfLabel(p.at, plot.x);
    const x = num(p.at);
    const y = plot.bottom + 18 + p.line * 16;
    out.push(
      `<g class="tick x${p.key ? ' key' : ''}" data-day="${isoDate(day)}">` +
        `<line x1="${x}" x2="${x}" y1="${plot.bottom}" y2="${plot.bottom + 5}" stroke="${INK.muted}" ` +
        `stroke-width="1"/>` +
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
      `<line class="threshold" data-value="${chart.threshold.value}" x1="${plot.left}" x2="${plot.right}" ` +
        `y1="${y}" y2="${y}" ` +
        `stroke="${INK.threshold}" stroke-width="1.5" stroke-dasharray="${THRESHOLD_DASH}"/>`,
    );
  }
  const ordered = [
    ...chart.series.filter((s) => s.emphasis === 'secondary'),
    ...chart.series.filter((s) => s.emphasis === 'main'),
  ];
  for (const s of ordered) {
    const main = s.emphasis === 'main';
    const dash = DASH[s.line];
    out.push(
      `<path class="series ${s.emphasis}" d="${path(s.points)}" fill="none" ` +
        `stroke="${main ? INK.main : INK.secondary}" ` +
        `stroke-width="${main ? 2.5 : 1.5}" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
  }
  for (const m of chart.markers.filter((m) => m.kind === 'projected')) {
    // A guide from the projected point down to its date on the axis.
    const x = num(plot.x(m.point.at));
    out.push(
      `<line class="guide" x1="${x}" x2="${x}" y1="${num(plot.y(m.point.value))}" y2="${plot.bottom}" ` +
        `stroke="${INK.muted}" stroke-width="1" stroke-dasharray="3 3"/>`,
    );
  }
  for (const m of chart.markers) {
    out.push(
      `<g class="marker ${m.kind}" data-at="${m.point.at}" data-value="${m.point.value}">` +
        `${markerShape(m.kind, plot.x(m.point.at), plot.y(m.point.value))}<title>${escapeXml(m.label)}</title></g>`,
    );
  }
  return out;
}
