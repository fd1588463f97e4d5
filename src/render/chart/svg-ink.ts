// What every part of an SVG chart draws with: ink, text widths, marker shapes, and the pixels the data covers.
import { bandPolygon, insidePolygon, valueAt } from './geometry.js';
import type { Chart, LineStyle, MarkerKind } from './model.js';
import type { LinearScale } from './scale.js';

export const FONT = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
export const INK = {
  text: '#222',
  muted: '#555',
  grid: '#e2e2e2',
  main: '#1b4f8a',
  secondary: '#3f7fbf',
  band: '#d3e2f2',
  threshold: '#b2182b',
};
export const DASH: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '7 4', dotted: '1.5 3.5' };
export const THRESHOLD_DASH = '2 3';

/** Text widths are estimated (no fonts are measured): an em fraction a little above Helvetica's average. */
export const textWidth = (text: string, size: number): number => text.length * size * 0.56;

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: LinearScale;
  y: LinearScale;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function markerShape(kind: MarkerKind, x: number, y: number): string {
  switch (kind) {
    case 'projected':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="6" fill="#fff" stroke="${INK.main}" stroke-width="2.5"/>`;
    case 'bound':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="4.5" fill="#fff" stroke="${INK.secondary}" stroke-width="2"/>`;
    case 'asOf':
      return (
        `<path d="M${num(x)} ${num(y - 7)} L${num(x + 7)} ${num(y)} L${num(x)} ${num(y + 7)} ` +
        `L${num(x - 7)} ${num(y)} Z" fill="${INK.text}" stroke="#fff" stroke-width="1"/>`
      );
    case 'reported':
      return (
        `<path d="M${num(x - 5)} ${num(y - 5)} L${num(x + 5)} ${num(y + 5)} M${num(x - 5)} ${num(y + 5)} ` +
        `L${num(x + 5)} ${num(y - 5)}" stroke="${INK.text}" stroke-width="2"/>`
      );
  }
}

/**
 * How much covering a sample of each layer costs the legend: the band holds the interval a
 * reader needs, so covering it costs more than crossing a line; a marker costs most.
 */
export const WEIGHT = { line: 1, band: 20, marker: 1000 };

/**
 * Points along every line, the band's area, the threshold and the markers, in pixels, every few pixels, with their
 * weight.
 */
export function drawnPixels(chart: Chart, plot: Plot): [number, number, number][] {
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
export const num = (x: number): string => String(Math.round(x * 100) / 100);

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
