import * as z from 'zod/mini';
import {
  CLAIM_SCOPES,
  COUNT_KINDS,
  DATE_MARKS,
  DURATION_MARKS,
  DURATION_UNITS,
  QUALIFIERS,
  SHARE_BASES,
} from '../figures/vocabulary.js';
import { parseDay } from '../parse/days.js';
import { parseWindow, PERIOD_FORMS } from '../parse/periods.js';
import type { Parsed } from '../parse/parsed.js';
import { describeIssue } from './ledger-issues.js';

/**
 * The ledger of quoted figures: its zod schema (validated on load and in the tests) and the reader
 * that turns a parsed JSON document into a ledger or one line saying which entry and field are wrong.
 * The JSON Schema beside the seeds ledger is generated from `ledgerSchema`.
 */

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = z
  .string()
  .check(
    z.regex(ID_PATTERN, 'must be lower-case words joined by hyphens, such as nis-killed'),
    z.describe('lower-case words joined by hyphens, such as nis-killed'),
  );
const text = (description: string) => z.string().check(z.minLength(1, 'must not be empty'), z.describe(description));
const when = (description: string) =>
  z.string().check(
    z.refine((s) => parseWindow(s).ok, `must be ${PERIOD_FORMS}`),
    z.describe(`${description}: a day (2025-01-13) or a period (mid-January 2025, early December 2024, January 2025)`),
  );
const isoDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD'),
  z.refine((s) => parseDay(s).ok, 'must be a day on the calendar, written YYYY-MM-DD'),
  z.describe('publication day, YYYY-MM-DD'),
);

const sourceSchema = z.strictObject({
  document: text('the file the figure was read from, such as a seed article'),
  outlet: z.optional(text('the outlet that published the document, where the document shows it')),
  published: z.optional(isoDay),
  alsoIn: z.optional(z.array(text('another document that repeats the figure'))),
  span: z.optional(
    z
      .tuple([z.int().check(z.minimum(0)), z.int().check(z.minimum(0))])
      .check(z.describe("where the figure stands in the document's text: [start, end) in UTF-16 code units")),
  ),
  text: z.optional(text('the figure as the document writes it')),
});

const identity = {
  id: idSchema,
};
const attribution = {
  claimant: text("who made the claim: ISW, South Korea's NIS, Zelensky, UK Ministry of Defence …"),
  statement: idSchema.check(
    z.describe('the report, briefing or post the claim was made in; claims made together share it'),
  ),
  source: sourceSchema,
  qualifier: z.enum(QUALIFIERS),
};
const context = {
  since: z.optional(when('the day or period the figure counts from')),
  asOf: z.optional(when('the day or period the figure runs through')),
  stated: z.optional(when('when the claimant made the claim')),
  cites: z.optional(z.array(idSchema).check(z.describe('ids of the claims this one rests on'))),
  subject: z.optional(
    text("whose losses the figure counts, when not the ledger's subject; the audit leaves such claims out"),
  ),
  scope: z.optional(
    z
      .enum(CLAIM_SCOPES)
      .check(
        z.describe(
          'what a count covers: cumulative (the default: all losses so far), period (one day, week or month), ' +
            'engagement (one battle or assault)',
        ),
      ),
  ),
  paraphrase: text("the claim in the ledger author's own words"),
  note: z.optional(text('how the figure was read, where that needed a decision')),
};

const numbers = {
  value: z.optional(z.number().check(z.minimum(0, 'must be zero or more'))),
  low: z.optional(z.number().check(z.minimum(0, 'must be zero or more'))),
  high: z.optional(z.number().check(z.minimum(0, 'must be zero or more'))),
};

// Fields in the order a reader wants them (and the order --json prints them): who, what, when, why.
const countClaim = z.strictObject({ ...identity, kind: z.enum(COUNT_KINDS), ...attribution, ...numbers, ...context });
const shareClaim = z.strictObject({
  ...identity,
  kind: z.literal('share'),
  ...attribution,
  ...numbers,
  of: z.enum(SHARE_BASES).check(z.describe('what the share is a share of')),
  ...context,
});
const durationClaim = z.strictObject({
  ...identity,
  kind: z.literal('duration'),
  ...attribution,
  ...numbers,
  unit: z.enum(DURATION_UNITS),
  marks: z.enum(DURATION_MARKS).check(z.describe('what the duration measures')),
  ...context,
});
const dateClaim = z.strictObject({
  ...identity,
  kind: z.literal('date'),
  ...attribution,
  value: z.optional(when('the day or period claimed')),
  low: z.optional(when('the first day or period of a span')),
  high: z.optional(when('the last day or period of a span')),
  marks: z.enum(DATE_MARKS).check(z.describe('what the date marks')),
  ...context,
});

type Issues = { issues: z.core.$ZodRawIssue[] };
const issue = (ctx: Issues, path: (string | number)[], message: string, input: unknown) =>
  ctx.issues.push({ code: 'custom', path, message, input });

