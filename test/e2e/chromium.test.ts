import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fit, readReports } from '../../src/core/series/fit.js';
import { parseLedger } from '../../src/core/ledger/ledger.js';
import { datedCasualtyFigures } from '../../src/core/ledger/ledger-points.js';
import { fitChart } from '../../src/render/chart/fit-chart.js';
import { ledgerMarkers } from '../../src/render/chart/ledger-markers.js';
import { monteCarloChart } from '../../src/render/chart/montecarlo-chart.js';
import { projectChart } from '../../src/render/chart/project-chart.js';
import { fitDocument } from '../../src/render/fit.js';
import { MC_RANGES, monteCarloDocumentFor } from '../helpers/montecarlo.js';
import { renderSvg } from '../../src/render/chart/svg.js';
import { decodePng, type Pixels } from '../helpers/png.js';
import { documentFor, ISW_RANGES } from '../helpers/projection.js';

const chromium = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const dir = mkdtempSync(join(tmpdir(), 'attrition-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders an SVG file to an 800 × 450 PNG with headless Chromium. */
function screenshot(browser: string, svgFile: string, pngFile: string): void {
  const run = spawnSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`,
      `--screenshot=${pngFile}`,
      '--window-size=800,450',
      pathToFileURL(svgFile).href,
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  if (!existsSync(pngFile))
    throw new Error(`chromium wrote no screenshot (exit ${run.status}): ${run.stderr.slice(-500)}`);
}

/** Pixels within `tolerance` of an RGB colour. */
function count(p: Pixels, match: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < p.rgba.length; i += 4) if (match(p.rgba[i]!, p.rgba[i + 1]!, p.rgba[i + 2]!)) n++;
  return n;
}
const near = (hex: string, tolerance = 40) => {
  const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (r: number, g: number, b: number) => Math.abs(r - r0!) + Math.abs(g - g0!) + Math.abs(b - b0!) <= tolerance;
};

const why = chromium ? '' : ' (skipped: no Chromium at /usr/bin/chromium; apt-get install chromium to run it)';

describe(`the SVG in a browser${why}`, () => {
  it.skipIf(!chromium)(
    'renders headless to a picture with the projection line, the band and text',
    () => {
      const svgFile = join(dir, 'chart.svg');
      const pngFile = join(dir, 'chart.png');
      writeFileSync(
        svgFile,
        renderSvg(projectChart(documentFor({ ...ISW_RANGES, casualties: 3800, asOf: '2025-01-16' }))),
      );
      screenshot(chromium!, svgFile, pngFile);
      const pixels = decodePng(readFileSync(pngFile));
      expect([pixels.width, pixels.height]).toEqual([800, 450]);
      const total = pixels.width * pixels.height;
      const inked = count(pixels, (r, g, b) => r + g + b < 720);
      // Not blank, and not an error page drowning it in colour: a chart inks a modest share.
      expect(inked / total).toBeGreaterThan(0.05);
      expect(inked / total).toBeLessThan(0.6);
      expect(count(pixels, near('#1b4f8a'))).toBeGreaterThan(500); // the projection line
      expect(count(pixels, near('#d3e2f2', 12))).toBeGreaterThan(10_000); // the band
      expect(count(pixels, (r, g, b) => r + g + b < 150)).toBeGreaterThan(1000); // dark text
    },
    120_000,
  );

  it.skipIf(!chromium)(
    'renders a Monte Carlo chart with ledger tags and a fit chart',
    () => {
      const troopsLeft = {
        value: (c: number) => 11500 - c,
        legend: 'ledger: C casualties (claimant, date) drawn at 11,500 − C',
      };
      const charts = [
        ledgerMarkers(monteCarloChart(monteCarloDocumentFor(MC_RANGES)), seedsFigures(), troopsLeft),
        fitChart(
          fitDocument({ file: 'reports.csv', force: 12000 }, fit(readReportsFixture(), { force: 12000 })),
          'reports.csv',
        ),
      ];
      charts.forEach((chart, i) => {
        const svgFile = join(dir, `chart-${i}.svg`);
        const pngFile = join(dir, `chart-${i}.png`);
        writeFileSync(svgFile, renderSvg(chart));
        screenshot(chromium!, svgFile, pngFile);
        const pixels = decodePng(readFileSync(pngFile));
        const total = pixels.width * pixels.height;
        const inked = count(pixels, (r, g, b) => r + g + b < 720);
        expect(inked / total).toBeGreaterThan(0.05);
        expect(inked / total).toBeLessThan(0.6);
        expect(count(pixels, near('#1b4f8a'))).toBeGreaterThan(300);
        expect(count(pixels, near('#d3e2f2', 12))).toBeGreaterThan(5_000);
        expect(count(pixels, (r, g, b) => r + g + b < 150)).toBeGreaterThan(1000);
      });
    },
    240_000,
  );
});

function seedsFigures() {
  const parsed = parseLedger(JSON.parse(readFileSync(new URL('../../seeds/ledger.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return datedCasualtyFigures(parsed.value);
}

function readReportsFixture() {
  const parsed = readReports(readFileSync(new URL('../fixtures/reports.csv', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
}

if (!chromium) console.warn(`attrition: the SVG rendering test is skipped${why}`);
