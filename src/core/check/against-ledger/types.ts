import type { Stated } from '../../figures/amount.js';
import type { Verdict } from '../../figures/verdict.js';
import type { Day, Window } from '../../dates.js';
import type { LossKind } from '../../figures/vocabulary.js';
import type { CheckResult } from '../run-checks.js';
import type { CheckRow } from '../check-rows.js';
import type { Subject } from '../../subjects.js';

/** Kinds of figure a claim is checked for against a ledger. */
export const LEDGER_FIGURE_KINDS = [
  'casualties',
  'killed',
  'wounded',
  'force',
  'reinforcement',
  'rate',
  /** What is left of a force ("some 7,000 remain at the front"). */
  'remaining',
  /** Everyone sent, later waves included ("about 15,000 in all, counting a second wave"). */
  'deployed-total',
] as const;
export type LedgerFigureKind = (typeof LEDGER_FIGURE_KINDS)[number];
export const isLossKind = (kind: LedgerFigureKind): kind is LossKind =>
  kind === 'casualties' || kind === 'killed' || kind === 'wounded';

/** A share turned into a count: the share, its base and where the base came from. */
export interface ShareBasis {
  share: Stated;
  /** What the share is of. */
  of: 'force' | 'casualties';
  base: Stated;
  /** "the claim's 4,000 casualties" or "the ledger's about 12,000 troops (isw-force, ISW)". */
  baseText: string;
  baseFrom: 'claim' | 'ledger';
  baseId?: string;
}

export interface Prediction {
  from: Day;
  pace: 'current' | 'open';
}

/** One figure of a claim, read for comparison with a ledger. */
export interface ClaimFigure {
  /** casualties-1, killed-1 …: unique within the claim. */
  id: string;
  kind: LedgerFigureKind;
  stated: Stated;
  /** The claim's own words for it: "2,500", "half of the 4,000 casualties". */
  text: string;
  /** Where it stands in the claim, in UTF-16 code units; absent for a figure that follows from others. */
  span?: [number, number];
  /** The day or period a count runs through, or a rate or force was stated for. */
  asOf?: Window;
  asOfText?: string;
  /** How the date was found: the figure's own sentence, or the publication day. */
  asOfFrom?: 'text' | 'published';
  /**
   * A count of one period rather than a running total ("since December", "in February 2024", "in the past
   * week"): the day or period it counts from. A series compares it with its increase over the period.
   */
  since?: Window;
  sinceText?: string;
  /**
   * The claim's words make `since` the start of what it counts ("since returning on 7 February", "in January
   * alone", "last month"), not only the day a running total is dated by: a ledger holds such a count to its rates.
   */
  sinceSaid?: true;
  /** A count of the last day, week or month through `asOf` ("in the past day"), not a running total. */
  periodDays?: number;
  /**
   * A total the claim predicts for `asOf` ("will pass one million by the end of June"), made on
   * `from`: a series holds it to a projection from that day, not to what came after. At the current
   * pace ("if the current rate holds") the projection keeps the recent rate; otherwise it has the
   * interval of the series' own past errors.
   */
  prediction?: Prediction;
  /** Whose losses or force the figure counts, and over what scope, as the claim's words say. */
  subject?: Subject;
  /** A count worked out from a share. */
  fromShare?: ShareBasis;
  /** A count worked out from others of the claim: wounded = casualties − killed. */
  derived?: string;
}

/** A claim read for comparison with a ledger: its figures, and those it found but set aside. */
export interface LedgerClaimReading {
  text: string;
  figures: ClaimFigure[];
  setAside: {
    kind: string;
    text: string;
    span: [number, number];
    reason: string;
    /** Set aside because no reference covers its subject: whose it is, and the subjects the references cover. */
    uncovered?: { subject: string; covered: string[] };
  }[];
  /** The day the claim was made, when known. */
  published?: number;
  /**
   * Counts of one engagement or of a stretch of unknown length ("in the battle for Avdiivka"), set aside as running
   * totals: a whole-war series still bounds them from above.
   */
  parts?: ClaimFigure[];
}

/** The ledger entry a comparison rests on. */
export interface LedgerRef {
  /** The claims it was read from: one, or killed + wounded. */
  ids: string[];
  claimant: string;
  /** The day or period as the ledger writes it; null when the entry gives none. */
  date: string | null;
  /** The figure as the ledger states it: "about 3,800", "(300 killed + 2,700 wounded)". */
  figure: string;
}

/** One comparison of a claim figure with a ledger entry (or with another figure of the claim). */
export interface Comparison extends CheckRow {
  /** The claim figure compared. */
  figure: string;
  /** What is compared; a figure's verdict takes the best source within a test and the worst test. */
  test: ComparisonTest;
  /** The ledger entry; null when the claim is compared with itself or with history. */
  source: LedgerRef | null;
  /** Periods read as one day for the arithmetic: "mid-January 2025 read as 2025-01-11". */
  readings?: string[];
  /** The numbers the arithmetic used, by name. */
  inputs: Record<string, number | string | null | { low: number | null; high: number | null }>;
}

export const COMPARISON_TESTS = {
  'count-over-time': 'against a count of the same kind at another date',
  'part-over-time': 'against casualties counted at another date',
  'whole-over-time': 'against killed or wounded counted at another date',
  'rate-from-start': 'the rate from the start of losses',
  'within-force': 'within the force and its reinforcements',
  'within-claim': 'against the claim’s own figures',
  history: 'wounded to killed, against history',
  force: 'against the ledger’s force figures',
  rate: 'against the ledger’s rates and those pairs of its dated counts imply',
  series: 'against a reference series of daily counts',
  'killed-share': 'the share of casualties killed, against the references’ shares',
  remaining: 'what remains of the force, against the force less the casualties counted by then',
  deployed: 'a total with later waves, against the first force and the reinforcements quoted',
} as const;
export type ComparisonTest = keyof typeof COMPARISON_TESTS;

/** A claim figure as reports and JSON show it: its dates as ISO days. */
export type ReportedFigure = Omit<ClaimFigure, 'asOf' | 'since' | 'prediction'> & {
  asOf: { first: string; last: string } | null;
  since?: { first: string; last: string };
  prediction?: { from: string; pace: Prediction['pace'] };
};

export interface FigureVerdict {
  figure: ReportedFigure;
  verdict: Verdict;
  /** The source the verdict rests on in each test: the best-agreeing one. */
  comparisons: Comparison[];
}

export interface LedgerCheckResult {
  verdict: Verdict;
  tolerance: number;
  ledger: { subject: string };
  figures: FigureVerdict[];
  /** The verdict of the claim's own arithmetic (today's checks), null when it carries too little for it. */
  ownVerdict: Verdict | null;
  /** Today's checks of the claim on its own figures: killed + wounded, a prediction's date … */
  checks: CheckResult['checks'];
  setAside: LedgerClaimReading['setAside'];
  /** Period readings, bases and rates used. */
  assumptions: string[];
}
