// The runs the build makes before taking the CLI's code caches (scripts/build.js): one of each
// command and of the parts loaded on demand, so the functions a real run uses are in the caches.
// Output goes nowhere; nothing is written to disk.
import { corpus } from '../bench/extract.js';
const ARTICLE = 'examples/article.txt';
const REPORTS = 'examples/reports.csv';
const SERIES = 'examples/general-staff/russia_losses_personnel.json';
const ISW = ['--force', '12000', '--rate', '92'];

const RUNS = [
  ['project', ...ISW],
  ['--help'],
  [],
  ['project', '--help'],
  ['project', ...ISW, '--casualties', '3800', '--as-of', '2025-01-16', '--json'],
  ['project', ...ISW, '--chart', '--ledger-points'],
  ['project', ...ISW, '--svg', '-'],
  ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '1000', '--seed', '7', '--by', '2025-04-30'],
  ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '1000', '--seed', '7', '--svg', '-'],
  ['sweep', '--force', '12000', '--rate', '83..92:1', '--format', 'csv'],
  ['sweep', '--force', '12000', '--rate', '83..92:1', '--format', 'table'],
  ['check', ...ISW, '--casualties', '3800', '--as-of', '2025-01-16'],
  ['check', 'All 12,000 soldiers could be killed or wounded by mid-April at 92 casualties a day'],
  ['check', '--ledger'],
  ['claims'],
  ['extract', ARTICLE, '--published', '2025-01-17'],
  ['fit', REPORTS],
  ['fit', REPORTS, '--chart'],
  ['fit', '--ledger'],
  ['fit', SERIES],
  ['backtest', SERIES],
  ['project', '--force', 'abc', '--rate', '92'],
];

export async function warmUp({ main }) {
  const sink = { write: () => true, isTTY: false };
  for (const argv of RUNS) await main(argv, { stdout: sink, stderr: sink, env: {} });
  await main(['project', ...ISW], { stdout: sink, stderr: sink, env: { FORCE_COLOR: '1' } });
  // News text with every kind of figure, so the extraction grammar's functions are all compiled.
  const text = new TextEncoder().encode(corpus(30_000));
  const stdin = { isTTY: false, bytes: async () => text, text: async () => new TextDecoder().decode(text) };
  await main(['extract', '-', '--published', '2025-01-17'], { stdout: sink, stderr: sink, stdin, env: {} });
  await main(['check', '--text', '-'], {
    stdout: sink,
    stderr: sink,
    stdin: { ...stdin, bytes: async () => text.subarray(0, 400) },
    env: {},
  });
}
