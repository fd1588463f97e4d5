// npm run bench: attrition's speed against its peers, as paired ratios on this machine.
// Not part of npm test or CI: timings belong to a machine, not to a test.
//
// npm run bench -- [NAME…] [--no-build]: only the measures whose names start with one of the
// NAMEs (`startup` picks every start-up measure); --no-build measures dist/ as it is.
// BENCH_BIN=path/to/bin/attrition.cjs measures that build instead (built as it is).
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { pairedRatio, timeRun } from './pairs.js';
import { MEASURES, STARTUP_MEASURES } from './measures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pairs = Number(process.env.BENCH_PAIRS ?? 10);
const args = process.argv.slice(2);
const names = args.filter((arg) => !arg.startsWith('--'));
const chosen = (measure) =>
  names.length === 0 ||
  names.some((name) => measure.name.startsWith(name) || (name === 'startup' && STARTUP_MEASURES.includes(measure)));

if (!args.includes('--no-build') && process.env.BENCH_BIN === undefined) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const rows = [];
for (const measure of MEASURES.filter(chosen)) {
  const missing = measure.unavailable?.();
  if (missing) {
    rows.push({ name: measure.name, result: 'not available', target: measure.target, note: missing });
    continue;
  }
  process.stderr.write(`bench: ${measure.name}…\n`);
  try {
    rows.push({ name: measure.name, target: measure.target, ...(await measure.run({ pairs, pairedRatio, timeRun })) });
  } catch (error) {
    rows.push({
      name: measure.name,
      result: 'failed',
      target: measure.target,
      note: String(error.message).split('\n')[0],
    });
  }
}

const widths = ['name', 'result', 'target', 'note'].map((key) =>
  Math.max(key.length, ...rows.map((row) => String(row[key] ?? '').length)),
);
const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}, ${pairs} pairs ` +
    `per measure\n`,
);
if (process.env.NODE_EXTRA_CA_CERTS) {
  // Every node process, bare node's too, then parses those certificates first: every ratio is lower than without.
  console.log('NODE_EXTRA_CA_CERTS is set: each node start parses those certificates, bare node included\n');
}
console.log(line(['measure', 'result', 'target', 'note']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line([row.name, row.result, row.target, row.note ?? '']));
