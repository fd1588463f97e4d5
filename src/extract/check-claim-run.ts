import { isError } from '../core/coded-error.js';
import { check, CheckError, type CheckResult } from '../core/check/run-checks.js';
import { ledgerView, type LedgerView } from '../core/check/against-ledger/ledger-view.js';
import type { LedgerCheckResult, LedgerClaimReading } from '../core/check/against-ledger/types.js';
import type { Day } from '../core/dates.js';
import { DEFAULT_TOLERANCE, overallVerdict } from '../core/figures/verdict.js';
import type { Ledger } from '../core/ledger/ledger.js';
import { ClaimTextError, readClaim, type ClaimReading, type GivenFigures } from './claim.js';
import { countsNoLoss, readLedgerClaim } from './ledger-claim.js';
import { checkReferences, ledgerCoversClaim, type ReferenceOptions } from './check-references.js';

// The command's echo of the claim's figures reads them with this bundle's copy of the grammar.
export { extractFigures } from './extract.js';
export { readLedgerClaim } from './ledger-claim.js';

/**
 * A claim checked against a ledger, as `attrition check "TEXT"` does: every figure compared with
 * the ledger's entries, and the claim's own arithmetic checked as before when it carries the
 * inputs (a prediction takes the ledger's force and rate where it gives none). Pure.
 */

export interface CheckClaimOptions {
  tolerance?: number;
  published?: Day;
  /** Figures given beside the text (flags): they feed the claim's own arithmetic. */
  given?: GivenFigures;
  /** Who made the claim, when known: it tells whose losses an unnamed count is. */
  claimant?: string;
}

export type { ReferenceOptions } from './check-references.js';

export interface ClaimCheckResult extends LedgerCheckResult {
  /** The references the claim was held to, each with the subject it covers. */
  references: { name: string; kind: 'ledger' | 'series'; subject: string; claimant?: string }[];
  /** Who made the claim, when given. */
  claimant: string | null;
  /** Whether the claim is a prediction (its arithmetic checked, not its truth), and the words that say so. */
  claim: ClaimReading['claim'];
  /** Where each input of the claim's own arithmetic came from: the text, a flag or the ledger; empty without it. */
  sources: ClaimReading['sources'];
}

/**
 * The claim's own arithmetic: today's checks, when its figures (with the flags, and for a prediction the ledger's force
 * and rate) allow them.
 */
function ownCheck(
  text: string,
  view: LedgerView,
  options: CheckClaimOptions,
  tolerance: number,
  mayBorrow: boolean,
): { reading: ClaimReading; result: CheckResult } | null {
  const attempt = (given: GivenFigures) => {
    try {
      const reading = readClaim(text, {
        given,
        ...(options.published !== undefined && { published: options.published }),
      });
      return { reading, result: check({ ...reading.input, tolerance }) };
    } catch (error) {
      if (isError(error, ClaimTextError) || isError(error, CheckError)) return null;
      throw error;
    }
  };
  const given = options.given ?? {};
  const plain = attempt(given);
  if (!mayBorrow) return plain && withoutLedgerStart(plain);
  if (plain) return plain;
  // A prediction that names no force or rate is checked with the ledger's.
  const forceFigure = view.baselineForce;
  const rateFigure = view.rates.find((r) => r.ref.ids[0] === view.maxRate?.ref.ids[0]) ?? view.rates[0];
  const filled: GivenFigures = {
    ...(forceFigure && { force: { value: forceFigure.stated, text: forceFigure.ref.figure } }),
    ...(rateFigure && { rate: { value: rateFigure.stated, text: rateFigure.ref.figure } }),
    ...given,
  };
  const withLedger = attempt(filled);
  // Only a prediction ("could", "would") borrows the ledger's figures for its arithmetic.
  const predicts = withLedger?.reading.claim.cues.some((c) => c.reason === 'modal');
  if (
    !withLedger ||
    !predicts ||
    !withLedger.result.checks.some((c) => c.id === 'projected-date' || c.id === 'duration')
  )
    return null;
  for (const [field, figure] of [
    ['force', forceFigure],
    ['rate', rateFigure],
  ] as const) {
    const source = withLedger.reading.sources[field];
    if (!figure || given[field] || source?.from !== 'flag') continue;
    withLedger.reading.sources[field] = {
      from: 'ledger',
      id: figure.ref.ids[0]!,
      claimant: figure.ref.claimant,
      used: figure.ref.figure,
      note: 'the claim names none: taken from the ledger',
    };
  }
  // With the ledger's rate and start, the implied rate holds the claim's count to the ledger's figures, which the
  // comparisons with the ledger already do: it is not the claim's own arithmetic.
  if (withLedger.reading.sources.rate?.from !== 'ledger' || withLedger.reading.sources.start?.from !== 'ledger')
    return withLedger;
  const checks = withLedger.result.checks.filter((c) => c.id !== 'implied-rate');
  const verdicts = checks.flatMap((c) => (c.verdict === 'context' ? [] : [c.verdict]));
  return { ...withLedger, result: { ...withLedger.result, verdict: overallVerdict(verdicts), checks } };
}

