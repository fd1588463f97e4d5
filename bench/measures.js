// The measures npm run bench reports. Each compares attrition with a baseline on the same output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryMeasure, monteCarloMeasure, sweepMeasure } from './sweep-measures.js';
import { seriesDaysMeasure, seriesGrowthMeasure } from './series-measures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_BIN measures another build of attrition (an earlier version, say) with the same measures.
const bin = process.env.BENCH_BIN ?? `${root}bin/attrition.cjs`;
const attrition = [process.execPath, bin];
const bareNode = [process.execPath, '-e', '0'];

const ratioText = (r, unit = '×') => `${r.median.toFixed(2)} ${unit} (IQR ${r.q1.toFixed(2)}–${r.q3.toFixed(2)})`;

/** Whether the built CLI has a sub-command yet. */
function hasCommand(name) {
  const help = spawnSync(attrition[0], [...attrition.slice(1), name, '--help'], { encoding: 'utf8' });
  return help.status === 0 && help.stdout.includes(`Usage: attrition ${name}`);
}

/**
 * A command's whole run against bare node, 20 pairs at least: the median of the paired wall-time
 * ratios, and the ratio of total CPU time. `codes` lists the exit codes the command may end with
 * (check --ledger exits 1 when the seeds ledger holds an inconsistency).
 */
/** A claim about Russian forces: it loads the General Staff's series as its reference. */
const RUSSIAN_CLAIM = 'Russia has lost 700,000 soldiers since February 2022, Kyiv said on 15 November 2024';

function startupMeasure(name, args, { codes = [0], unavailable } = {}) {
  return {
    name,
    target: '≤ 1.2 × bare node',
    unavailable,
    run: ({ pairs, pairedRatio, timeRun }) => {
      const command = [...attrition, ...args.map((arg) => (typeof arg === 'function' ? arg() : arg))];
      // CPU time, summed over every run of each side: what a run costs whatever else the cores do.
      const cpu = { attrition: 0, node: 0 };
      const timed = (side, run) => {
        const { ms, cpuMs } = run();
        cpu[side] += cpuMs ?? Number.NaN;
        return ms;
      };
      const r = pairedRatio(
        () => timed('attrition', () => timeRun(command, { codes })),
        () => timed('node', () => timeRun(bareNode)),
        { pairs: Math.max(pairs, 20), warmup: 3 },
      );
      const cpuRatio = Number.isNaN(cpu.attrition) ? '' : `; CPU time ${(cpu.attrition / cpu.node).toFixed(2)} ×`;
      return {
        result: ratioText(r),
        note: `attrition ${r.aMs.toFixed(1)} ms, node -e 0 ${r.bMs.toFixed(1)} ms${cpuRatio}`,
      };
    },
  };
}

// The first of the project's source articles when they are at hand (about 3 KB of news text),
// else the short example article.
const SEED_ARTICLE = '/work/shared/seeds/000_58eb57e3a8a725fd.txt';
const article = () => (existsSync(SEED_ARTICLE) ? SEED_ARTICLE : `${root}examples/article.txt`);
const svgFile = () => join(mkdtempSync(join(tmpdir(), 'attrition-bench-')), 'chart.svg');
const CLAIM = 'All 12,000 soldiers could be killed or wounded by mid-April at 92 casualties a day';

const DUEL = ['duel', '--x', '54000', '--y', '21500', '--a', '0.0544', '--b', '0.0106', '--start', '1945-02-19'];
const DUEL_FIT = [
  'duel',
  'fit',
  `${root}examples/iwo-jima/iwo_jima_daily.csv`,
  '--x-losses',
  'us_cum_casualties',
  '--x-added',
  'us_landed_that_day',
  '--y0',
  '21500',
  '--y-end',
  '0',
];

/** duel fit on the 35-day Iwo Jima series, the three laws compared: the whole run's wall and CPU time. */
const duelFitMeasure = {
  name: 'duel fit',
  target: '< 300 ms a run',
  run: ({ timeRun }) => {
    const runs = Array.from({ length: 3 + 10 }, () => timeRun([...attrition, ...DUEL_FIT])).slice(3);
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const wall = median(runs.map((r) => r.ms));
    const cpu = median(runs.map((r) => r.cpuMs ?? Number.NaN));
    return { result: `${wall.toFixed(0)} ms`, note: `median of 10 runs; CPU time ${cpu.toFixed(0)} ms` };
  },
};

