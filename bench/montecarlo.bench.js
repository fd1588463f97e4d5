// attrition project --samples 1000000 vs a python3 + numpy script computing the same quantiles
// (the same ranges, the same day convention); skipped with a note when numpy is not installed.
import { fileURLToPath } from 'node:url';
import { has, paired, time } from './paired.js';

const bin = fileURLToPath(new URL('../bin/attrition.cjs', import.meta.url));
const attrition = ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '1000000', '--seed', '7', '--by', '2025-04-30', '--json'];
const python = `
import numpy as np, json, datetime
n = 1_000_000
rng = np.random.default_rng(7)
force = rng.uniform(11000, 12000, n)
rate = rng.uniform(80, 92, n)
days = force / rate
whole = np.round(days)
days = np.where(np.abs(days - whole) <= 1e-9 * np.maximum(1, np.abs(days)), whole, days)
start = (datetime.date(2024, 12, 6) - datetime.date(1970, 1, 1)).days
day = np.sort(start + np.ceil(days).astype(np.int64) - 1)
rank = lambda p: int(day[max(0, int(np.ceil(p * n)) - 1)])
iso = lambda d: (datetime.date(1970, 1, 1) + datetime.timedelta(days=d)).isoformat()
by = (datetime.date(2025, 4, 30) - datetime.date(1970, 1, 1)).days
print(json.dumps({"p5": iso(rank(0.05)), "p50": iso(rank(0.5)), "p95": iso(rank(0.95)), "past": float((day > by).mean())}))
`;

if (!has('python3', ['-c', 'import numpy'])) {
  console.log('skipped: python3 with numpy is not installed here');
} else {
  const rounds = Number(process.env.ROUNDS ?? 9);
  const result = paired(
    { attrition: () => time(process.execPath, [bin, ...attrition]), 'python3 + numpy': () => time('python3', ['-c', python]) },
    rounds,
  );
  for (const [name, seconds] of Object.entries(result)) {
    console.log(`${name.padEnd(16)} ${seconds.toFixed(3)} s   ${(result['python3 + numpy'] / seconds).toFixed(2)} × numpy`);
  }
  console.log(`(1,000,000 samples, median of ${rounds} paired rounds)`);
}
