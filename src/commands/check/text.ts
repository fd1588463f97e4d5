import * as z from 'zod/mini';
import { check, CheckError, type CheckField, type CheckInput } from '../../core/check/run-checks.js';
import { isoDate } from '../../core/dates.js';
import { parseDayFlag } from '../../core/parse/index.js';
import { DEFAULT_TOLERANCE } from '../../core/figures/verdict.js';
import { EXIT, UsageError } from '../../errors.js';
import { usageErrorFrom } from '../core-error.js';
import { ClaimTextError, readClaim, type ClaimReading, type FieldNamer, type GivenFigures } from '../../extract/claim.js';
import { FLAGS } from '../../extract/claim-needs.js';
import { escapeControls } from '../../extract/controls.js';
import { renderTextCheck, type TextCheckDocument } from '../../render/check-text.js';
import { checkFlags, FIGURE_FLAGS, type RawCheckFlags } from './flags.js';
import type { CommandContext } from '../context.js';
import { readDocumentArgument } from '../../shell/read-document.js';
import { pageEcho } from '../../render/page.js';
import { flagValue, validateFlags } from '../validate.js';

const textFlags = z.extend(checkFlags, { published: z.optional(flagValue(parseDayFlag)) });

const CLAIM_FILE = {
  name: '--text',
  accepts: 'a text file, or - to read piped text',
  instead: 'try echo "CLAIM" | attrition check --text -, or attrition check "CLAIM"',
};

/** Checks a claim written as prose: from the argument, a --text file, or piped text with --text -. */
export async function runTextCheck(raw: RawCheckFlags, ctx: CommandContext): Promise<number> {
  // "-" as the claim is piped text, as it is for --text.
  const operand = raw.operands?.[0];
  const argument = operand === '-' && raw.text === undefined ? undefined : operand;
  if (operand === '-' && raw.text === undefined) raw = { ...raw, text: '-' };
  if (raw.ledger !== undefined) throw new UsageError('--ledger audits a ledger on its own figures; leave out the claim (and --text)');
  if (argument !== undefined && raw.text !== undefined) {
    throw new UsageError(`--text ${JSON.stringify(raw.text)} and the claim ${JSON.stringify(argument)} both give a claim; give one`);
  }
  const flags = validateFlags(textFlags, { ...pick(raw), published: raw.published });
  const { text, page } =
    argument !== undefined
      ? { text: argument, page: null }
      : await readDocumentArgument(raw.text, ctx.io, CLAIM_FILE);
  // A saved page's own date stands in for --published when none is given.
  const published = flags.published ?? page?.published ?? undefined;
  if (text.trim() === '') {
    throw new UsageError(`the claim ${argument === undefined ? `in --text ${JSON.stringify(raw.text)} ` : ''}is empty; give a sentence such as "12,000 troops could be lost by mid-April at 92 casualties a day"`);
  }
  const given: GivenFigures = {};
  for (const field of FIGURE_FLAGS) {
    const value = flags[field];
    if (value !== undefined) (given as Record<string, unknown>)[field] = { value, text: raw[field]! };
  }
  const reading = readOrExplain(text, given, published);
  const tolerance = flags.tolerance ?? DEFAULT_TOLERANCE;
  const input: CheckInput = { ...reading.input, tolerance };
  const result = checkOrExplain(input, reading);
  const doc: TextCheckDocument = {
    schemaVersion: 1,
    command: 'check',
    input: {
      ...echo(reading, input),
      tolerance,
      text,
      file: raw.text ?? null,
      published: published === undefined ? null : isoDate(published),
      ...(page && { page: pageEcho(page) }),
      figures: reading.figures,
      sources: reading.sources,
      setAside: reading.setAside,
    },
    result: { ...result, claim: reading.claim },
  };
  ctx.io.stdout.write(ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : renderTextCheck(doc, ctx.style));
  return result.verdict === 'inconsistent' ? EXIT.inconsistent : EXIT.ok;
}

function pick(raw: RawCheckFlags): Partial<Record<(typeof FIGURE_FLAGS)[number] | 'tolerance', string>> {
  const { force, rate, start, casualties, killed, wounded, asOf, by, within, tolerance } = raw;
  return { force, rate, start, casualties, killed, wounded, asOf, by, within, tolerance };
}

/** A claim's inputs named as the flags that give them. */
const flagOf: FieldNamer = (field) => (field === 'published' ? '--published' : FLAGS[field]);

function readOrExplain(text: string, given: GivenFigures, published: number | undefined): ClaimReading {
  try {
    return readClaim(text, { given, ...(published !== undefined && { published }) });
  } catch (error) {
    if (error instanceof ClaimTextError) throw new UsageError(escapeControls(error.describe(flagOf)));
    throw error;
  }
}

const FIELD_NOUNS: Record<CheckField, string> = {
  force: 'force',
  rate: 'rate',
  start: 'start date',
  casualties: 'casualty count',
  killed: 'count of killed',
  wounded: 'count of wounded',
  asOf: 'date of the count',
  by: 'date of full loss',
  within: 'time until full loss',
};

/** A check the figures do not allow, worded for where the figure came from: the text, a flag or the ledger. */
function checkOrExplain(input: CheckInput, reading: ClaimReading) {
  try {
    return check(input);
  } catch (error) {
    if (!(error instanceof CheckError)) throw error;
    throw usageErrorFrom(error, (field) => {
      const source = reading.sources[field as CheckField];
      if (source === undefined) return undefined;
      if (source.from === 'flag') return `${source.flag} ${JSON.stringify(source.text)}`;
      const written = source.from === 'text' && source.text !== source.used ? `"${source.text}" (${source.used})` : `"${source.used}"`;
      return `the claim's ${FIELD_NOUNS[field as CheckField]} ${written}`;
    });
  }
}

function echo(reading: ClaimReading, input: CheckInput): Omit<TextCheckDocument['input'], 'tolerance' | 'text' | 'file' | 'published' | 'figures' | 'sources' | 'setAside'> {
  const shown = (field: CheckField): string | null => {
    const source = reading.sources[field];
    if (!source) return null;
    return source.from === 'flag' ? source.text : source.used;
  };
  return {
    force: shown('force'),
    rate: shown('rate'),
    start: isoDate(input.start),
    startIsDefault: reading.sources.start?.from === 'ledger',
    casualties: shown('casualties'),
    killed: shown('killed'),
    wounded: shown('wounded'),
    asOf: shown('asOf'),
    by: shown('by'),
    within: shown('within'),
  };
}
