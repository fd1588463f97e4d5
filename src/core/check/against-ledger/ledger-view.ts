import { boundsOf, multiply, type Stated } from '../../figures/amount.js';
import { statedText } from '../../figures/figure-text.js';
import { claimFigureText, statedOf, windowOfClaim, windowOfText } from '../../ledger/claim-figures.js';
import type { Claim, DateClaim, Ledger, NumericClaim } from '../../ledger/ledger.js';
import type { Day, Window } from '../../dates.js';
import { approximately, datedCounts } from '../audit-claims.js';
import type { LedgerRef } from './types.js';
import type { LossKind } from '../../figures/vocabulary.js';

/** A cumulative count the ledger gives through a day or period. */
export interface LedgerCount {
  kind: LossKind;
  stated: Stated;
  window: Window;
  ref: LedgerRef;
  /** Killed worked out from a share of the statement's own casualties. */
  fromShare?: true;
}

/** A figure the ledger states, with where it stands. */
export interface LedgerFigure {
  stated: Stated;
  window?: Window;
  ref: LedgerRef;
}

/** The ledger as a claim is checked against it: comparable counts, rates, forces and the start of losses. */
export interface LedgerView {
  subject: string;
  counts: LedgerCount[];
  rates: LedgerFigure[];
  /** The highest daily rate the ledger quotes, and the entry that quotes it. */
  maxRate: { value: number; ref: LedgerRef } | undefined;
  forces: LedgerFigure[];
  reinforcements: LedgerFigure[];
  /** Shares of casualties killed the ledger quotes ("a quarter of the casualties were killed"). */
  killedShares?: LedgerFigure[];
  /**
   * The force shares of the force are taken of: the baseline's, else the first the ledger quotes; none in a ledger
   * without forces.
   */
  baselineForce: LedgerFigure | undefined;
  /** The earliest day the ledger says losses began or fighting started: the start most favourable to a claim. */
  earliestStart: { day: Day; ref: LedgerRef } | undefined;
  /**
   * The first day by which the ledger has the force surely in the fight: the earliest last day of a window in which
   * it says fighting started or losses began. Before it, the force may still have been arriving.
   */
  engagedBy?: { day: Day; ref: LedgerRef };
  /**
   * The last day by which every source has losses begun (the latest day a source says they began): a count since a
   * later day is one stretch's, not a running total ("since returning to the front on 7 February").
   */
  lossesBegun?: { day: Day; ref: LedgerRef };
  /** Entries left out of every comparison, and why. */
  excluded: { id: string; claimant: string; reason: string }[];
}

const dateOf = (claim: Claim): string | undefined => claim.asOf ?? claim.stated;

export const refOfClaim = (claim: Claim): LedgerRef => ({
  ids: [claim.id],
  claimant: claim.claimant,
  date: dateOf(claim) ?? null,
  figure: claimFigureText(claim),
});

const isNumeric = (claim: Claim): claim is NumericClaim => claim.kind !== 'date';

/** What a ledger entry counts, when it is not comparable with a claim about the ledger's subject. */
function exclusion(claim: Claim): string | undefined {
  if (claim.subject !== undefined) return `counts ${claim.subject}: another subject`;
  if (claim.scope === 'engagement') return 'one engagement, not a running total';
  if (claim.scope === 'period') return 'the losses of one period, not a running total';
  return undefined;
}

/**
 * Killed counts a statement gives as a share of its own casualty count ("about 4,000 casualties, a
 * quarter of them killed"): the killed it implies, compared like any killed count of that claimant.
 */
function killedByShare(statement: readonly Claim[]): LedgerCount[] {
  const out: LedgerCount[] = [];
  for (const share of statement) {
    if (share.kind !== 'share' || (share as { of?: string }).of !== 'casualties') continue;
    for (const total of statement) {
      if (total.kind !== 'casualties' || total.asOf === undefined) continue;
      const stated = approximately(multiply(boundsOf(statedOf(total)), boundsOf(statedOf(share))));
      out.push({
        kind: 'killed',
        stated,
        window: windowOfText(total.asOf),
        ref: {
          ids: [total.id, share.id],
          claimant: total.claimant,
          date: total.asOf,
          figure:
            `${statedText(stated, 'casualties', 0)} (${statedText(statedOf(share), 'share')} of ` +
            `${claimFigureText(total)} casualties)`,
        },
        fromShare: true,
      });
    }
  }
  return out;
}

