import type { Chart, LineStyle, MarkerKind } from './model.js';

export type LegendSwatch =
  | { type: 'line'; line: LineStyle; emphasis: 'main' | 'secondary' }
  | { type: 'band' }
  | { type: 'threshold' }
  | { type: 'marker'; kind: MarkerKind };

export interface LegendEntry {
  swatch: LegendSwatch;
  /** One text, or one per marker of a kind ("earliest …", "latest …"). */
  texts: string[];
}

const MARKER_ORDER: MarkerKind[] = ['projected', 'bound', 'asOf', 'reported'];

/** What the legend lists, in order: series, band, threshold, then markers grouped by kind. */
export function legendEntries(chart: Chart): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const main = chart.series.filter((s) => s.emphasis === 'main');
  const secondary = chart.series.filter((s) => s.emphasis === 'secondary');
  for (const s of [...main, ...secondary]) {
    if (s.legend) entries.push({ swatch: { type: 'line', line: s.line, emphasis: s.emphasis }, texts: [s.legend] });
  }
  if (chart.band) entries.push({ swatch: { type: 'band' }, texts: [chart.band.legend] });
  if (chart.threshold) entries.push({ swatch: { type: 'threshold' }, texts: [chart.threshold.legend] });
  for (const kind of MARKER_ORDER) {
    const labels = chart.markers.filter((m) => m.kind === kind).map((m) => m.label);
    if (labels.length > 0) entries.push({ swatch: { type: 'marker', kind }, texts: labels });
  }
  return entries;
}
