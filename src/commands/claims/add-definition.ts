import type { ConfiguredCommand } from '../command-definition.js';

export const claimsAddSpec: ConfiguredCommand = {
  name: 'add',
  summary: "add a text's or saved web page's figures to a ledger of your own",
  description:
    'Read every figure in FILE (a text file, or a saved news page read as its article) and add each to the ledger ' +
    '--ledger names as a claim: its kind, value or range, qualifier, the date it refers to, and where it ' +
    'stands in FILE. ' +
    'The ledger is created when missing, checked against seeds/ledger.schema.json before it is written, and written ' +
    'whole or not at all. A figure already added from the same file is not added again.\n' +
    'Claims take their claimant from --claimant (else "unknown") and their publication day from --published, else ' +
    "from the page's metadata. The baseline the audit needs is set once the ledger holds a force, a rate and a " +
    'start day.',
  examples: [
    'attrition claims add article.html --ledger my-ledger.json --claimant "UK MoD"',
    'attrition claims add wire.txt --ledger my-ledger.json --published 2025-01-17 --json',
    'attrition claims --ledger my-ledger.json',
  ],
  configure: (command) =>
    command
      .argument('[file]', 'a text file or a saved web page (.html)')
      .option('--ledger <file>', 'the ledger to add to; created when missing (required)')
      .option('--claimant <name>', 'who made the claims: "UK MoD", ISW … (default: unknown)')
      .option('--published <date>', "the day FILE was published: 2025-01-17 (default: the page's own date)")
      .option(
        '--subject <text>',
        "whose losses the figures count: a new ledger's subject; for an existing ledger, " +
          'a subject other than its own marks the claims as about another subject, which the audit leaves out',
      )
      .option('--json', 'print one JSON document of what was added instead of the report'),
  run: async (flags, ctx) => (await import('./add.js')).runClaimsAdd(flags, ctx),
};
