import { defineCommand } from '../command-definition.js';
import { jsonFlag } from '../common-flags.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';

const CLAIMS_FLAGS = {
  claimant: {
    value: '<text>',
    help: 'only claims whose claimant has a word starting with this text (any case): ISW, NIS, Zelensky …',
    example: 'NIS',
  },
  kind: {
    value: '<kind>',
    help: 'only claims of this kind: force, casualties, killed, wounded, rate, share, duration, date',
    example: 'rate',
    read: (r) => r.claimKind(),
  },
  ledger: { value: '[file]', help: 'a ledger file written to seeds/ledger.schema.json (default: the seeds ledger)' },
  ...jsonFlag('the table'),
} as const satisfies FlagTable;

export type ClaimsFlags = FlagsOf<typeof CLAIMS_FLAGS>;
import { claimsAddSpec } from './add-definition.js';

export const claimsSpec = defineCommand({
  name: 'claims',
  summary: 'the ledger of quoted figures, as a table',
  description:
    'List the figures quoted about the reference case (the seeds ledger), or those of another ledger: ' +
    'who claimed what, the date it refers to, and where it was read.\n' +
    'claims add FILE --ledger my-ledger.json builds a ledger of your own from articles (attrition claims add --help).',
  examples: [
    'attrition claims',
    'attrition claims --claimant NIS',
    'attrition claims --kind rate --json',
    'attrition claims --ledger my-ledger.json',
    'attrition claims add article.html --ledger my-ledger.json --claimant "UK MoD"',
  ],
  flags: CLAIMS_FLAGS,
  run: async (flags, ctx) => (await import('./run.js')).runClaims(flags, ctx),
  subcommands: [claimsAddSpec],
});
