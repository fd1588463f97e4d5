import type { Document, Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../src/render/chart/model.js';
import { projectChart } from '../../../src/render/chart/project-chart.js';
import { renderSvg } from '../../../src/render/chart/svg.js';
import { centreOf, dateAxisOf, legendBoxOf, valueAxisOf } from '../../helpers/svg.js';
import { elements, numberAttr, parseXml } from '../../helpers/xml.js';
import {
  documentFor,
  documentOrUndefined,
  ISW,
  ISW_AS_OF,
  ISW_RANGES,
  scenarios,
  type Scenario,
} from '../../helpers/projection.js';
import { day as dayOf } from '../../helpers/dates.js';

const svgFor = (s: Scenario): Document => parseXml(renderSvg(projectChart(documentFor(s))));

const textOf = (doc: Document, cls: string): string =>
  elements(doc, 'text', cls)
    .map((t) => t.textContent)
    .join(' ');

describe('renderSvg', () => {
  it('is well-formed XML: a standalone 800 × 450 SVG', () => {
    for (const s of [
      ISW,
      ISW_AS_OF,
      ISW_RANGES,
      { ...ISW_RANGES, threshold: 0.5, casualties: 3800, asOf: '2025-01-16' },
    ]) {
      const doc = svgFor(s);
      const svg = doc.documentElement!;
      expect(svg.tagName).toBe('svg');
      expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual([
        '800',
        '450',
        '0 0 800 450',
      ]);
    }
  });

  it('carries no scripts and no references to anything outside the file', () => {
    const text = renderSvg(projectChart(documentFor(ISW_RANGES)));
    expect(text).not.toMatch(/<script|href=|url\(|@import|@font-face|<foreignObject|<image|\bon[a-z]+=/i);
  });

  it('states the scenario in a title and subtitle', () => {
    const doc = svgFor(ISW_AS_OF);
    expect(textOf(doc, 'title')).toBe('12,000 troops losing 92 a day from 2024-12-06');
    expect(textOf(doc, 'subtitle')).toBe(
      'Fully lost on 2025-04-16 (mid-April 2025) if the rate holds; 3,800 lost by 2025-01-16. A constant-rate ' +
        'scenario, not a forecast.',
    );
    expect(doc.getElementsByTagName('title')[0]!.textContent).toContain('12,000 troops losing 92 a day');
  });

  it(
    'has the elements a reader needs: axes with dates and numbers, line, band, threshold, as-of and projected ' +
      'points',
    () => {
      const doc = svgFor({ ...ISW_RANGES, casualties: 3800, asOf: '2025-01-16' });
      const keyDays = elements(doc, 'g', 'tick', 'x', 'key').map((g) => g.getAttribute('data-day'));
      expect(keyDays).toEqual(['2024-12-06', '2025-04-16']);
      expect(elements(doc, 'g', 'tick', 'x').length).toBeGreaterThan(2);
      expect(elements(doc, 'g', 'tick', 'y').map((g) => g.getElementsByTagName('text')[0]!.textContent)).toEqual([
        '0',
        '2,000',
        '4,000',
        '6,000',
        '8,000',
        '10,000',
        '12,000',
      ]);
      expect(elements(doc, 'path', 'series', 'main')).toHaveLength(1);
      expect(elements(doc, 'path', 'series', 'secondary')).toHaveLength(2);
      expect(elements(doc, 'path', 'band')).toHaveLength(1);
      expect(elements(doc, 'line', 'threshold')).toHaveLength(1);
      expect(elements(doc, 'g', 'marker', 'asOf')).toHaveLength(1);
      expect(elements(doc, 'g', 'marker', 'projected')).toHaveLength(1);
      expect(elements(doc, 'g', 'marker', 'bound')).toHaveLength(2);
      const legend = elements(doc, 'g', 'legend')[0]!;
      const legendText = Array.from(legend.getElementsByTagName('text')).map((t) => t.textContent);
      expect(legendText).toContain('earliest 2025-04-05 (early April 2025)');
      expect(legendText).toContain('3,800 lost by 2025-01-16');
    },
  );

  it('tells lines apart without colour: solid projection, dashed range, dotted threshold', () => {
    const doc = svgFor(ISW_RANGES);
    const dash = (e: Element): string | null => e.getAttribute('stroke-dasharray');
    const main = elements(doc, 'path', 'series', 'main')[0]!;
    const bound = elements(doc, 'path', 'series', 'secondary')[0]!;
    const threshold = elements(doc, 'line', 'threshold')[0]!;
    expect(dash(main)).toBeNull();
    expect(new Set([dash(main), dash(bound), dash(threshold)]).size).toBe(3);
    expect(numberAttr(main, 'stroke-width')).toBeGreaterThan(numberAttr(bound, 'stroke-width'));
  });

  it('places points where the axes say their dates and values are', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const doc = documentOrUndefined(s);
        fc.pre(doc !== undefined);
        const chart = projectChart(doc!);
        const svg = parseXml(renderSvg(chart));
        const x = dateAxisOf(svg);
        const y = valueAxisOf(svg);
        for (const marker of elements(svg, 'g', 'marker')) {
          const at = Number(marker.getAttribute('data-at'));
          const value = Number(marker.getAttribute('data-value'));
          const [cx, cy] = centreOf(marker);
          // Coordinates are written to 0.01 px; reading the axes back from two ticks adds a little.
          expect(Math.abs(cx - x(at))).toBeLessThan(0.05);
          expect(Math.abs(cy - y(value))).toBeLessThan(0.05);
        }
        const start = elements(svg, 'path', 'series', 'main')[0]!
          .getAttribute('d')!
          .match(/^M([\d.-]+) ([\d.-]+)/)!;
        expect(Math.abs(Number(start[1]) - x(dayOf(doc!.input.start)))).toBeLessThan(0.05);
      }),
      { numRuns: 60 },
    );
  });

  it('puts the projected point within its day on the date axis', () => {
    const doc = svgFor(ISW);
    const x = dateAxisOf(doc);
    const [cx] = centreOf(elements(doc, 'g', 'marker', 'projected')[0]!);
    expect(cx).toBeGreaterThanOrEqual(x(dayOf('2025-04-15')));
    expect(cx).toBeLessThan(x(dayOf('2025-04-16')));
  });

  it('keeps the legend clear of the lines it explains', () => {
    for (const s of [ISW, ISW_AS_OF, ISW_RANGES, { ...ISW_RANGES, threshold: 0.5 }]) {
      const doc = svgFor(s);
      const legend = elements(doc, 'g', 'legend')[0]!;
      const box = legendBoxOf(doc);
      for (const marker of elements(doc, 'g', 'marker').filter((m) => m.parentNode !== legend)) {
        const [cx, cy] = centreOf(marker);
        expect(cx >= box.x0 && cx <= box.x1 && cy >= box.y0 && cy <= box.y1).toBe(false);
      }
    }
  });

  it('escapes text, so any title stays well-formed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, label) => {
        // XML 1.0 cannot carry most control characters at all; titles never contain them.
        fc.pre(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(title + label));
        const chart: Chart = { ...projectChart(documentFor(ISW)), title, valueLabel: label };
        const doc = parseXml(renderSvg(chart));
        expect(doc.documentElement!.tagName).toBe('svg');
      }),
      { numRuns: 100 },
    );
    expect(renderSvg({ ...projectChart(documentFor(ISW)), title: 'A & B <c> "d"' })).toContain(
      'A &amp; B &lt;c&gt; &quot;d&quot;',
    );
  });
});

describe('parseXml (the test helper)', () => {
  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a bare ampersand', '<svg><text>A & B</text></svg>'],
    ['an unquoted attribute', '<svg width=800></svg>'],
    ['two roots', '<svg></svg><svg></svg>'],
    ['an unknown entity', '<svg>&nbsp;</svg>'],
    ['a < in an attribute', '<svg a="<"></svg>'],
    ['a repeated attribute', '<svg a="1" a="2"></svg>'],
  ])('rejects %s', (_name, text) => {
    expect(() => parseXml(text)).toThrow();
  });
});