/**
 * Whether the claim's own arithmetic would join figures of different forces or fronts: "Russia lost 815,800 …; the
 * North Korean units are losing 80 to 100 a day" holds no rate to that total, nor Ukrainian wounded to Russian
 * casualties. A figure that names no force joins any.
 */
function mixesSubjects(reading: LedgerClaimReading, own: ClaimReading): boolean {
  const starts = new Set(Object.values(own.sources).flatMap((s) => (s?.from === 'text' ? [s.span[0]] : [])));
  const named = reading.figures.flatMap((f) =>
    f.span && starts.has(f.span[0]) && f.subject?.force ? [f.subject] : [],
  );
  return new Set(named.map((s) => `${s.force} ${s.scope === 'local' ? (s.place ?? '') : ''}`)).size > 1;
}

/**
 * Whether the force the claim's own arithmetic would use is a whole army's at war ("some 700,000 Russian troops were
 * serving in the combat zone"): an army replenished for years is no bound on the war's losses, as a contingent is.
 */
function armyOfAWholeWar(reading: LedgerClaimReading, own: ClaimReading): boolean {
  const { force } = own.sources;
  if (force?.from !== 'text') return false;
  const figure = reading.figures.find((f) => f.span?.[0] === force.span[0]);
  const subject = figure?.subject;
  return (
    subject !== undefined && subject.scope === 'whole' && (subject.force === 'russian' || subject.force === 'ukrainian')
  );
}

/**
 * Whether the claim's own arithmetic would count a running total from the start of a rate's period: "1.16 million, …
 * with losses averaging about 1,000 a day since June" holds no 1.16 million to June onwards.
 */
function startOfAnotherFigure(reading: LedgerClaimReading, own: ClaimReading): boolean {
  const { start, casualties } = own.sources;
  if (start?.from !== 'text' || casualties?.from !== 'text') return false;
  const count = reading.figures.find((f) => f.span?.[0] === casualties.span[0]);
  return (
    count !== undefined &&
    count.since === undefined &&
    reading.figures.some((f) => f.kind === 'rate' && f.sinceText !== undefined && f.span?.[0] !== casualties.span[0])
  );
}

/** ", and British defence intelligence now puts …": a clause in which another source gives its own figure. */
const SPEAKER_JOINS = [' and ', ' while ', ' but ', ' whereas '];
const ANOTHER_SPEAKER = new RegExp(
  String.raw`[,;]\s*(?:and|while|but|whereas)\s+[^,;]{0,60}?\b` +
    String.raw`(?:puts?|says?|said|estimates?|estimated|counts?|counted|reports?|reported|claims?|claimed)\b`,
  'i',
);

