// The measures npm run bench reports. Each compares attrition with a baseline on the same output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
  {
    name: 'sweep',
    target: '≥ 2 × faster than mawk',
    unavailable: () => (hasCommand('sweep') ? null : 'attrition sweep has not landed'),
    run: () => ({ result: 'not measured', note: 'measure pending' }),
  },
  {
    name: 'Monte Carlo',
    target: '≤ 1 × python3 + numpy',
    unavailable: () => 'attrition project --samples has not landed',
    run: () => ({ result: 'not measured' }),
  },
  {
    name: 'extract',
    target: '≥ 5 MB/s',
    unavailable: () => (hasCommand('extract') ? null : 'attrition extract has not landed'),
    run: () => ({ result: 'not measured', note: 'measure pending' }),
  },
  {
    name: 'memory',
    target: '30 M-row sweep ≤ 2 × peak RSS of 1,000 rows',
    unavailable: () => (hasCommand('sweep') ? null : 'attrition sweep has not landed'),
    run: () => ({ result: 'not measured', note: 'measure pending' }),
  },
];
