// attrition sweep vs a mawk program writing the same CSV columns for the same 3,000,000-row grid:
// force 10000..12999 × rate 1..1000, start 2024-12-06, threshold 1. mawk computes each row's
// date and label itself (caching them per day, as attrition does) and prints days with %.17g.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { has, paired, time } from './paired.js';

const bin = fileURLToPath(new URL('../bin/attrition.cjs', import.meta.url));
const ROWS = 3000 * 1000;
const attrition = ['sweep', '--force', '10000..12999:1', '--rate', '1..1000:1', '--format', 'csv'];
const awk = `
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
  start = 20063; print "force,rate,start,threshold,days,date,label"
  for (f = 10000; f <= 12999; f++) for (r = 1; r <= 1000; r++) {
    days = f / r; w = int(days); if (w < days) w++; d = start + w - 1
    if (!(d in C)) C[d] = civil(d)
    printf "%d,%d,2024-12-06,1,%.17g,%s\\n", f, r, days, C[d]
  }
}`;

const awkName = has('mawk', ['-W', 'version']) ? 'mawk' : 'awk';
const lines = (command, args) => spawnSync(command, args, { maxBuffer: 1 << 30 }).stdout.toString('latin1').split('\n').length - 1;
console.log(`grid: ${ROWS.toLocaleString('en-US')} rows; ${awkName} for comparison`);
if (lines(process.execPath, [bin, ...attrition]) !== ROWS + 1 || lines(awkName, [awk]) !== ROWS + 1) throw new Error('the two programs do not write the same number of rows');

const rounds = Number(process.env.ROUNDS ?? 7);
const result = paired(
  {
    attrition: () => time(process.execPath, [bin, ...attrition]),
    'attrition (one thread)': () => time(process.execPath, [bin, ...attrition], { ...process.env, ATTRITION_THREADS: '1' }),
    [awkName]: () => time(awkName, [awk]),
  },
  rounds,
);
for (const [name, seconds] of Object.entries(result)) {
  console.log(`${name.padEnd(24)} ${seconds.toFixed(3)} s   ${(ROWS / seconds / 1e6).toFixed(2)} M rows/s   ${(result[awkName] / seconds).toFixed(2)} × ${awkName}`);
}
console.log(`(median of ${rounds} paired rounds, stdout to /dev/null)`);
