import { defineCommand } from '../command-definition.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';

const CLAIMS_ADD_FLAGS = {
  ledger: {
    value: '<file>',
    help: 'the ledger to add to; created when missing (required)',
    example: 'my-ledger.json',
    required: 'is required: the ledger to add to (created when missing)',
    read: (r) => r.ledgerFile(),
  },
  claimant: {
    value: '<name>',
    help: 'who made the claims: "UK MoD", ISW … (default: unknown)',
    example: 'UK MoD',
    read: (r) => r.filled('a name such as "UK MoD"'),
  },
  published: {
    value: '<date>',
    help: "the day FILE was published: 2025-01-17 (default: the page's own date)",
    example: '2025-01-17',
    read: (r) => r.day(),
  },
  subject: {
    value: '<text>',
    help:
      "whose losses the figures count: a new ledger's subject; for an existing ledger, " +
      'a subject other than its own marks the claims as about another subject, which the audit leaves out',
    example: 'North Korean forces in Russia',
    read: (r) => r.filled('a description such as "Russian forces"'),
  },
  json: { help: 'print one JSON document of what was added instead of the report' },
} as const satisfies FlagTable;

export type ClaimsAddFlags = FlagsOf<typeof CLAIMS_ADD_FLAGS>;

export const claimsAddSpec = defineCommand({
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
  operand: { name: '[file]', help: 'a text file or a saved web page (.html)' },
  flags: CLAIMS_ADD_FLAGS,
  run: async (flags, ctx) => (await import('./add.js')).runClaimsAdd(flags, ctx),
});
