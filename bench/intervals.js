// node bench/intervals.js: how the calibrated intervals do on the personnel series to 2025-06-30 and on
// constructed series (accelerating, bursty, pausing), at 30, 90 and 180 days and the 90 % level: coverage over the
// last 365 origins with an outcome, and median width against a plain split-conformal interval over the latest 365
// known errors. Targets: coverage 80–97 %, width ≤ 1.3 × plain. Then two kinds the intervals are known to do less well
// on, 1,222 days each (the length of the personnel series): a rate in slow waves, waves of random size, period and
// phase, and a sparse decaying count.
// Then any other daily series in ../shared/data and examples/, whole. Bundles the TypeScript core with esbuild on the
// fly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `
export { intervalCheck, constructedSeries, CONSTRUCTED_KINDS, STRESS_KINDS } from './src/core/series/interval-check.ts';
export { seededUniform } from './src/core/projection/random.ts';
export { dayFromParts } from './src/core/dates.ts';
export { readSeries } from './src/core/series/read-series.ts';
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const core = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const personnel = JSON.parse(readFileSync(`${root}examples/general-staff/russia_losses_personnel.json`, 'utf8'))
  .filter((d) => d.date <= '2025-06-30')
  .map((d) => ({ date: d.date, casualties: d.personnel }));
const first = core.dayFromParts(2020, 1, 1);
const SEEDS = Array.from({ length: 32 }, (_, i) => i + 1);
const pct = (x) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = [['series', 'horizon', 'coverage', 'plain coverage', 'width ÷ plain', 'verdict']];
const judge = (coverage, ratio) => (coverage >= 0.8 && coverage <= 0.97 && ratio <= 1.3 ? 'ok' : 'MISS');
for (const horizon of [30, 90, 180]) {
  const c = core.intervalCheck(personnel, { horizon, level: 0.9 });
  rows.push([
    'personnel',
    `${horizon} d`,
    pct(c.coverage),
    pct(c.plain.coverage),
    c.widthRatio.toFixed(2),
    judge(c.coverage, c.widthRatio),
  ]);
}
// Each constructed kind: 1,600 days (1,222 for the stress kinds), 32 seeds; the mean coverage (lowest–highest) and
// the median width ratio.
const kinds = [...core.CONSTRUCTED_KINDS.map((kind) => [kind, 1600]), ...core.STRESS_KINDS.map((kind) => [kind, 1222])];
for (const [kind, days] of kinds) {
  for (const horizon of [30, 90, 180]) {
    const checks = SEEDS.map((seed) =>
      core.intervalCheck(core.constructedSeries(kind, first, days, core.seededUniform(seed)), { horizon, level: 0.9 }),
    );
    const coverages = checks.map((c) => c.coverage);
    const ratio = median(checks.map((c) => c.widthRatio));
    rows.push([
      `${kind} (${SEEDS.length} seeds)`,
      `${horizon} d`,
      `${pct(mean(coverages))} (${pct(Math.min(...coverages))}–${pct(Math.max(...coverages))})`,
      pct(mean(checks.map((c) => c.plain.coverage))),
      ratio.toFixed(2),
      judge(mean(coverages), ratio),
    ]);
  }
}
// Every other daily series in ../shared/data and examples/ (JSON, NDJSON or CSV with a header), each numeric column
// but the day number, 800 reports or more: the real series at hand beside the personnel one, whole.
const seen = new Set([readFileSync(`${root}examples/general-staff/russia_losses_personnel.json`, 'utf8')]);
const folders = [`${root}../shared/data`, `${root}examples`].filter(existsSync);
for (const folder of folders) {
  for (const sub of readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(`${folder}/${sub.name}`).filter((f) => /\.(json|ndjson|csv)$/.test(f))) {
      const text = readFileSync(`${folder}/${sub.name}/${name}`, 'utf8');
      if (seen.has(text)) continue;
      seen.add(text);
      const first = name.endsWith('.csv') ? null : text.trim().startsWith('[') ? JSON.parse(text)[0] : null;
      const columns = first ? Object.keys(first) : text.split('\n', 1)[0].split(',');
      for (const value of columns.filter((c) => !/^(date|day)$/i.test(c.trim()))) {
        const read = core.readSeries(text, name, { value });
        if (!read.ok || read.value.reports.length < 800) continue;
        for (const horizon of [30, 90, 180]) {
          const c = core.intervalCheck(read.value.reports, { horizon, level: 0.9 });
          if (c.origins === 0) continue;
          rows.push([
            `${sub.name}/${name}: ${value}`,
            `${horizon} d`,
            pct(c.coverage),
            pct(c.plain.coverage),
            c.widthRatio === null ? '–' : c.widthRatio.toFixed(2),
            c.widthRatio === null ? '–' : judge(c.coverage, c.widthRatio),
          ]);
        }
      }
    }
  }
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
