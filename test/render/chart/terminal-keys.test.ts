import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/dates.js';
import { fit, type Report } from '../../../src/core/series/fit.js';
import { parseLedger } from '../../../src/core/ledger/ledger.js';
import { datedCasualtyFigures } from '../../../src/core/ledger/ledger-points.js';
import { chalkStyle } from '../../../src/render/chalk-style.js';
import { fitChart } from '../../../src/render/chart/fit-chart.js';
import { ledgerMarkers } from '../../../src/render/chart/ledger-markers.js';
import type { Chart } from '../../../src/render/chart/model.js';
import { monteCarloChart } from '../../../src/render/chart/montecarlo-chart.js';
import { projectChart } from '../../../src/render/chart/project-chart.js';
import { markerKeys, renderTerminalChart } from '../../../src/render/chart/terminal.js';
import { fitDocument } from '../../../src/render/fit.js';
import { plainStyle } from '../../../src/render/style.js';
import { MC_RANGES, monteCarloDocumentFor } from '../../helpers/montecarlo.js';
import { documentFor, ISW } from '../../helpers/projection.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const seeds = (() => {
  const parsed = parseLedger(JSON.parse(readFileSync(new URL('../../../seeds/ledger.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return datedCasualtyFigures(parsed.value);
})();
const troopsLeft = {
  value: (c: number) => 12000 - c,
  legend: 'ledger: C casualties (claimant, date) drawn at 12,000 − C',
};
const REPORTS: Report[] = [
  { date: '2024-12-25', casualties: 1800 },
  { date: '2025-01-13', casualties: 3000, source: 'NIS' },
  { date: '2025-01-16', casualties: 3800, source: 'Zelensky' },
  { date: '2025-01-20', casualties: 4000, source: 'UK MoD' },
];
const mcDoc = monteCarloDocumentFor(MC_RANGES);
const fitDoc = fitDocument({ file: 'reports.csv', force: 12000 }, fit(REPORTS, { force: 12000 }));
const CHARTS: [string, Chart, string[]][] = [
  ['Monte Carlo', monteCarloChart(mcDoc), ['2024-12-06', mcDoc.result.quantiles.p50!]],
  ['fit with a force', fitChart(fitDoc, 'reports.csv'), [fitDoc.result.start!, '2025-04-26']],
  [
    'project with ledger points',
    ledgerMarkers(projectChart(documentFor(ISW)), seeds, troopsLeft),
    ['2024-12-06', '2025-04-15'],
  ],
];
const plotLines = (text: string): string[] => text.split('\n').filter((l) => /^ *[\d,]* [┤│]/.test(l));

describe.each(CHARTS)('renderTerminalChart: %s', (_name, chart, keyDays) => {
  it.each([40, 80, 120])('fits %i columns and labels the key days', (width) => {
    const text = renderTerminalChart(chart, width, plainStyle);
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
    const lines = text.split('\n');
    const labels = lines.slice(lines.findIndex((l) => /^ *└/.test(l)) + 1).join('\n');
    for (const day of keyDays) expect(labels).toContain(day);
    expect(text).not.toMatch(ANSI);
  });

  it('colours only through the style', () => {
    const coloured = renderTerminalChart(chart, 80, chalkStyle(1));
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(renderTerminalChart(chart, 80, plainStyle));
  });

  it('draws each tagged marker as its key and lists the key with its label under the legend text of its kind', () => {
    const text = renderTerminalChart(chart, 120, plainStyle);
    const keys = markerKeys(chart);
    expect(keys.size).toBe(chart.markers.filter((m) => m.tag !== undefined).length);
    const plot = plotLines(text).join('\n');
    const legend = text.split('\n');
    for (const [marker, key] of keys) {
      expect(legend).toContain(`  ${key} ${marker.label}`);
      const summary = chart.markerLegends![marker.kind]!;
      expect(legend.findIndex((l) => l.endsWith(`${summary}:`))).toBeLessThan(
        legend.indexOf(`  ${key} ${marker.label}`),
      );
    }
    // Keys may share a cell when figures coincide; most are drawn.
    const drawn = [...keys.values()].filter((k) => plot.includes(k));
    expect(drawn.length).toBeGreaterThanOrEqual(Math.ceil(keys.size / 2));
  });
});

describe('renderTerminalChart: keys', () => {
  it('numbers tagged markers across the chart, and keeps the glyph past the last key', () => {
    const base = projectChart(documentFor(ISW));
    const point = base.series[0]!.points[0]!;
    const many: Chart = {
      ...base,
      markers: [
        ...base.markers,
        ...Array.from({ length: 40 }, (_, i) => ({
          kind: 'reported' as const,
          point,
          label: `figure ${i}`,
          tag: `tag ${i}`,
        })),
      ],
      markerLegends: { reported: 'figures' },
    };
    const keys = [...markerKeys(many).values()];
    expect(keys.slice(0, 12)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c']);
    expect(keys).toHaveLength(35);
    expect(renderTerminalChart(many, 80, plainStyle)).toContain('  × and 5 more, drawn as ×');
  });

  it('matches the recorded charts', () => {
    expect(renderTerminalChart(CHARTS[0]![1], 80, plainStyle)).toMatchSnapshot();
    expect(renderTerminalChart(CHARTS[1]![1], 80, plainStyle)).toMatchSnapshot();
    expect(renderTerminalChart(CHARTS[2]![1], 80, plainStyle)).toMatchSnapshot();
  });

  it('draws a fit of many reports without keys', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ date: isoDate(20089 + i), casualties: 90 * (i + 1) }));
    const text = renderTerminalChart(
      fitChart(fitDocument({ file: 'r.csv', force: null }, fit(many)), 'r.csv'),
      80,
      plainStyle,
    );
    expect(text.split('\n')).toContain('◆ 20 reports from r.csv');
    expect(plotLines(text).join('').match(/◆/g)!.length).toBeGreaterThan(10);
    expect(text).not.toContain('2025-01-01: 90');
  });
});