/** Start-up and a small job, every command: what a script calling attrition in a loop pays per call. */
export const STARTUP_MEASURES = [
  startupMeasure('project', ['project', '--force', '12000', '--rate', '92']),
  startupMeasure('help', ['--help']),
  startupMeasure('check', [
    'check',
    '--force',
    '12000',
    '--rate',
    '92',
    '--casualties',
    '3800',
    '--as-of',
    '2025-01-16',
  ]),
  startupMeasure('check "TEXT"', ['check', CLAIM]),
  startupMeasure('check "TEXT", Russian forces', ['check', RUSSIAN_CLAIM]),
  startupMeasure('check --ledger', ['check', '--ledger'], { codes: [0, 1] }),
  startupMeasure('extract article', ['extract', article, '--published', '2025-01-17']),
  startupMeasure('claims', ['claims']),
  startupMeasure('fit reports.csv', ['fit', `${root}examples/reports.csv`]),
  startupMeasure('fit --ledger', ['fit', '--ledger']),
  startupMeasure('project --svg', ['project', '--force', '12000', '--rate', '92', '--svg', svgFile]),
  startupMeasure('sweep, 10 rows', ['sweep', '--force', '12000', '--rate', '83..92:1', '--format', 'csv']),
  startupMeasure('duel', [...DUEL]),
];

export const MEASURES = [
  ...STARTUP_MEASURES,
  duelFitMeasure,
  sweepMeasure,
  monteCarloMeasure,
  {
    name: 'extract',
    target: '≥ 5 MB/s',
    unavailable: () => (hasCommand('extract') ? null : 'attrition extract has not landed'),
    run: async ({ timeRun }) => {
      // Whole process: read the file, extract, write JSON; the corpus is generated, seeded, by bench/extract.js.
      const { corpus, measureExtract } = await import('./extract.js');
      const file = join(mkdtempSync(join(tmpdir(), 'attrition-bench-')), 'corpus.txt');
      writeFileSync(file, corpus(16e6));
      const bytes = statSync(file).size;
      const runs = [0, 1, 2, 3, 4]
        .map(() => timeRun([...attrition, 'extract', file, '--json']).ms)
        .sort((a, b) => a - b);
      const cli = bytes / 1e6 / (runs[2] / 1000);
      const core = await measureExtract({ megabytes: 4 });
      return {
        result: `${cli.toFixed(1)} MB/s`,
        note:
          `attrition extract on ${(bytes / 1e6).toFixed(0)} MB, whole process, median of 5; extractFigures ` +
          `alone ${core.mbPerSecond.toFixed(1)} MB/s`,
      };
    },
  },
  {
    name: 'extract, news text',
    target: '≥ 3 MB/s',
    unavailable: () =>
      !hasCommand('extract')
        ? 'attrition extract has not landed'
        : seedArticles().length === 0
          ? 'no seed articles in ../shared/seeds'
          : null,
    run: async ({ timeRun }) => {
      // The seed articles (real reporting, dense with figures and dates) repeated to 20 MB, read
      // by attrition extract and, for scale, by wc -w and awk over the same file.
      const file = join(mkdtempSync(join(tmpdir(), 'attrition-bench-')), 'news.txt');
      const articles = seedArticles().join('\n\n');
      writeFileSync(file, Array.from({ length: Math.ceil(20e6 / articles.length) }, () => articles).join('\n\n'));
      const megabytes = statSync(file).size / 1e6;
      const median = (command, shell = false) => {
        const runs = [0, 1, 2].map(() => timeRun(command, { shell })).sort((a, b) => a.ms - b.ms);
        return runs[1];
      };
      const ours = median([...attrition, 'extract', file, '--json']);
      const wc = median(['wc', '-w', file]);
      const awk = median(`awk '{ n += NF } END { print n }' ${file}`, true);
      const rate = (ms) => `${(megabytes / (ms / 1000)).toFixed(1)} MB/s`;
      const cpu = ours.cpuMs === null ? '' : ` (${rate(ours.cpuMs)} of CPU time)`;
      return {
        result: rate(ours.ms),
        note:
          `attrition extract --json on ${megabytes.toFixed(0)} MB of the seed articles, median of 3${cpu}; ` +
          `wc -w ${rate(wc.ms)}, awk ${rate(awk.ms)}`,
      };
    },
  },
  memoryMeasure,
  seriesDaysMeasure(attrition),
  seriesGrowthMeasure(attrition),
];

/** The texts of the seed articles beside the checkout, when they are there. */
function seedArticles() {
  const dir = join(root, '..', 'shared', 'seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
