import { WOUNDED_TO_KILLED } from '../../core/check/history.js';
import { DEFAULT_TOLERANCE, TENSION_FACTOR } from '../../core/figures/verdict.js';
import type { ConfiguredCommand } from '../command-definition.js';
import { UsageError } from '../../errors.js';
import { DEFAULT_START_HELP } from '../default-start.js';

/** "World War II about 4.9 : 1, Vietnam 6.2 : 1, …" */
const PAST_WARS = WOUNDED_TO_KILLED.map(({ war, ratio }, i) => `${war} ${i === 0 ? 'about ' : ''}${ratio} : 1`).join(
  ', ',
);
const TOLERANCE = `${Math.round(DEFAULT_TOLERANCE * 1000) / 10} %`;

/** A repeatable flag's values, in the order given; true stands for a `--ledger` given with no file. */
const collect = (value: string, previous: unknown): (string | true)[] => [
  ...(Array.isArray(previous) ? (previous as (string | true)[]) : previous === true ? [true as const] : []),
  value,
];

export const checkSpec: ConfiguredCommand = {
  name: 'check',
  summary: 'whether quoted figures fit together',
  description:
    'Check figures against each other: the rate casualties imply, casualties within the force, killed plus wounded, ' +
    'a claimed date or duration against the projection, and wounded to killed against past wars ' +
    `(${PAST_WARS}; US military medical planning data).\n` +
    `Verdicts: consistent (within the tolerance), tension (within ${TENSION_FACTOR} × the tolerance), ` +
    `inconsistent (beyond). ` +
    'Exit 1 when any check is inconsistent.\n' +
    'With --ledger, audit a whole ledger of quoted figures against its baseline and against each other.\n' +
    'Given a claim as text (an argument, --text FILE or --text - for piped text), hold each of its figures ' +
    'to the reference of its own subject: the seeds ledger for North Korean forces (or --ledger FILE), ' +
    "Ukraine's General Staff series for Russian forces (or --series FILE): counts at other dates at the " +
    'quoted rates, increases over a period, averages, predicted totals against a projection from the day ' +
    'said, parts within wholes, within the force, rates and forces. A rate no reference covers is still held to the ' +
    "claim's own total over the same days; and the claim's own arithmetic is checked as " +
    'above when it carries the inputs. ' +
    'A prediction ("could", "would", a date the force is lost by) has its arithmetic checked, not its truth, ' +
    "with the ledger's force and rate where it names none and is about the ledger's subject. " +
    'Months without a year take it from --published, else the first such date on or after the start.',
  examples: [
    'attrition check --force 12000 --rate 92 --start 2024-12-06 --casualties 3800 --as-of 2025-01-16',
    'attrition check --force 12000 --rate 92 --by "mid-April 2025"',
    'attrition check --rate 92 --killed 300 --wounded 2700 --as-of 2025-01-13',
    'attrition check --force 12000 --rate 92 --casualties 3800 --as-of 2025-01-16 --within "12 weeks"',
    'attrition check --ledger',
    'attrition check "All 12,000 could be lost by mid-April at 92 casualties a day"',
    'attrition check "By 25 January 2025, 2,500 had been killed" --ledger my-ledger.json',
    'attrition check --text claim.txt --published 2025-01-17',
    'echo "At 92 a day the troops would be gone by early February" | attrition check --text - --force 12000',
  ],
  configure: (command) =>
    command
      .argument('[claim]', 'a claim written as a sentence, in quotes: its figures are read and checked')
      .option(
        '--text <file>',
        "read the claim from a text file, a saved web page (its article, dated by the page's metadata), or - " +
          'for piped text',
      )
      .option('--published <date>', 'the day the claim was published: its dates without a year are read against it')
      .option(
        '--claimant <name>',
        'who made the claim: "Ukraine\'s General Staff", "UK MoD"; the General Staff\'s count that names no ' +
          'force is of Russian forces',
      )
      .option('--details', 'with a claim: every comparison, not only the one that decides each figure')
      .option(
        '--series <file>',
        'with a claim: check it against this series of daily cumulative counts (CSV, JSON, NDJSON) instead of ' +
          'the built-in references; repeat for several, each with its own --series-subject',
        collect,
      )
      .option(
        '--series-subject <text>',
        'whose losses the --series file counts: "Russian forces", "Ukrainian forces" (one per --series, in order)',
        collect,
      )
      .option('--series-claimant <name>', 'who publishes the --series file\'s counts: "UK MoD" (in order)', collect)
      .option('--force <n>', 'troops at the start: 12000, about 12000, more than 10000, 11000..12000')
      .option('--rate <n>', 'casualties a day: 92, about 92, 80..90')
      .option('--start <date>', `first day of losses, day 1: 2024-12-06 (default: ${DEFAULT_START_HELP})`)
      .option('--casualties <n>', 'killed plus wounded counted through --as-of: 3800, at least 1100, up to 5000')
      .option('--killed <n>', 'killed counted through --as-of: 300, at least 100')
      .option('--wounded <n>', 'wounded counted through --as-of: 2700, at least 1000')
      .option(
        '--as-of <date>',
        'the day or period the casualties were counted through: 2025-01-13, "early January 2025"',
      )
      .option('--by <date>', 'a claimed date or period the force is lost by: 2025-04-15, "mid-April 2025"')
      .option(
        '--within <duration>',
        'a claimed time until the force is lost, from --as-of: "12 weeks", "two months", "90 days"',
      )
      .option('--tolerance <p>', `largest deviation still consistent: 10% or 0.1 (default: ${TOLERANCE})`)
      .option(
        '--ledger [file]',
        'without a claim, audit a ledger (default: the seeds ledger); with one, check the claim against it ' +
          '(repeat for ledgers of other subjects)',
        collect,
      )
      .option('--json', 'print one JSON document instead of the report'),
  // A claim as text, the figures and a ledger's audit each have a bundle of their own.
  run: async (flags, ctx) => {
    if (flags.operands !== undefined || flags.text !== undefined)
      return (await import('./text.js')).runTextCheck(flags, ctx);
    const ledgers = flags.ledger;
    if (Array.isArray(ledgers) && ledgers.length > 1)
      throw new UsageError(
        `--ledger is given ${ledgers.length} times: several ledgers serve a claim; to audit, give one ledger`,
      );
    const one = { ...flags, ledger: Array.isArray(ledgers) ? ledgers[0] : ledgers };
    if (one.ledger !== undefined) return (await import('./ledger-audit.js')).runLedgerAudit(one, ctx);
    return (await import('./run.js')).runCheck(one, ctx);
  },
};