/** value for a single figure, low and high for a range — never both. */
function checkShape(claim: z.infer<typeof claimUnion>, ctx: Issues): void {
  const hasValue = claim.value !== undefined;
  const hasRange = claim.low !== undefined || claim.high !== undefined;
  if (claim.qualifier === 'range') {
    if (hasValue) issue(ctx, ['value'], 'must be left out when the qualifier is range: give low and high', claim);
    else if (claim.low === undefined) issue(ctx, ['low'], 'is required when the qualifier is range', claim);
    else if (claim.high === undefined) issue(ctx, ['high'], 'is required when the qualifier is range', claim);
    else if (order(claim.kind, claim.low, claim.high) > 0) issue(ctx, ['low'], 'is above high', claim);
    return;
  }
  if (hasRange)
    issue(
      ctx,
      [claim.low !== undefined ? 'low' : 'high'],
      `must be left out unless the qualifier is range; give value (qualifier ${claim.qualifier})`,
      claim,
    );
  else if (!hasValue) issue(ctx, ['value'], 'is required (or low and high with the qualifier range)', claim);
  if (claim.kind === 'force' || claim.kind === 'rate') {
    for (const field of ['value', 'low', 'high'] as const) {
      if (claim[field] === 0) issue(ctx, [field], `must be above zero for a ${claim.kind}`, claim);
    }
  }
  if (claim.kind === 'share') {
    for (const field of ['value', 'low', 'high'] as const) {
      const share = claim[field];
      if (share !== undefined && !(share > 0 && share <= 1))
        issue(ctx, [field], 'must be a share above 0 and at most 1 (0.3 for 30 %)', claim);
    }
  }
}

function order(kind: string, low: number | string, high: number | string): number {
  if (kind !== 'date') return (low as number) - (high as number);
  const a = parseWindow(low as string);
  const b = parseWindow(high as string);
  return a.ok && b.ok ? a.value.first - b.value.first : 0;
}

const claimUnion = z.discriminatedUnion('kind', [countClaim, shareClaim, durationClaim, dateClaim]);
const claimSchema = claimUnion.check(z.superRefine(checkShape));

export const LEDGER_SCHEMA_VERSION = 1;

export const ledgerSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(LEDGER_SCHEMA_VERSION),
    subject: text('whose forces and losses the ledger counts'),
    baseline: z.optional(
      z
        .strictObject({ force: idSchema, rate: idSchema, start: idSchema })
        .check(
          z.describe(
            'ids of the force, daily rate and start date every dated casualty figure is checked against; the ' +
              'audit needs it',
          ),
        ),
    ),
    claims: z.array(claimSchema).check(z.minLength(1, 'must hold at least one claim')),
  })
  .check(z.superRefine(checkReferences));

export type Ledger = z.infer<typeof ledgerSchema>;
export type Claim = Ledger['claims'][number];
export type DateClaim = Extract<Claim, { kind: 'date' }>;
export type NumericClaim = Exclude<Claim, DateClaim>;

/** Ids are unique; the baseline and every citation name claims that exist, of the right kind. */
function checkReferences(ledger: z.infer<typeof ledgerSchema>, ctx: Issues): void {
  const byId = new Map<string, Claim>();
  ledger.claims.forEach((claim, index) => {
    if (byId.has(claim.id)) issue(ctx, ['claims', index, 'id'], `repeats the id ${claim.id}`, claim.id);
    byId.set(claim.id, claim);
  });
  const expected = { force: 'force', rate: 'rate', start: 'date' } as const;
  const baseline = ledger.baseline;
  for (const role of ['force', 'rate', 'start'] as const) {
    if (baseline === undefined) break;
    const target = byId.get(baseline[role]);
    if (!target)
      issue(ctx, ['baseline', role], `names ${baseline[role]}, which is not a claim in the ledger`, baseline);
    else if (target.kind !== expected[role])
      issue(
        ctx,
        ['baseline', role],
        `names ${target.id}, a ${target.kind} claim; expected a ${expected[role]} claim`,
        baseline,
      );
    else if (role === 'start' && !(typeof target.value === 'string' && parseDay(target.value).ok)) {
      issue(
        ctx,
        ['baseline', role],
        `names ${target.id}, which must give one day (value YYYY-MM-DD), not a period`,
        baseline,
      );
    }
  }
  ledger.claims.forEach((claim, index) => {
    claim.cites?.forEach((cited, at) => {
      if (!byId.has(cited))
        issue(ctx, ['claims', index, 'cites', at], `names ${cited}, which is not a claim in the ledger`, cited);
    });
  });
}

/**
 * Validates a parsed JSON document as a ledger. The problem names the entry (by id where it has
 * one, else by index) and the field: `claims[9] (id nis-killed) field qualifier: expected one of …`.
 */
export function parseLedger(document: unknown): Parsed<Ledger> {
  const parsed = ledgerSchema.safeParse(document);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problem: describeIssue(parsed.error.issues[0]!, document) };
}

/** The JSON Schema for ledger files, as committed beside the seeds ledger. */
export function ledgerJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ledgerSchema, { io: 'input' }),
    title: 'attrition ledger of quoted figures',
    description:
      'Figures quoted about a force and its losses, each with its claimant, source, qualifier and dates. ' +
      'A single figure gives value; a range gives low and high with the qualifier range. ' +
      'Shares are fractions (0.3 for 30 %). Validated by attrition claims --ledger FILE and attrition check ' +
      '--ledger FILE.',
  };
}
