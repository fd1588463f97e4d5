import { overallVerdict, DEFAULT_TOLERANCE, type Verdict } from '../../figures/verdict.js';
import { statedText } from '../../figures/figure-text.js';
import { isoDate, type Window } from '../../dates.js';
import type { Ledger } from '../../ledger/ledger.js';
import type { CheckResult } from '../run-checks.js';
import type { ComparisonContext } from './comparison.js';
import { withinClaim, withinForce, woundedToKilled } from './comparisons/bounds.js';
import { countOverTime, rateAssumption } from './comparisons/over-time.js';
import {
  forceAgainstLedger,
  rateAgainstLedger,
  rateFromStart,
  reinforcementsAgainstLedger,
} from './comparisons/rates.js';
import { ledgerView, type LedgerView } from './ledger-view.js';
import { killedShare } from './comparisons/killed-share.js';
import { deployedAgainstLedger, remainingAgainstLedger } from './comparisons/strength.js';
import {
  isLossKind,
  type ClaimFigure,
  type Comparison,
  type FigureVerdict,
  type LedgerCheckResult,
  type LedgerClaimReading,
  type LedgerFigureKind,
} from './types.js';

/**
 * A claim checked against a ledger: each of its figures compared with every comparable entry,
 * with the arithmetic written out. Pure: a reading of the claim and a validated ledger in.
 */

interface ComparisonEntry {
  id: string;
  /** The kinds of claim figure it applies to. */
  needs: readonly LedgerFigureKind[];
  /** Whether the figure needs a date. */
  dated: boolean;
  build: (figure: ClaimFigure, ctx: ComparisonContext) => Comparison[];
}

type Dated = ClaimFigure & { asOf: Window };
const COUNTS = ['casualties', 'killed', 'wounded'] as const;

/** Every comparison a claim's figure gets against the ledger, in the order the report shows them. */
const COMPARISONS: readonly ComparisonEntry[] = [
  {
    id: 'over-time',
    needs: COUNTS,
    dated: true,
    build: (f, ctx) =>
      // "a tenth of the casualties were killed", with no casualties of its own: a share of the ledger's count, which
      // the killed-share test weighs; held to each source's counts it would set one source's share on another's.
      f.fromShare?.of === 'casualties' && f.fromShare.baseFrom === 'ledger'
        ? []
        : ctx.view.counts.flatMap((c) => countOverTime(f as Dated & { kind: (typeof COUNTS)[number] }, c, ctx) ?? []),
  },
  { id: 'rate-from-start', needs: COUNTS, dated: true, build: (f, ctx) => rateFromStart(f as Dated, ctx) },
  { id: 'within-force', needs: COUNTS, dated: false, build: withinForce },
  { id: 'within-claim', needs: ['killed', 'wounded'], dated: false, build: withinClaim },
  { id: 'history', needs: ['killed'], dated: false, build: woundedToKilled },
  { id: 'killed-share', needs: ['killed'], dated: false, build: killedShare },
  { id: 'force', needs: ['force'], dated: false, build: forceAgainstLedger },
  { id: 'reinforcement', needs: ['reinforcement'], dated: false, build: reinforcementsAgainstLedger },
  { id: 'rate', needs: ['rate'], dated: false, build: rateAgainstLedger },
  { id: 'remaining', needs: ['remaining'], dated: true, build: remainingAgainstLedger },
  { id: 'deployed', needs: ['deployed-total'], dated: false, build: deployedAgainstLedger },
];

/** A claim with no figure the ledger can be compared with: what it found, and why each was set aside. */
export class NothingComparableError extends Error {
  static readonly code = 'ATTRITION_NOTHING_COMPARABLE';
  readonly code = NothingComparableError.code;
  constructor(readonly reading: LedgerClaimReading) {
    const found = reading.setAside.map((s) => `"${s.text}" (${s.reason})`);
    super(
      found.length === 0
        ? 'the claim holds no figure to compare with the ledger: give a count, a force or a rate'
        : `the claim holds no figure to compare with the ledger: it sets aside ${found.join(', ')}`,
    );
    this.name = 'NothingComparableError';
  }
}

export interface AgainstLedgerOptions {
  tolerance?: number;
  /** Today's checks of the claim on its own figures, when it carries their inputs. */
  selfCheck?: CheckResult | null;
  /** The ledger already read by ledgerView, when the caller has it: reading it twice is wasted work. */
  view?: LedgerView;
}

/** Checks a claim's figures against a validated ledger. */
export function checkAgainstLedger(
  reading: LedgerClaimReading,
  ledger: Ledger,
  options: AgainstLedgerOptions = {},
): LedgerCheckResult {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const view = options.view ?? ledgerView(ledger);
  const ctx: ComparisonContext = { view, reading, tolerance };
  const figures: FigureVerdict[] = [];
  const setAside = [...reading.setAside];
  for (const figure of reading.figures) {
    // A figure that follows from others (wounded = casualties − killed) serves their comparisons only.
    if (figure.derived) continue;
    const comparisons = COMPARISONS.filter(
      (c) => c.needs.includes(figure.kind) && (!c.dated || figure.asOf !== undefined),
    ).flatMap((c) => c.build(figure, ctx));
    const verdict = figureVerdict(comparisons);
    if (verdict) figures.push({ figure: reported(figure), verdict, comparisons });
    else if (figure.span)
      setAside.push({ kind: figure.kind, text: figure.text, span: figure.span, reason: unusedReason(figure) });
  }
  const selfCheck = options.selfCheck ?? null;
  if (figures.length === 0 && !selfCheck) throw new NothingComparableError({ ...reading, setAside });
  const verdicts: Verdict[] = [...figures.map((f) => f.verdict), ...(selfCheck ? [selfCheck.verdict] : [])];
  return {
    verdict: overallVerdict(verdicts),
    tolerance,
    ledger: { subject: ledger.subject },
    figures,
    ownVerdict: selfCheck?.verdict ?? null,
    checks: selfCheck?.checks ?? [],
    setAside: setAside.sort((a, b) => a.span[0] - b.span[0]),
    assumptions: assumptions(reading, ctx, figures),
  };
}

