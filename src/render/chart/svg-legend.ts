import { legendEntries, type LegendSwatch } from './legend.js';
import type { Chart } from './model.js';
import {
  DASH,
  drawnPixels,
  escapeXml,
  WEIGHT,
  INK,
  markerShape,
  num,
  textWidth,
  THRESHOLD_DASH,
  type Box,
  type Plot,
} from './svg-ink.js';

const LEGEND_ROW = 18;
const LEGEND_SWATCH = 28;

/** The legend as a boxed list in the first corner of the plot that no line, band or marker crosses. */
export function legend(chart: Chart, plot: Plot): { parts: string[]; box?: Box; coversBand?: boolean } {
  const rows = legendEntries(chart).flatMap((e) => e.texts.map((text) => ({ swatch: e.swatch, text })));
  if (rows.length === 0) return { parts: [] };
  const width = LEGEND_SWATCH + 8 + Math.max(...rows.map((r) => textWidth(r.text, 12))) + 16;
  const height = rows.length * LEGEND_ROW + 10;
  const box = legendCorner(chart, plot, width, height);
  const coversBand = box.bandSamples > 0;
  const out = [
    `<g class="legend" transform="translate(${num(box.x)} ${num(box.y)})">`,
    `<rect width="${num(width)}" height="${height}" fill="#fff" fill-opacity="0.92" stroke="#bbb" stroke-width="1"/>`,
  ];
  rows.forEach((row, i) => {
    const cy = 5 + LEGEND_ROW * i + LEGEND_ROW / 2;
    out.push(
      `${swatch(row.swatch, 8, cy)}<text x="${8 + LEGEND_SWATCH + 8}" y="${cy}" dy="4" font-size="12" ` +
        `fill="${INK.text}">${escapeXml(row.text)}</text>`,
    );
  });
  out.push('</g>');
  return { parts: out, box: { x0: box.x, y0: box.y, x1: box.x + width, y1: box.y + height }, coversBand };
}

function swatch(s: LegendSwatch, x: number, cy: number): string {
  const line = (stroke: string, widthPx: number, dash?: string): string =>
    `<line x1="${x}" x2="${x + LEGEND_SWATCH}" y1="${cy}" y2="${cy}" stroke="${stroke}" ` +
    `stroke-width="${widthPx}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  switch (s.type) {
    case 'line':
      return s.emphasis === 'main' ? line(INK.main, 2.5, DASH[s.line]) : line(INK.secondary, 1.5, DASH[s.line]);
    case 'band':
      return (
        `<rect x="${x}" y="${cy - 6}" width="${LEGEND_SWATCH}" height="12" fill="${INK.band}" ` +
        `stroke="${INK.secondary}" stroke-width="1" stroke-dasharray="${DASH.dashed}"/>`
      );
    case 'threshold':
      return line(INK.threshold, 1.5, THRESHOLD_DASH);
    case 'marker':
      return markerShape(s.kind, x + LEGEND_SWATCH / 2, cy);
  }
}

/**
 * Top right, bottom left, top left, bottom right, then places along the top and bottom edges,
 * then anywhere in the plot: the first that covers nothing drawn, else the one covering least (a
 * marker counts far more than the band, the band more than a line). Says how much band it covers.
 */
function legendCorner(
  chart: Chart,
  plot: Plot,
  width: number,
  height: number,
): { x: number; y: number; bandSamples: number } {
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
    ...slides.flatMap((x) => [
      { x, y: top },
      { x, y: bottom },
    ]),
    // Then anywhere inside the plot, for charts whose band fills every edge.
    ...rows.flatMap((y) => [left, ...slides, right].map((x) => ({ x, y }))),
  ];
  const samples = drawnPixels(chart, plot);
  const under = (c: { x: number; y: number }, px: number, py: number, margin: number): boolean =>
    px >= c.x - margin && px <= c.x + width + margin && py >= c.y - margin && py <= c.y + height + margin;
  const covered = (c: { x: number; y: number }) =>
    samples.reduce((sum, [px, py, weight]) => (under(c, px, py, 4) ? sum + weight : sum), 0);
  // Usually the first place is free: weigh the others only when it is not.
  const free = places.find((c) => !samples.some(([px, py]) => under(c, px, py, 4)));
  if (free !== undefined) return { ...free, bandSamples: 0 };
  const crowding = places.map(covered);
  const place = places[crowding.indexOf(Math.min(...crowding))]!;
  const bandSamples = samples.filter(([px, py, weight]) => weight === WEIGHT.band && under(place, px, py, 0)).length;
  return { ...place, bandSamples };
}
