// The measures npm run bench reports. Each compares attrition with a baseline on the same output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryMeasure, monteCarloMeasure, sweepMeasure } from './sweep-measures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const attrition = [process.execPath, `${root}bin/attrition.cjs`];
const bareNode = [process.execPath, '-e', '0'];

const ratioText = (r, unit = '×') => `${r.median.toFixed(2)} ${unit} (IQR ${r.q1.toFixed(2)}–${r.q3.toFixed(2)})`;

/** Whether the built CLI has a sub-command yet. */
function hasCommand(name) {
  const help = spawnSync(attrition[0], [...attrition.slice(1), name, '--help'], { encoding: 'utf8' });
  return help.status === 0 && help.stdout.includes(`Usage: attrition ${name}`);
}

function startupMeasure(name, args) {
  return {
    name,
    target: '≤ 1.2 × bare node',
    run: ({ pairs, pairedRatio, timeRun }) => {
      const r = pairedRatio(
        () => timeRun([...attrition, ...args]).ms,
        () => timeRun(bareNode).ms,
        { pairs: Math.max(pairs, 20), warmup: 3 },
      );
      return { result: ratioText(r), note: `attrition ${r.aMs.toFixed(1)} ms, node -e 0 ${r.bMs.toFixed(1)} ms` };
    },
  };
}

export const MEASURES = [
  startupMeasure('start-up', ['project', '--force', '12000', '--rate', '92']),
  startupMeasure('help', ['--help']),
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
      const runs = [0, 1, 2, 3, 4].map(() => timeRun([...attrition, 'extract', file, '--json']).ms).sort((a, b) => a - b);
      const cli = bytes / 1e6 / (runs[2] / 1000);
      const core = await measureExtract({ megabytes: 4 });
      return {
        result: `${cli.toFixed(1)} MB/s`,
        note: `attrition extract on ${(bytes / 1e6).toFixed(0)} MB, whole process, median of 5; extractFigures alone ${core.mbPerSecond.toFixed(1)} MB/s`,
      };
    },
  },
  memoryMeasure,
];