/**
 * "NIS … 300 killed and 2,700 wounded, and British defence intelligence now puts total casualties at around 4,000":
 * figures two sources give are not one claim's arithmetic.
 */
function anotherSpeakerBetween(text: string, own: ClaimReading): boolean {
  const spans = Object.values(own.sources).flatMap((source) => (source?.from === 'text' ? [source.span] : []));
  if (spans.length < 2) return false;
  const first = Math.min(...spans.map((s) => s[1]));
  const last = Math.max(...spans.map((s) => s[0]));
  if (last <= first) return false;
  const between = text.slice(first, last);
  return SPEAKER_JOINS.some((join) => between.includes(join)) && ANOTHER_SPEAKER.test(between);
}

/** Checks that count days from the start of losses. */
const FROM_START = new Set(['implied-rate', 'projected-date', 'duration']);

/**
 * The claim's own arithmetic when the ledger does not cover its subject: the ledger's start of losses is another
 * force's, so no check counts days from it.
 */
function withoutLedgerStart(own: { reading: ClaimReading; result: CheckResult }) {
  if (own.reading.sources.start?.from !== 'ledger') return own;
  const checks = own.result.checks.filter((c) => !FROM_START.has(c.id));
  const verdicts = checks.flatMap((c) => (c.verdict === 'context' ? [] : [c.verdict]));
  if (verdicts.length === 0) return null;
  const { start: _, ...sources } = own.reading.sources;
  return {
    reading: { ...own.reading, sources },
    result: { ...own.result, verdict: overallVerdict(verdicts), checks },
  };
}

/**
 * checkClaim, with the readings the command echoes: the claim's figures and, when its own arithmetic ran, that reading.
 * `view` is the ledger as ledgerView reads it, when the caller has it already (the seeds ledger ships it read).
 */
export function runClaimCheck(
  claim: string | LedgerClaimReading,
  ledger: Ledger,
  options: CheckClaimOptions & ReferenceOptions = {},
  view: LedgerView = ledgerView(ledger),
): { result: ClaimCheckResult; reading: LedgerClaimReading; own: ClaimReading | null } {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const reading =
    typeof claim === 'string'
      ? readLedgerClaim(claim, view, {
          ...(options.published !== undefined && { published: options.published }),
          ...(options.claimant !== undefined && { claimant: options.claimant }),
        })
      : claim;
  const checkedOwn = ownCheck(
    reading.text,
    view,
    options,
    tolerance,
    ledgerCoversClaim(reading, ledger, options, view),
  );
  // The claim's own arithmetic may not rest on a figure the reading set aside ("recruits 25,000 a month").
  const own =
    checkedOwn &&
    (Object.values(checkedOwn.reading.sources).some(
      (source) =>
        source?.from === 'text' &&
        (reading.setAside.some((a) => a.text === source.text && countsNoLoss(a.reason)) ||
          reading.figures.some(
            (f) => (f.kind === 'remaining' || f.kind === 'deployed-total') && f.text === source.text,
          )),
    ) ||
      mixesSubjects(reading, checkedOwn.reading) ||
      armyOfAWholeWar(reading, checkedOwn.reading) ||
      startOfAnotherFigure(reading, checkedOwn.reading) ||
      anotherSpeakerBetween(reading.text, checkedOwn.reading) ||
      // "sent about 11,000 … and roughly 3,000 reinforcements": the force its arithmetic would use is not all sent.
      (checkedOwn.reading.sources.force?.from === 'text' && reading.figures.some((f) => f.kind === 'reinforcement')))
      ? null
      : checkedOwn;
  const checked = checkReferences(reading, ledger, view, { ...options, tolerance, selfCheck: own?.result ?? null });
  const kind = own?.reading.claim ?? { kind: 'statement' as const, cues: [] };
  return {
    result: { ...checked, claim: kind, sources: own?.reading.sources ?? {}, claimant: options.claimant ?? null },
    reading,
    own: own?.reading ?? null,
  };
}