/** Reads a validated ledger into what claims are compared with. */
export function ledgerView(ledger: Ledger): LedgerView {
  const byId = new Map(ledger.claims.map((c) => [c.id, c]));
  const excluded: LedgerView['excluded'] = [];
  const usable: Claim[] = [];
  for (const claim of ledger.claims) {
    const reason = exclusion(claim);
    if (reason) excluded.push({ id: claim.id, claimant: claim.claimant, reason });
    else usable.push(claim);
  }
  const baselineForceClaim =
    (ledger.baseline && (byId.get(ledger.baseline.force) as NumericClaim)) ??
    usable.find((c): c is NumericClaim => c.kind === 'force');
  const counts: LedgerCount[] = [];
  const statements = new Map<string, Claim[]>();
  for (const claim of usable) statements.set(claim.statement, [...(statements.get(claim.statement) ?? []), claim]);
  for (const group of statements.values()) {
    const dated = group.map((c) => (c.asOf === undefined && c.stated !== undefined ? { ...c, asOf: c.stated } : c));
    // Without a force in the ledger, shares of the force have no base and are left out.
    const countable = baselineForceClaim ? dated : dated.filter((c) => c.kind !== 'share');
    for (const count of datedCounts(countable, baselineForceClaim ?? (undefined as unknown as NumericClaim))) {
      const ids = count.claims.map((c) => c.id);
      const single = count.claims.length === 1 && count.claims[0]!.kind === 'casualties';
      counts.push({
        kind: 'casualties',
        stated: count.stated,
        window: count.asOf,
        ref: {
          ids,
          claimant: count.claims[0]!.claimant,
          date: count.asOfText,
          figure: single ? claimFigureText(count.claims[0]!) : count.text,
        },
      });
    }
    counts.push(...killedByShare(dated));
    for (const claim of dated) {
      if ((claim.kind !== 'killed' && claim.kind !== 'wounded') || claim.asOf === undefined) continue;
      counts.push({
        kind: claim.kind,
        stated: statedOf(claim),
        window: windowOfText(claim.asOf),
        ref: refOfClaim(claim),
      });
    }
  }
  for (const claim of usable) {
    if (['casualties', 'killed', 'wounded'].includes(claim.kind) && dateOf(claim) === undefined) {
      excluded.push({
        id: claim.id,
        claimant: claim.claimant,
        reason: 'undated: no day or period to compare over time',
      });
    }
  }
  // A figure stands for its day or period; a rate "since" a day, for every day from then on.
  const figure = (claim: NumericClaim): LedgerFigure => {
    const when = dateOf(claim);
    const window = when === undefined ? undefined : windowOfText(when);
    const from = claim.since === undefined ? undefined : windowOfText(claim.since).first;
    return {
      stated: statedOf(claim),
      ...(window && {
        window: from === undefined ? window : { first: Math.min(from, window.first), last: window.last },
      }),
      ref: refOfClaim(claim),
    };
  };
  const numeric = usable.filter(isNumeric);
  const rates = numeric.filter((c) => c.kind === 'rate').map(figure);
  const forces = numeric.filter((c) => c.kind === 'force').map(figure);
  // A ledger may hold reinforcements as a kind of their own.
  const reinforcements = numeric.filter((c) => (c.kind as string) === 'reinforcement').map(figure);
  const killedShares = numeric
    .filter((c) => c.kind === 'share' && (c as { of?: string }).of === 'casualties')
    .map(figure);
  const startClaim = ledger.baseline && (byId.get(ledger.baseline.start) as DateClaim);
  return {
    subject: ledger.subject,
    counts,
    rates,
    maxRate: highestRate(rates),
    forces,
    reinforcements,
    killedShares,
    baselineForce: baselineForceClaim && figure(baselineForceClaim),
    earliestStart: earliestStart(usable, startClaim),
    ...withEngagedBy(usable),
    ...withLossesBegun(usable, startClaim),
    excluded,
  };
}

function highestRate(rates: readonly LedgerFigure[]): LedgerView['maxRate'] {
  let best: LedgerView['maxRate'];
  for (const rate of rates) {
    const high = boundsOf(rate.stated).high;
    if (Number.isFinite(high) && (best === undefined || high > best.value)) best = { value: high, ref: rate.ref };
  }
  return best;
}

/**
 * The date claim marking `marks` that `better` prefers over every other (and over `seed`, a baseline's start):
 * the earliest start, the earliest day surely engaged, the latest day losses began.
 */
function bestDateClaim(
  claims: readonly Claim[],
  marks: readonly string[],
  better: (a: Window, b: Window) => boolean,
  seed?: DateClaim,
): DateClaim | undefined {
  let best = seed;
  for (const claim of claims) {
    if (claim.kind !== 'date' || !marks.includes(claim.marks ?? '')) continue;
    if (best === undefined || better(windowOfClaim(claim), windowOfClaim(best))) best = claim;
  }
  return best;
}

const STARTS = ['losses-begin', 'first-combat'];

function earliestStart(claims: readonly Claim[], baseline: DateClaim | undefined): LedgerView['earliestStart'] {
  const best = bestDateClaim(claims, STARTS, (a, b) => a.first < b.first, baseline);
  return best && { day: windowOfClaim(best).first, ref: refOfClaim(best) };
}

function withEngagedBy(claims: readonly Claim[]): Pick<LedgerView, 'engagedBy'> {
  const best = bestDateClaim(claims, STARTS, (a, b) => a.last < b.last);
  return best ? { engagedBy: { day: windowOfClaim(best).last, ref: refOfClaim(best) } } : {};
}

function withLossesBegun(claims: readonly Claim[], baseline: DateClaim | undefined): Pick<LedgerView, 'lossesBegun'> {
  const best = bestDateClaim(claims, ['losses-begin'], (a, b) => a.last > b.last, baseline);
  return best ? { lossesBegun: { day: windowOfClaim(best).last, ref: refOfClaim(best) } } : {};
}

/**
 * A force stated with an open end ("more than 10,000") as the figure it was meant to suggest: from
 * the figure to the figure plus the tolerance. Other figures as stated.
 */
export function closedForce(stated: Stated, tolerance: number): Stated {
  if (stated.qualifier !== 'at-least' && stated.qualifier !== 'more-than') return stated;
  return { qualifier: 'range', low: stated.low, high: stated.low * (1 + tolerance) };
}
