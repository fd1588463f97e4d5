import { isError } from '../../core/coded-error.js';
import { NothingComparableError } from '../../core/check/against-ledger/against-ledger.js';
import type { CheckField } from '../../core/check/run-checks.js';
import { DEFAULT_START } from '../../core/projection/baseline.js';
import { isoDate } from '../../core/dates.js';
import { DEFAULT_TOLERANCE } from '../../core/figures/verdict.js';
import { EXIT, UsageError } from '../../errors.js';
import type { ClaimReading, GivenFigures } from '../../extract/claim.js';
import type { TextCheckEcho } from '../../render/check-text.js';
import { amountEcho } from '../../render/check.js';
import { renderLedgerTextCheck, type LedgerTextCheckDocument } from '../../render/check-ledger.js';
import type { CheckFlags, CheckGiven } from './definition.js';
import { FIGURE_FLAGS } from './figure-flags.js';
import { claimCheckJson } from '../../extract/check-claim-json.js';
import { withYears } from './years.js';
import type { CommandContext } from '../context.js';
import { loadLedger } from '../../shell/ledger-file.js';
import { SEEDS_SUBJECT, SEEDS_VIEW } from '../../shell/seeds-view.js';
import { knownDescription } from '../../extract/subject.js';
import { claimRefusal } from './claim-refusal.js';
import { extractFigures, readLedgerClaim, runClaimCheck } from '../../extract/check-claim-run.js';
import { pageEcho } from '../../render/page.js';
import { ledgerView } from '../../core/check/against-ledger/ledger-view.js';
import type { Ledger } from '../../core/ledger/ledger.js';
import { GENERAL_STAFF_REFERENCE } from '../../core/check/against-series/general-staff.js';
import { coverage, subjectText } from '../../core/subjects.js';
import { impossibleDates } from '../../extract/impossible-dates.js';
import { echo as echoValue } from '../../core/wording.js';

const CLAIM_FILE = {
  name: '--text',
  accepts: 'a text file, or - for stdin',
  instead: 'pipe the claim in',
};

/**
 * Checks a claim written as prose against a ledger (the seeds ledger unless --ledger FILE): from the argument, a --text
 * file, or piped text.
 */
