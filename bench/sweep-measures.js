// The measures of attrition sweep and project --samples for npm run bench (see measures.js).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const attrition = `"${process.execPath}" "${process.env.BENCH_BIN ?? `${root}bin/attrition.cjs`}"`;
const ratioText = (r, unit) => `${r.median.toFixed(2)} ${unit} (IQR ${r.q1.toFixed(2)}–${r.q3.toFixed(2)})`;
const works = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

// 3,000,000 rows: force 10000..12999 × rate 1..1000, start 2024-12-06, threshold 1.
const SWEEP_ROWS = 3000 * 1000;
const SWEEP = `${attrition} sweep --force 10000..12999:1 --rate 1..1000:1 --format csv`;

/**
 * The same CSV columns from mawk: it computes each date and label itself (civil-from-days),
 * caching them per day as attrition does, and prints days with %.17g (every digit, as attrition's CSV did
 * before it rounded days to a millionth; the baseline is kept as it was).
 */
const AWK_PROGRAM = `
function civil(z,   era, doe, yoe, y, doy, mp, d, m, part) {
  z += 719468; era = int(z / 146097); doe = z - era * 146097
  yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
  y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
  d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9; if (m <= 2) y++
  part = d <= 10 ? "early " : d <= 20 ? "mid-" : "late "
  return sprintf("%04d-%02d-%02d,%s%s %d", y, m, d, part, M[m], y)
}
BEGIN {
  split("January February March April May June July August September October November December", M, " ")
  start = 20063; print "force,rate,start,threshold,daysFromStart,date,label"
  for (f = 10000; f <= 12999; f++) for (r = 1; r <= 1000; r++) {
    days = f / r; w = int(days); if (w < days) w++; d = start + w - 1
    if (!(d in C)) C[d] = civil(d)
    printf "%d,%d,2024-12-06,1,%.17g,%s\\n", f, r, days, C[d]
  }
}`;
const MAWK = `mawk '${AWK_PROGRAM.replaceAll("'", `'"'"'`)}'`;

/**
 * Both programs write the same rows: the same dates and labels, and the same days, which attrition's
 * CSV gives to a millionth of a day (mawk prints every digit, as attrition did before).
 */
function checkSameRows(timeRun) {
  const sample = (command) =>
    timeRun(`${command} | awk 'NR % 9973 == 1'`, { shell: true }).stdout.toString().trim().split('\n');
  const ours = sample(SWEEP);
  const theirs = sample(MAWK);
  if (ours.length !== theirs.length) throw new Error('attrition and mawk write different numbers of rows');
  ours.forEach((line, i) => {
    const a = line.split(',');
    const b = theirs[i].split(',');
    const sameDays = (x, y) => Math.abs(Number(x) - Number(y)) <= 5e-7 + 1e-12;
    if (a.length !== b.length || a.some((cell, j) => cell !== b[j] && !(j === 4 && sameDays(cell, b[j])))) {
      throw new Error(`row differs: ${line} | ${theirs[i]}`);
    }
  });
}

export const sweepMeasure = {
  name: 'sweep',
  target: '≥ 2 × faster than mawk',
  unavailable: () => (works('mawk', ['-W', 'version']) ? null : 'mawk is not installed'),
  run: ({ pairs, pairedRatio, timeRun }) => {
    checkSameRows(timeRun);
    const quiet = (command) => () => timeRun(`${command} > /dev/null`, { shell: true }).ms;
    const r = pairedRatio(quiet(MAWK), quiet(SWEEP), { pairs, warmup: 1 });
    const one = pairedRatio(quiet(MAWK), quiet(`ATTRITION_THREADS=1 ${SWEEP}`), { pairs, warmup: 1 });
    const rate = (ms) => `${(SWEEP_ROWS / ms / 1e3).toFixed(2)} M rows/s`;
    return {
      result: ratioText(r, '× faster'),
      note:
        `3,000,000 rows of CSV to /dev/null: attrition ${r.bMs.toFixed(0)} ms (${rate(r.bMs)}), ` +
        `mawk ${r.aMs.toFixed(0)} ms (${rate(r.aMs)}); ` +
        `one thread (ATTRITION_THREADS=1): ${ratioText(one, '× faster')}`,
    };
  },
};

const PYTHON =
  `
import numpy as np, json, datetime
n = 1_000_000
rng = np.random.default_rng(7)
force = rng.uniform(11000, 12000, n)
rate = rng.uniform(80, 92, n)
days = force / rate
whole = np.round(days)
days = np.where(np.abs(days - whole) <= 1e-9 * np.maximum(1, np.abs(days)), whole, days)
epoch = datetime.date(1970, 1, 1)
day = np.sort((datetime.date(2024, 12, 6) - epoch).days + np.ceil(days).astype(np.int64) - 1)
rank = lambda p: int(day[max(0, int(np.ceil(p * n)) - 1)])
iso = lambda d: (epoch + datetime.timedelta(days=d)).isoformat()
by = (datetime.date(2025, 4, 30) - epoch).days
print(json.dumps({"p5": iso(rank(0.05)), "p50": iso(rank(0.5)), ` +
  `"p95": iso(rank(0.95)), "past": float((day > by).mean())}))
`;
const MONTE_CARLO =
  `${attrition} project --force 11000..12000 --rate 80..92 ` + `--samples 1000000 --seed 7 --by 2025-04-30 --json`;

export const monteCarloMeasure = {
  name: 'Monte Carlo',
  target: '≤ 1 × python3 + numpy',
  unavailable: () => (works('python3', ['-c', 'import numpy']) ? null : 'python3 with numpy is not installed'),
  run: ({ pairs, pairedRatio, timeRun }) => {
    const r = pairedRatio(
      () => timeRun(MONTE_CARLO, { shell: true }).ms,
      () => timeRun(['python3', '-c', PYTHON]).ms,
      { pairs: Math.max(pairs, 10), warmup: 2 },
    );
    return {
      result: ratioText(r, '× numpy'),
      note:
        `1,000,000 samples, quantiles and share past a date: attrition ${r.aMs.toFixed(0)} ms, python3 + ` +
        `numpy ${r.bMs.toFixed(0)} ms`,
    };
  },
};

/** Peak RSS in kB of a shell command, from GNU time. */
function peakRss(command) {
  const run = spawnSync('/bin/sh', ['-c', `/usr/bin/time -f %M ${command} > /dev/null`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  return Number(run.stderr.trim().split('\n').at(-1));
}

export const memoryMeasure = {
  name: 'memory',
  target: '30 M-row sweep ≤ 2 × peak RSS of 1,000 rows',
  unavailable: () =>
    works('/usr/bin/time', ['-f', '%M', 'true']) ? null : 'GNU time (/usr/bin/time) is not installed',
  run: () => {
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const small = median([1, 2, 3].map(() => peakRss(`${attrition} sweep --force 1..1000:1 --rate 92`)));
    const large = median([1, 2, 3].map(() => peakRss(`${attrition} sweep --force 10000..39999:1 --rate 1..1000:1`)));
    const one = peakRss(`env ATTRITION_THREADS=1 ${attrition} sweep --force 10000..39999:1 --rate 1..1000:1`);
    return {
      result: `${(large / small).toFixed(2)} ×`,
      note:
        `peak RSS: 30,000,000 rows (2.1 GB of CSV) ${(large / 1024).toFixed(0)} MB, one ` +
        `thread ${(one / 1024).toFixed(0)} MB; 1,000 rows ${(small / 1024).toFixed(0)} MB`,
    };
  },
};
