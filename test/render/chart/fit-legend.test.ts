import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { dateAxisOf, legendBoxOf, type Box } from '../../helpers/svg.js';
import { elements, parseXml } from '../../helpers/xml.js';

const REPORTS = '2024-12-25,1800,Kyiv\n2025-01-13,3000,NIS\n2025-01-16,3800,Zelensky\n2025-01-20,4000,UK MoD\n';
const RUNS: { args: string[]; stdin?: string }[] = [
  { args: ['fit', 'test/fixtures/reports.csv', '--force', '12000'] },
  { args: ['fit', 'test/fixtures/reports.csv'] },
  { args: ['fit', '--ledger', '--force', '12000'] },
  { args: ['fit', '--ledger'] },
  { args: ['fit', '-', '--force', '6000'], stdin: REPORTS },
  { args: ['fit', '-', '--force', '40000'], stdin: REPORTS },
];

function polygonOf(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

function inside(polygon: [number, number][], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** Points of the box (on a 2-pixel grid) inside the band. */
function covered(box: Box, polygon: [number, number][]): number {
  let count = 0;
  for (let x = box.x0 + 1; x < box.x1; x += 2)
    for (let y = box.y0 + 1; y < box.y1; y += 2) if (inside(polygon, x, y)) count++;
  return count;
}

describe('the fit chart legend', () => {
  for (const run of RUNS) {
    it(`never covers the interval band: ${run.args.join(' ')}`, async () => {
      const svg = await cli([...run.args, '--svg', '-'], run.stdin === undefined ? {} : { stdin: run.stdin });
      expect(svg.code).toBe(0);
      const doc = parseXml(svg.stdout);
      const band = elements(doc, 'path', 'band')[0];
      if (band === undefined) return;
      expect(covered(legendBoxOf(doc), polygonOf(band.getAttribute('d')!))).toBe(0);
    });
  }

  it('tells the fitted line from its continuation to the force', async () => {
    const run = await cli([...RUNS[0]!.args, '--chart']);
    const legend = run.stdout.split('\n').filter((l) => /fitted|continued|at the fitted rate/.test(l));
    const glyphs = legend.map((l) => l.trim()[0]);
    expect(new Set(glyphs).size).toBe(glyphs.length);
    expect(legend.some((l) => l.includes('fitted to the reports'))).toBe(true);
    expect(legend.some((l) => l.includes('continued at the fitted rate'))).toBe(true);
  });
});

describe('the fit chart tags of ledger reports', () => {
  it('sit by their markers, named by claimant and date, without piling up at the left', async () => {
    const svg = await cli(['fit', '--ledger', '--force', '12000', '--svg', '-']);
    const doc = parseXml(svg.stdout);
    const markers = new Map(elements(doc, 'g', 'marker', 'asOf').map((g) => [g.getAttribute('data-at'), g]));
    const tags = elements(doc, 'text', 'tag');
    expect(tags.length).toBe(markers.size);
    const axis = dateAxisOf(doc);
    for (const tag of tags) {
      expect(tag.textContent).not.toMatch(/\(/);
      const x = Number(tag.getAttribute('x'));
      const width = tag.textContent!.length * 11 * 0.56;
      const markerX = axis(Number(tag.getAttribute('data-at')));
      // The tag's nearest edge is within a tag's height or so of its marker.
      expect(
        Math.min(
          Math.abs(x - markerX),
          Math.abs(x + width - markerX),
          x <= markerX && markerX <= x + width ? 0 : Infinity,
        ),
      ).toBeLessThan(24);
    }
  });
});
