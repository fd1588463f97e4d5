import type { Chart, ChartMarker, LineStyle, MarkerKind } from './model.js';

export type LegendSwatch =
  | { type: 'line'; line: LineStyle; emphasis: 'main' | 'secondary' }
  | { type: 'band' }
  | { type: 'threshold' }
  | { type: 'marker'; kind: MarkerKind };

export interface LegendEntry {
  swatch: LegendSwatch;
  /** One text, or one per marker of a kind ("earliest …", "latest …"). */
  texts: string[];
  /** With a kind's one legend text: the markers it stands for, whose labels the terminal lists after it. */
  markers?: ChartMarker[];
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
    const markers = chart.markers.filter((m) => m.kind === kind);
    if (markers.length === 0) continue;
    const summary = chart.markerLegends?.[kind];
    const swatch: LegendSwatch = { type: 'marker', kind };
    entries.push(
      summary === undefined ? { swatch, texts: markers.map((m) => m.label) } : { swatch, texts: [summary], markers },
    );
  }
  return entries;
}
