import type { Document } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fit, type Report } from '../../../src/core/series/fit.js';
import { parseLedger } from '../../../src/core/ledger/ledger.js';
import { datedCasualtyFigures } from '../../../src/core/ledger/ledger-points.js';
import { fitChart } from '../../../src/render/chart/fit-chart.js';
import { ledgerMarkers } from '../../../src/render/chart/ledger-markers.js';
import type { Chart } from '../../../src/render/chart/model.js';
import { monteCarloChart } from '../../../src/render/chart/montecarlo-chart.js';
import { projectChart } from '../../../src/render/chart/project-chart.js';
import { renderSvg } from '../../../src/render/chart/svg.js';
import { fitDocument } from '../../../src/render/fit.js';
import { MC_RANGES, monteCarloDocumentFor } from '../../helpers/montecarlo.js';
import { documentFor, ISW, ISW_RANGES } from '../../helpers/projection.js';
import { centreOf, dateAxisOf, legendBoxOf, valueAxisOf, type Box } from '../../helpers/svg.js';
import { elements, numberAttr, parseXml } from '../../helpers/xml.js';

const seeds = (() => {
  const parsed = parseLedger(JSON.parse(readFileSync(new URL('../../../seeds/ledger.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return datedCasualtyFigures(parsed.value);
})();
const troopsLeft = (force: number) => ({
  value: (c: number) => force - c,
  legend: `ledger: C casualties (claimant, date) drawn at ${force} − C`,
});
const REPORTS: Report[] = [
  { date: '2024-12-25', casualties: 1800 },
  { date: '2025-01-13', casualties: 3000, source: 'NIS' },
  { date: '2025-01-16', casualties: 3800, source: 'Zelensky' },
  { date: '2025-01-20', casualties: 4000, source: 'UK MoD' },
];
const fitted = (force?: number): Chart =>
  fitChart(
    fitDocument({ file: 'reports.csv', force: force ?? null }, fit(REPORTS, force === undefined ? {} : { force })),
    'reports.csv',
  );

const CHARTS: [string, Chart][] = [
  ['Monte Carlo', monteCarloChart(monteCarloDocumentFor(MC_RANGES))],
  [
    'Monte Carlo, start range, as-of, half the force',
    monteCarloChart(
      monteCarloDocumentFor({
        ...MC_RANGES,
        start: { low: '2024-12-01', high: '2024-12-10' },
        casualties: { low: 3000, high: 4000 },
        asOf: '2025-01-16',
        threshold: 0.5,
      }),
    ),
  ],
  [
    'Monte Carlo with ledger points',
    ledgerMarkers(monteCarloChart(monteCarloDocumentFor(MC_RANGES)), seeds, troopsLeft(11500)),
  ],
  ['fit', fitted()],
  ['fit with a force', fitted(12000)],
  [
    'fit with a force and ledger points',
    ledgerMarkers(fitted(12000), seeds, { value: (c) => c, legend: 'ledger: C casualties (claimant, date)' }),
  ],
  ['project with ledger points', ledgerMarkers(projectChart(documentFor(ISW)), seeds, troopsLeft(12000))],
  ['project ranges with ledger points', ledgerMarkers(projectChart(documentFor(ISW_RANGES)), seeds, troopsLeft(11500))],
];

const TAG_HEIGHT = 13;
/** A tag's box: its text is estimated at 0.56 em a character, 11 px, baseline 3 px above the bottom. */
const tagBox = (x: number, y: number, text: string): Box => ({
  x0: x,
  y0: y + 3 - TAG_HEIGHT,
  x1: x + text.length * 11 * 0.56,
  y1: y + 3,
});
const overlap = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01;
const distance = (b: Box, x: number, y: number): number =>
  Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

function tagsOf(doc: Document) {
  return elements(doc, 'text', 'tag').map((t) => ({
    marker: t.getAttribute('data-marker'),
    at: Number(t.getAttribute('data-at')),
    value: Number(t.getAttribute('data-value')),
    text: t.textContent ?? '',
    box: tagBox(numberAttr(t, 'x'), numberAttr(t, 'y'), t.textContent ?? ''),
  }));
}

describe.each(CHARTS)('renderSvg: %s', (_name, chart) => {
  const text = renderSvg(chart);
  const doc = parseXml(text);

  it('is a standalone 800 × 450 SVG with no scripts or outside references', () => {
    const svg = doc.documentElement!;
    expect([svg.tagName, svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['svg', '800', '450']);
    expect(text).not.toMatch(/<script|href=|url\(|@import|@font-face|<foreignObject|<image|\bon[a-z]+=/i);
  });

  it('draws every series, the band and every marker, where the axes say they are', () => {
    expect(elements(doc, 'path', 'series')).toHaveLength(chart.series.length);
    expect(elements(doc, 'path', 'band')).toHaveLength(chart.band ? 1 : 0);
    expect(elements(doc, 'line', 'threshold')).toHaveLength(chart.threshold ? 1 : 0);
    const x = dateAxisOf(doc);
    const y = valueAxisOf(doc);
    const markers = elements(doc, 'g', 'marker').filter((g) => g.parentNode?.nodeName !== 'g');
    expect(markers.map((g) => g.getAttribute('class'))).toEqual(chart.markers.map((m) => `marker ${m.kind}`));
    markers.forEach((g, i) => {
      const { at, value } = chart.markers[i]!.point;
      const [cx, cy] = centreOf(g);
      expect(Math.abs(cx - x(at))).toBeLessThan(0.05);
      expect(Math.abs(cy - y(value))).toBeLessThan(0.05);
    });
  });

  it(
    'writes each tag next to its marker (or at the end of a leader line from it), clear of the legend and of ' +
      'each other',
    () => {
      const tags = tagsOf(doc);
      const tagged = chart.markers.filter((m) => m.tag !== undefined);
      expect(tags.map((t) => t.text)).toEqual(tagged.map((m) => m.tag));
      expect(tags.map((t) => chart.markers[Number(t.marker)])).toEqual(tagged);
      const x = dateAxisOf(doc);
      const y = valueAxisOf(doc);
      const legend = legendBoxOf(doc);
      const leaders = elements(doc, 'line', 'leader');
      for (const [i, tag] of tags.entries()) {
        const [mx, my] = [x(tag.at), y(tag.value)];
        const leader = leaders.find((l) => l.getAttribute('data-marker') === tag.marker);
        if (leader) {
          expect(Math.hypot(numberAttr(leader, 'x1') - mx, numberAttr(leader, 'y1') - my)).toBeLessThan(8.5);
          expect(distance(tag.box, numberAttr(leader, 'x2'), numberAttr(leader, 'y2'))).toBeLessThan(0.05);
        } else {
          expect(distance(tag.box, mx, my)).toBeLessThan(14);
        }
        expect(overlap(tag.box, legend)).toBe(false);
        for (const other of tags.slice(i + 1)) expect(overlap(tag.box, other.box)).toBe(false);
      }
    },
  );

  it('lists a kind with one legend text in one legend row', () => {
    const rows = Array.from(elements(doc, 'g', 'legend')[0]!.getElementsByTagName('text')).map((t) => t.textContent);
    for (const [kind, summary] of Object.entries(chart.markerLegends ?? {})) {
      expect(rows.filter((r) => r === summary)).toHaveLength(1);
      for (const m of chart.markers.filter((m) => m.kind === kind)) expect(rows).not.toContain(m.label);
    }
  });

  it('keeps the legend off every marker', () => {
    const legend = legendBoxOf(doc);
    for (const g of elements(doc, 'g', 'marker').filter((g) => g.parentNode?.nodeName !== 'g')) {
      const [cx, cy] = centreOf(g);
      expect(cx >= legend.x0 && cx <= legend.x1 && cy >= legend.y0 && cy <= legend.y1).toBe(false);
    }
  });
});

describe('renderSvg with tags', () => {
  it('labels every seeds-ledger figure on the reference projection', () => {
    const chart = ledgerMarkers(projectChart(documentFor(ISW)), seeds, troopsLeft(12000));
    expect(tagsOf(parseXml(renderSvg(chart))).map((t) => t.text)).toEqual([
      "South Korea's NIS, mid-Dec 2024",
      'Zelensky, early Jan 2025',
      "South Korea's NIS, 13 Jan 2025",
      'UK Ministry of Defence, mid-Jan 2025',
      'Kovalenko, 18 Jan 2025',
    ]);
  });

  it('leaves out a tag that has no room anywhere, keeping its marker', () => {
    const base = projectChart(documentFor(ISW));
    const point = { at: base.series[0]!.points[0]!.at + 20, value: 10000 };
    const crowded: Chart = {
      ...base,
      markers: [
        ...base.markers,
        ...Array.from({ length: 40 }, (_, i) => ({
          kind: 'reported' as const,
          point,
          label: `figure ${i}`,
          tag: `a long tag that takes room ${i}`,
        })),
      ],
      markerLegends: { reported: 'ledger figures' },
    };
    const doc = parseXml(renderSvg(crowded));
    expect(elements(doc, 'g', 'marker', 'reported')).toHaveLength(40);
    const tags = tagsOf(doc);
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.length).toBeLessThan(40);
  });
});
