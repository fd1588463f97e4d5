// The runs the build makes before taking the CLI's code caches (scripts/build.js), so the functions a
// real run uses are in them. Output goes nowhere; nothing is written to disk.
//
// Each command has caches of its own, made in a process that ran only that command's runs: V8
// deserialises every function a cache holds, so a cache holding every command's functions makes each
// run pay for the others'. `attrition` is help, the version and a bare call. The caches beside the
// bundles (dist/X.cjs.cache) come from every run and more, for what a command's own runs never load.
import { corpus } from '../bench/extract.js';

const ARTICLE = 'examples/article.txt';
const CLAIM_FILE = 'examples/claim.txt';
const REPORTS = 'examples/reports.csv';
const SERIES = 'examples/general-staff/russia_losses_personnel.json';
const ISW = ['--force', '12000', '--rate', '92'];
const IWO_JIMA = 'examples/iwo-jima/iwo_jima_daily.csv';
const DUEL = ['--x', '54000', '--y', '21500', '--a', '0.0544', '--b', '0.0106', '--start', '1945-02-19'];
const DUEL_FIT = [IWO_JIMA, '--x-losses', 'us_cum_casualties', '--x-added', 'us_landed_that_day', '--y0', '21500'];
const SAMPLES = ['--force', '11000..12000', '--rate', '80..92', '--samples', '1000', '--seed', '7'];

/** Each profile's runs: what a command is typically asked, in its common forms. */
export const PROFILES = {
  attrition: [['--help'], [], ['--version']],
  project: [
    ['project', ...ISW],
    ['project', ...ISW, '--casualties', '3800', '--as-of', '2025-01-16', '--json'],
    ['project', ...ISW, '--chart', '--ledger-points'],
    ['project', ...ISW, '--svg', '-'],
    ['project', ...SAMPLES, '--by', '2025-04-30'],
    ['project', ...SAMPLES, '--svg', '-'],
  ],
  sweep: [
    ['sweep', '--force', '12000', '--rate', '83..92:1', '--format', 'csv'],
    ['sweep', '--force', '11000,12000', '--rate', '80,92', '--format', 'table'],
  ],
  check: [
    ['check', ...ISW, '--casualties', '3800', '--as-of', '2025-01-16'],
    ['check', 'All 12,000 soldiers could be killed or wounded by mid-April at 92 casualties a day'],
    ['check', 'By 25 January 2025, 2,500 North Korean soldiers had been killed'],
    ['check', 'Russia has lost 700,000 soldiers since February 2022, Kyiv said on 15 November 2024'],
    ['check', '--text', CLAIM_FILE, '--published', '2025-01-17'],
    ['check', '--ledger'],
  ],
  claims: [['claims'], ['claims', '--claimant', 'NIS']],
  extract: [['extract', ARTICLE, '--published', '2025-01-17']],
  fit: [
    ['fit', REPORTS],
    ['fit', REPORTS, '--chart'],
    ['fit', '--ledger'],
    ['fit', SERIES],
  ],
  backtest: [['backtest', SERIES]],
  duel: [
    ['duel', ...DUEL],
    ['duel', ...DUEL, '--names', 'US,Japan', '--reinforce-x', '1945-02-21=6000', '--json'],
    ['duel', ...DUEL, '--law', 'linear', '--days', '30', '--chart'],
    ['duel', ...DUEL, '--svg', '-'],
    ['duel', 'fit', ...DUEL_FIT, '--y-end', '0', '--names', 'US,Japan'],
    ['duel', 'fit', ...DUEL_FIT, '--y-end', '0', '--json'],
    ['duel', 'fit', ...DUEL_FIT, '--method', 'least-squares', '--svg', '-'],
  ],
};

/**
 * The profiles the build makes caches for, from the registry's command names: `attrition`, then
 * each command, in the registry's order. A command without runs in PROFILES, or runs for a command
 * the registry does not hold, stops the build (and test/scripts/warm-up.test.ts) with what to do.
 */
export function profileNames(commands) {
  const missing = commands.filter((name) => !Object.hasOwn(PROFILES, name));
  if (missing.length > 0) {
    throw new Error(
      `the command${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the registry ` +
        `${missing.length > 1 ? 'have' : 'has'} no runs in PROFILES of scripts/warm-up.js: add the usual runs of ` +
        'each there, from which the build makes its code caches (CONTRIBUTING.md, Bundles and start-up)',
    );
  }
  const stray = Object.keys(PROFILES).filter((name) => name !== 'attrition' && !commands.includes(name));
  if (stray.length > 0) {
    throw new Error(
      `PROFILES of scripts/warm-up.js has runs for ${stray.join(', ')}, which the registry does not hold`,
    );
  }
  return ['attrition', ...commands];
}

const sink = { write: () => true, isTTY: false };
const quiet = (extra = {}) => ({ stdout: sink, stderr: sink, env: {}, ...extra });

/** Runs one profile's runs with the CLI's main(). */
export async function warmProfile({ main }, name) {
  for (const argv of PROFILES[name]) await main(argv, quiet());
}

/** Every profile's runs and more (colour, a usage error, the whole extraction grammar): the fallback caches. */
export async function warmEverything({ main }) {
  for (const name of Object.keys(PROFILES)) await warmProfile({ main }, name);
  await main(['project', '--help'], quiet());
  await main(['project', '--force', 'abc', '--rate', '92'], quiet());
  await main(['project', ...ISW], quiet({ env: { FORCE_COLOR: '1' } }));
  // News text with every kind of figure, so the extraction grammar's functions are all compiled.
  const text = new TextEncoder().encode(corpus(30_000));
  const stdin = { isTTY: false, bytes: async () => text, text: async () => new TextDecoder().decode(text) };
  await main(['extract', '-', '--published', '2025-01-17'], quiet({ stdin }));
  await main(['check', '--text', '-'], quiet({ stdin: { ...stdin, bytes: async () => text.subarray(0, 400) } }));
}
