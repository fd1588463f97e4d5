// How fit and backtest grow with the length of a series: generated daily series of 10,000, 30,000 and 100,000 rows,
// one at a near-constant rate and one whose rate changes every 2,000 days, each run as a whole process; and both on
// 1,600 days, about the length of a war's daily series.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LENGTHS = [10_000, 30_000, 100_000];

/** A seeded daily series as CSV: the same file on every machine (a small linear congruential generator). */
export function seriesCsv(rows, { changes }) {
  let state = 12_345;
  const uniform = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const lines = ['date,count'];
  let count = 0;
  const first = Date.UTC(1900, 0, 1) / 86_400_000;
  for (let i = 0; i < rows; i++) {
    const rate = changes ? 100 + 80 * (Math.floor(i / 2000) % 3) : 200;
    count += Math.round(rate * (0.7 + 0.6 * uniform()));
    lines.push(`${new Date((first + i) * 86_400_000).toISOString().slice(0, 10)},${count}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The median of three runs of a command, in seconds: wall time, and CPU time (user + system), which unlike wall time
 * does not grow when other programs share the cores (null where unknown).
 */
function seconds(timeRun, command) {
  const runs = [0, 1, 2].map(() => timeRun(command));
  const middle = (values) => [...values].sort((a, b) => a - b)[1] / 1000;
  return {
    wall: middle(runs.map((r) => r.ms)),
    cpu: runs.some((r) => r.cpuMs === null) ? null : middle(runs.map((r) => r.cpuMs)),
  };
}

const both = (t) => `${t.wall.toFixed(2)}${t.cpu === null ? '' : ` (CPU ${t.cpu.toFixed(2)})`}`;

export function seriesGrowthMeasure(attrition) {
  return {
    name: 'series-growth',
    target: '100,000 rows < 5 s; growth ≈ linear',
    run: ({ timeRun }) => {
      const dir = mkdtempSync(join(tmpdir(), 'attrition-bench-'));
      const cells = [];
      let worst = 0;
      let worstCpu = null;
      let growth = 0;
      for (const changes of [false, true]) {
        for (const command of ['fit', 'backtest']) {
          const times = LENGTHS.map((rows) => {
            const file = join(dir, `${rows}-${changes}.csv`);
            writeFileSync(file, seriesCsv(rows, { changes }));
            const args =
              command === 'fit'
                ? ['fit', file, '--value-column', 'count']
                : ['backtest', file, '--value-column', 'count', '--format', 'csv'];
            return seconds(timeRun, [...attrition, ...args]);
          });
          worst = Math.max(worst, times[2].wall);
          worstCpu = times[2].cpu === null ? null : Math.max(worstCpu ?? 0, times[2].cpu);
          // The exponent k in time ∝ rows^k between 10,000 and 100,000 rows, in CPU time where it is known.
          const [small, large] = times[0].cpu === null ? [times[0].wall, times[2].wall] : [times[0].cpu, times[2].cpu];
          growth = Math.max(growth, Math.log(large / small) / Math.log(10));
          cells.push(`${command}${changes ? ' (changes)' : ''} ${times.map(both).join(' / ')} s`);
        }
      }
      return {
        result: `${both({ wall: worst, cpu: worstCpu })} s at 100k; rows^${growth.toFixed(2)}`,
        note: `10k / 30k / 100k rows, median of 3 whole runs, wall (CPU) time: ${cells.join('; ')}`,
      };
    },
  };
}

export function seriesDaysMeasure(attrition) {
  return {
    name: 'series-1600',
    target: 'fit and backtest on 1,600 days < 1 s each',
    run: ({ timeRun }) => {
      const dir = mkdtempSync(join(tmpdir(), 'attrition-bench-'));
      const cells = [];
      let worst = 0;
      for (const changes of [false, true]) {
        const file = join(dir, `1600-${changes}.csv`);
        writeFileSync(file, seriesCsv(1600, { changes }));
        for (const args of [
          ['fit', file, '--value-column', 'count'],
          ['backtest', file, '--value-column', 'count'],
        ]) {
          const time = seconds(timeRun, [...attrition, ...args]);
          worst = Math.max(worst, time.wall);
          cells.push(`${args[0]}${changes ? ' (changes)' : ''} ${both(time)} s`);
        }
      }
      return {
        result: `${worst.toFixed(2)} s at most`,
        note: `median of 3 whole runs, wall (CPU) time: ${cells.join('; ')}`,
      };
    },
  };
}