export function reported({ asOf, since, prediction, ...rest }: ClaimFigure): FigureVerdict['figure'] {
  return {
    ...rest,
    asOf: asOf ? { first: isoDate(asOf.first), last: isoDate(asOf.last) } : null,
    ...(since && { since: { first: isoDate(since.first), last: isoDate(since.last) } }),
    ...(prediction && { prediction: { ...prediction, from: isoDate(prediction.from) } }),
  };
}

function unusedReason(figure: ClaimFigure): string {
  if (figure.kind === 'reinforcement')
    return 'reinforcements: the ledger quotes none to compare them with; added to the force for the claim’s counts';
  if (isLossKind(figure.kind) && figure.asOf === undefined) return 'undated, and no bound to hold it to';
  return 'no ledger entry of its kind to compare it with';
}

const OVER_TIME = new Set<string>(['count-over-time', 'part-over-time', 'whole-over-time']);

/**
 * A figure is as consistent as its best-agreeing source: within each test over time, each
 * claimant's worst comparison, then the best claimant; within any other test, the best comparison;
 * the figure takes its worst test. Null when nothing gave a verdict.
 */
export function figureVerdict(comparisons: readonly Comparison[]): Verdict | undefined {
  const byTest = new Map<string, Map<string, Verdict[]>>();
  for (const c of comparisons) {
    if (c.verdict === 'context') continue;
    const test = byTest.get(c.test) ?? new Map<string, Verdict[]>();
    // Counts over time bind together (a claimant's latest count binds hardest); forces, rates and
    // bounds are each an alternative reading of the same thing.
    const claimant = OVER_TIME.has(c.test) ? (c.source?.claimant ?? 'the claim') : c.id;
    test.set(claimant, [...(test.get(claimant) ?? []), c.verdict]);
    byTest.set(c.test, test);
  }
  if (byTest.size === 0) return undefined;
  const RANK: Record<Verdict, number> = { consistent: 0, tension: 1, inconsistent: 2 };
  const tests = [...byTest.values()].map((claimants) => {
    const worstEach = [...claimants.values()].map((v) => overallVerdict(v));
    return worstEach.reduce((best, v) => (RANK[v] < RANK[best] ? v : best));
  });
  return overallVerdict(tests);
}

function assumptions(reading: LedgerClaimReading, ctx: ComparisonContext, figures: readonly FigureVerdict[]): string[] {
  const lines: string[] = [];
  const rate = rateAssumption(ctx);
  if (rate && figures.some((f) => f.comparisons.some((c) => c.test.endsWith('over-time')))) lines.push(rate);
  for (const figure of reading.figures) {
    if (figure.fromShare) {
      const b = figure.fromShare;
      lines.push(
        `${figure.text}: ${statedText(b.share, 'share')} of ${b.baseText} (base from the ${b.baseFrom}) ` +
          `= ${statedText(figure.stated, 'casualties', 0)} ${figure.kind}.`,
      );
    }
    if (figure.derived) lines.push(`${figure.kind} ${statedText(figure.stated, 'casualties', 0)}: ${figure.derived}.`);
    if (figure.asOfFrom === 'published' && figure.asOfText && isLossKind(figure.kind))
      lines.push(`"${figure.text}" names no date of its own: counted through the publication day, ${figure.asOfText}.`);
  }
  const readings = [...new Set(figures.flatMap((f) => f.comparisons.flatMap((c) => c.readings ?? [])))];
  if (readings.length > 0) {
    lines.push(
      `Periods read as one day, the day most favourable to the claim (a period's first day when counting ` +
        `growth since it, its last when it comes after the claim): ${readings.join('; ')}.`,
    );
  }
  if (figures.some((f) => f.comparisons.some((c) => c.test === 'rate-from-start'))) {
    const s = ctx.view.earliestStart!;
    lines.push(
      `Average rates count from ${isoDate(s.day)} (${s.ref.claimant}, ${s.ref.ids[0]}), the earliest start of ` +
        `fighting or losses the ledger gives: the start most favourable to the claim.`,
    );
  }
  const heldToForces = figures.some((f) =>
    f.comparisons.some((c) => (c.test === 'force' || c.test === 'within-force') && c.source !== null),
  );
  if (
    heldToForces &&
    ctx.view.forces.some((f) => f.stated.qualifier === 'at-least' || f.stated.qualifier === 'more-than')
  ) {
    lines.push(
      `An open-ended force ("more than 10,000") is read as the figure up to the figure plus ` +
        `the ${Math.round(ctx.tolerance * 1000) / 10} % tolerance.`,
    );
  }
  lines.push('A figure is as consistent as its best-agreeing source; the claim takes its worst figure.');
  for (const e of ctx.view.excluded) lines.push(`Left out: ${e.id} (${e.claimant}): ${e.reason}.`);
  if (ctx.view.maxRate === undefined)
    lines.push('The ledger quotes no rate: counts may grow without limit between dates.');
  return lines.map((l) => l.replace(/\s+/g, ' '));
}