export async function runTextCheck(flags: CheckFlags, ctx: CommandContext, asGiven: CheckGiven): Promise<number> {
  // The texts as given, with the year a period without one was read with.
  let raw = withYears(asGiven).raw;
  // "-" as the claim is piped text, as it is for --text (the definition refuses a claim given both ways).
  const operand = raw.operands?.[0];
  const argument = operand === '-' && raw.text === undefined ? undefined : operand;
  if (operand === '-' && raw.text === undefined) raw = { ...raw, text: '-' };
  const { text, page } =
    argument !== undefined
      ? { text: argument, page: null }
      : // A file or piped text loads the reader only when a claim is read from one.
        await (await import('../../shell/read-document.js')).readDocumentArgument(raw.text, ctx.io, CLAIM_FILE);
  // A saved page's own date stands in for --published when none is given.
  const published = flags.published ?? page?.published ?? undefined;
  if (text.trim() === '') {
    throw new UsageError(
      `the claim ${argument === undefined ? `in --text ${echoValue(raw.text)} ` : ''}is empty; give a ` +
        `sentence such as "12,000 troops lost by mid-April"`,
    );
  }
  const given: GivenFigures = {};
  for (const field of FIGURE_FLAGS) {
    const value = flags[field];
    if (value !== undefined) (given as Record<string, unknown>)[field] = { value, text: raw[field]! };
  }
  const givenSeries =
    raw.series === undefined
      ? undefined
      : await (await import('./claim-series.js')).readClaimSeriesList(
          raw.series,
          raw.seriesSubject,
          raw.seriesClaimant,
        );
  const ledgerFiles = Array.isArray(raw.ledger) ? raw.ledger : raw.ledger === undefined ? [] : [raw.ledger];
  // A series given alone replaces the built-in references: the ledger it is paired with is empty, of its subject.
  const loaded =
    givenSeries && ledgerFiles.length === 0
      ? {
          ledger: { schemaVersion: 1, subject: givenSeries[0]!.measures, claims: [] } as Ledger,
          name: 'no ledger',
        }
      : await loadLedger(ledgerFiles[0]);
  const moreLedgers = await Promise.all(
    ledgerFiles.slice(1).map(async (file) => {
      const more = await loadLedger(file);
      return { ledger: more.ledger, name: more.name };
    }),
  );
  const { ledger, name } = loaded;
  // The seeds ledger's view ships worked out; a ledger file's is worked out here.
  const seeds = ledgerFiles[0] === undefined || ledgerFiles[0] === true;
  const view = seeds && !givenSeries ? SEEDS_VIEW : ledgerView(ledger);
  if (view === SEEDS_VIEW) knownDescription(SEEDS_VIEW.subject, SEEDS_SUBJECT);
  const tolerance = flags.tolerance ?? DEFAULT_TOLERANCE;
  const claimant = flags.claimant;
  const reading = readLedgerClaim(text, view, {
    ...(published !== undefined && { published }),
    ...(claimant !== undefined && { claimant }),
  });
  // A ledger file given replaces the built-in references; the General Staff's series loads only for a claim
  // about Russian forces.
  const ownLedger = ledgerFiles.some((f) => typeof f === 'string') || givenSeries !== undefined;
  const builtIn = GENERAL_STAFF_REFERENCE.subject;
  const series = givenSeries
    ? givenSeries
    : !ownLedger &&
        [...reading.figures, ...(reading.parts ?? [])].some((f) => f.subject && coverage(f.subject, builtIn) !== 'none')
      ? [(await import('../../shell/general-staff.js')).GENERAL_STAFF]
      : [];
  let checked: ReturnType<typeof runClaimCheck>;
  try {
    checked = runClaimCheck(
      reading,
      ledger,
      {
        tolerance,
        given,
        series,
        ...(moreLedgers.length > 0 && { moreLedgers }),
        ...(!ownLedger &&
          series.length === 0 && {
            alsoCovered: [`${subjectText(builtIn)} (${GENERAL_STAFF_REFERENCE.claimant})`],
          }),
        ...(published !== undefined && { published }),
        ...(claimant !== undefined && { claimant }),
      },
      view,
    );
  } catch (error) {
    if (isError(error, NothingComparableError)) throw new UsageError(claimRefusal(error.reading));
    throw error;
  }
  const { result, own } = checked;
  const impossible = impossibleDates(text);
  const doc: LedgerTextCheckDocument = {
    schemaVersion: 3,
    command: 'check',
    input: {
      ...echo(own, flags.start),
      tolerance,
      text,
      file: raw.text ?? null,
      published: published === undefined ? null : isoDate(published),
      ...(page && { page: pageEcho(page) }),
      figures: own?.figures ?? extractFigures(text, { ...(published !== undefined && { published }) }),
      sources: own?.sources ?? {},
      setAside: own?.setAside ?? [],
      ...(impossible.length > 0 && { impossibleDates: impossible }),
      ledger: name,
    },
    result,
  };
  ctx.io.stdout.write(
    ctx.json
      ? `${JSON.stringify({ ...doc, result: claimCheckJson(doc.result) }, null, 2)}\n`
      : renderLedgerTextCheck(doc, ctx.style, ctx.width, raw.details === true),
  );
  return result.verdict === 'inconsistent' ? EXIT.inconsistent : EXIT.ok;
}

function echo(
  reading: ClaimReading | null,
  start: number | undefined,
): Omit<TextCheckEcho, 'tolerance' | 'text' | 'file' | 'published' | 'page' | 'figures' | 'sources' | 'setAside'> {
  const shown = (field: CheckField): string | null => {
    const source = reading?.sources[field];
    if (!source) return null;
    return source.from === 'flag' ? source.text : source.used;
  };
  const amount = (field: 'force' | 'rate' | 'casualties' | 'killed' | 'wounded') =>
    shown(field) === null ? null : amountEcho(reading?.input[field]);
  return {
    force: amount('force'),
    rate: amount('rate'),
    start: isoDate(reading?.input.start ?? start ?? DEFAULT_START),
    startIsDefault:
      reading?.sources.start?.from !== 'text' && reading?.sources.start?.from !== 'flag' && start === undefined,
    casualties: amount('casualties'),
    killed: amount('killed'),
    wounded: amount('wounded'),
    givenAs: {
      force: shown('force'),
      rate: shown('rate'),
      casualties: shown('casualties'),
      killed: shown('killed'),
      wounded: shown('wounded'),
    },
    asOf: shown('asOf'),
    by: shown('by'),
    within: shown('within'),
  };
}
