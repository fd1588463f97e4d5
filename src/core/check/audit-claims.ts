import { boundsOf, multiply, type Stated } from '../figures/amount.js';
import type { Range } from '../figures/range.js';
import { claimFigureText, claimWhenText, statedOf, windowOfClaim, windowOfText } from '../ledger/claim-figures.js';
import type { CheckRow } from './check-rows.js';
import { statedSum } from './run-checks.js';
import { isoDate, type Day, type Window } from '../dates.js';
import { statedText } from '../figures/figure-text.js';
import type { Claim, DateClaim, Ledger, NumericClaim } from '../ledger/ledger.js';
import type { AuditRow, AuditSection, ClaimRef } from './audit-types.js';

export const refOf = (claim: Claim): ClaimRef => ({
  id: claim.id,
  claimant: claim.claimant,
  figure: claimFigureText(claim),
  when: claimWhenText(claim),
  document: claim.source.document,
});

export type Of<K extends Claim['kind']> = Claim & { kind: K };
export const ofKind = <K extends Claim['kind']>(claims: readonly Claim[], kind: K): Of<K>[] =>
  claims.filter((c): c is Of<K> => c.kind === kind);

/** A count of casualties through a day or period, and the claims it was read from. */
export interface DatedCount {
  stated: Stated;
  text: string;
  asOf: Window;
  asOfText: string;
  claims: Claim[];
}

export const approximately = (b: Range): Stated =>
  !Number.isFinite(b.high)
    ? { qualifier: 'at-least', low: b.low, high: b.low }
    : b.low === b.high
      ? { qualifier: 'approximately', low: b.low, high: b.high }
      : { qualifier: 'range', low: b.low, high: b.high };

/** The ledger being audited: its statements, its baseline, and the rows found so far. */
export class Audit {
  readonly rows: AuditRow[] = [];
  readonly used = new Set<string>();
  readonly byId: Map<string, Claim>;
  readonly statements = new Map<string, Claim[]>();
  readonly force: NumericClaim;
  readonly rate: NumericClaim;
  readonly startClaim: DateClaim;
  readonly start: Day;

  constructor(
    readonly ledger: Ledger,
    readonly tolerance: number,
  ) {
    this.byId = new Map(ledger.claims.map((c) => [c.id, c]));
    for (const claim of ledger.claims) {
      if (claim.subject !== undefined) continue;
      this.statements.set(claim.statement, [...(this.statements.get(claim.statement) ?? []), claim]);
    }
    // Callers check first: a ledger being built with claims add may have none yet.
    if (ledger.baseline === undefined)
      throw new Error('the audit needs a ledger with a baseline (force, rate and start)');
    this.force = this.byId.get(ledger.baseline.force) as NumericClaim;
    this.rate = this.byId.get(ledger.baseline.rate) as NumericClaim;
    this.startClaim = this.byId.get(ledger.baseline.start) as DateClaim;
    this.start = windowOfClaim(this.startClaim).first;
  }

  add(section: AuditSection, row: CheckRow, claims: readonly Claim[], title?: string): void {
    for (const claim of claims) this.used.add(claim.id);
    this.rows.push({ ...row, ...(title && { title }), section, claims: claims.map(refOf) });
  }

  get baselineClaims(): Claim[] {
    return [this.force, this.rate, this.startClaim];
  }

  get baselineText(): string {
    return (
      `${statedText(statedOf(this.force), 'troops', 0)} at ${statedText(statedOf(this.rate), 'per-day')} ` +
      `from ${isoDate(this.start)}`
    );
  }

  /** The force and rate a statement's own projections use: its own where it gives them, else the baseline's. */
  figuresFor(group: readonly Claim[]): { force: NumericClaim; rate: NumericClaim } {
    const own = <K extends 'force' | 'rate'>(kind: K) => ofKind(group, kind)[0];
    const force = own('force');
    const rate = own('rate');
    return force && rate ? { force, rate } : { force: this.force, rate: this.rate };
  }

  /** Casualties a claim cites, counted as one figure. */
  cited(claim: Claim): { stated: Stated; text: string; claims: Claim[] } | undefined {
    const cited = (claim.cites ?? []).map((id) => this.byId.get(id)!).filter((c) => c.subject === undefined);
    const count = datedCounts(cited, this.force, true)[0];
    return count && { stated: count.stated, text: count.text, claims: count.claims };
  }

  /** The baseline statement's claimed date of full loss with the narrowest window. */
  targetDate(): DateClaim | undefined {
    const group = this.statements.get(this.rate.statement) ?? [];
    const dates = ofKind(group, 'date').filter((c) => c.marks === 'force-lost');
    const span = (c: DateClaim) => windowOfClaim(c).last - windowOfClaim(c).first;
    return dates.sort((a, b) => span(a) - span(b))[0];
  }
}

/**
 * Cumulative casualty counts a group of claims gives through a dated day or period: casualties
 * figures; else killed plus wounded of the same date; else a share of the force.
 */
export function datedCounts(
  group: readonly Claim[],
  fallbackForce: NumericClaim | undefined,
  ignoreDates = false,
): DatedCount[] {
  const dated = (c: Claim) => ignoreDates || c.asOf !== undefined;
  const at = (c: Claim) =>
    c.asOf === undefined
      ? { asOf: { first: NaN, last: NaN }, asOfText: '' }
      : { asOf: windowOfText(c.asOf), asOfText: c.asOf };
  const casualties = ofKind(group, 'casualties').filter(dated);
  if (casualties.length > 0) {
    return casualties.map((c) => ({
      stated: statedOf(c),
      text: statedText(statedOf(c), 'casualties', 0),
      ...at(c),
      claims: [c],
    }));
  }
  const pairs: DatedCount[] = [];
  for (const killed of ofKind(group, 'killed').filter(dated)) {
    const wounded = ofKind(group, 'wounded').find((w) => w.asOf === killed.asOf);
    if (!wounded) continue;
    const k = statedOf(killed);
    const w = statedOf(wounded);
    pairs.push({
      stated: statedSum(k, w),
      text: `(${statedText(k, 'casualties', 0)} killed + ${statedText(w, 'casualties', 0)} wounded)`,
      ...at(killed),
      claims: [killed, wounded],
    });
  }
  if (pairs.length > 0 || ignoreDates) return pairs;
  const force = ofKind(group, 'force')[0] ?? fallbackForce;
  if (force === undefined) return [];
  return ofKind(group, 'share')
    .filter((s) => s.of === 'force' && dated(s))
    .map((share) => {
      const lost = multiply(boundsOf(statedOf(share)), boundsOf(statedOf(force)));
      return {
        stated: approximately(lost),
        text: `(${statedText(statedOf(share), 'share')} × ${statedText(statedOf(force), 'troops', 0)})`,
        ...at(share),
        claims: force === fallbackForce ? [share] : [share, force],
      };
    });
}
