import { boundsOf, divide, figureOf, multiply, type Bounds, type Stated } from '../figures/amount.js';
import {
  claimFigureText,
  claimWhenText,
  durationOf,
  isDateClaim,
  statedOf,
  windowOfClaim,
  windowOfText,
} from '../ledger/claim-figures.js';
import {
  durationRow,
  figureRow,
  impliedRateRow,
  partsSumRow,
  projectedDateRow,
  projectLoss,
  rateFromShareRow,
  shareRow,
  woundedToKilledRow,
  type CheckRow,
  type Counted,
  type Figure,
} from './check-rows.js';
import { statedSum } from './run-checks.js';
import { fuzzyLabel, isoDate, type Day, type Window } from '../dates.js';
import { statedText } from '../figures/figure-text.js';
import { formatPercent } from '../figures/format.js';
import type { Claim, DateClaim, Ledger, NumericClaim } from '../ledger/ledger.js';
import { DEFAULT_TOLERANCE, overallVerdict, type Verdict } from '../figures/verdict.js';

/**
 * The ledger audit: every dated casualty figure against the ledger's baseline, and the figures of
 * each statement against each other. Pure: a validated ledger in, rows with their arithmetic out.
 */

export const AUDIT_SECTIONS = {
  baseline: 'The baseline and the claims made with it',
  dated: 'Dated casualty figures against the baseline',
  statements: 'Figures within each statement',
  across: "Other forces and rates against the baseline's",
  history: 'Wounded to killed, against history (context, no verdict)',
} as const;
export type AuditSection = keyof typeof AUDIT_SECTIONS;

/** A claim a row rests on, with where it was read. */
export interface ClaimRef {
  id: string;
  claimant: string;
  figure: string;
  when: string;
  document: string;
}

export interface AuditRow extends CheckRow {
  section: AuditSection;
  claims: ClaimRef[];
}

export interface AuditResult {
  verdict: Verdict;
  tolerance: number;
  subject: string;
  baseline: {
    force: Figure;
    rate: Figure;
    start: string;
    /** The constant-rate projection of the baseline figures: the day the force is lost. */
    projected: { date: string; label: string; days: number };
    claims: ClaimRef[];
  };
  checks: AuditRow[];
  /** Claims no check used, with the reason. */
  unchecked: { id: string; claimant: string; reason: string }[];
}

const refOf = (claim: Claim): ClaimRef => ({
  id: claim.id,
  claimant: claim.claimant,
  figure: claimFigureText(claim),
  when: claimWhenText(claim),
  document: claim.source.document,
});

type Of<K extends Claim['kind']> = Claim & { kind: K };
const ofKind = <K extends Claim['kind']>(claims: readonly Claim[], kind: K): Of<K>[] =>
  claims.filter((c): c is Of<K> => c.kind === kind);

/** A count of casualties through a day or period, and the claims it was read from. */
export interface DatedCount {
  stated: Stated;
  text: string;
  asOf: Window;
  asOfText: string;
  claims: Claim[];
}

const approximately = (b: Bounds): Stated =>
  !Number.isFinite(b.high)
    ? { qualifier: 'at-least', low: b.low, high: b.low }
    : b.low === b.high
      ? { qualifier: 'approximately', low: b.low, high: b.high }
      : { qualifier: 'range', low: b.low, high: b.high };

class Audit {
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
    if (ledger.baseline === undefined) throw new Error('the audit needs a ledger with a baseline (force, rate and start)');
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
    return `${statedText(statedOf(this.force), 'troops', 0)} at ${statedText(statedOf(this.rate), 'per-day')} from ${isoDate(this.start)}`;
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
export function datedCounts(group: readonly Claim[], fallbackForce: NumericClaim | undefined, ignoreDates = false): DatedCount[] {
  const dated = (c: Claim) => ignoreDates || c.asOf !== undefined;
  const at = (c: Claim) => (c.asOf === undefined ? { asOf: { first: NaN, last: NaN }, asOfText: '' } : { asOf: windowOfText(c.asOf), asOfText: c.asOf });
  const casualties = ofKind(group, 'casualties').filter(dated);
  if (casualties.length > 0) {
    return casualties.map((c) => ({ stated: statedOf(c), text: statedText(statedOf(c), 'casualties', 0), ...at(c), claims: [c] }));
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

/** Audits a validated ledger. */
export function auditLedger(ledger: Ledger, tolerance: number = DEFAULT_TOLERANCE): AuditResult {
  const audit = new Audit(ledger, tolerance);
  baselineChecks(audit);
  datedChecks(audit);
  statementChecks(audit);
  acrossChecks(audit);
  historyContext(audit);
  const projection = projectLoss(statedOf(audit.force), statedOf(audit.rate), audit.start);
  const days = boundsOf(statedOf(audit.force)).low / boundsOf(statedOf(audit.rate)).high;
  return {
    verdict: overallVerdict(audit.rows.flatMap((r) => (r.verdict === 'context' ? [] : [r.verdict]))),
    tolerance,
    subject: ledger.subject,
    baseline: {
      force: figureOf(boundsOf(statedOf(audit.force))),
      rate: figureOf(boundsOf(statedOf(audit.rate))),
      start: isoDate(audit.start),
      projected: { date: isoDate(projection.window.first), label: fuzzyLabel(projection.window.first), days },
      claims: audit.baselineClaims.map(refOf),
    },
    checks: audit.rows,
    unchecked: ledger.claims.filter((c) => !audit.used.has(c.id)).map((c) => ({ id: c.id, claimant: c.claimant, reason: whyUnchecked(c, ledger) })),
  };
}

/** The baseline's own arithmetic: its rate against the count it cites, its claimed date and duration. */
function baselineChecks(audit: Audit): void {
  for (const rate of ofKind([...audit.statements.values()].flat(), 'rate')) {
    const cited = audit.cited(rate);
    if (!cited || rate.since === undefined || rate.asOf === undefined) continue;
    const since = windowOfText(rate.since);
    const section: AuditSection = rate.id === audit.rate.id ? 'baseline' : 'statements';
    const row = impliedRateRow({
      id: `rate-basis:${rate.id}`,
      tolerance: audit.tolerance,
      casualties: cited.stated,
      casualtiesText: cited.text,
      start: since.first,
      asOf: windowOfText(rate.asOf),
      asOfText: rate.asOf,
      rate: statedOf(rate),
    });
    audit.add(section, row, [rate, ...cited.claims], 'rate against the count it rests on');
  }
  for (const [, group] of audit.statements) {
    const { force, rate } = audit.figuresFor(group);
    const section: AuditSection = rate.id === audit.rate.id ? 'baseline' : 'statements';
    const figures = [force, rate, audit.startClaim];
    for (const date of ofKind(group, 'date').filter((d) => d.marks === 'force-lost')) {
      const row = projectedDateRow({
        id: `projected-date:${date.id}`,
        tolerance: audit.tolerance,
        force: statedOf(force),
        rate: statedOf(rate),
        start: audit.start,
        claimed: windowOfClaim(date),
        claimedText: date.value ?? `${date.low} to ${date.high}`,
      });
      audit.add(section, row, [date, ...figures]);
    }
    for (const duration of ofKind(group, 'duration').filter((d) => d.marks === 'force-lost')) {
      const from = durationStart(audit, duration, rate);
      const row = durationRow({
        id: `duration:${duration.id}`,
        tolerance: audit.tolerance,
        force: statedOf(force),
        rate: statedOf(rate),
        start: audit.start,
        ...(from && { from: from.counted }),
        claimed: durationOf(duration),
        claimedText: claimFigureText(duration).replace(/^about /, ''),
      });
      audit.add(section, row, [duration, ...figures, ...(from?.claims ?? [])]);
    }
  }
}

/** A duration counts from `since`, with the casualties it cites (or the rate's toll) lost by then. */
function durationStart(audit: Audit, duration: Of<'duration'>, rate: NumericClaim): { counted: Counted; claims: Claim[] } | undefined {
  if (duration.since === undefined) return undefined;
  const since = windowOfText(duration.since);
  const cited = audit.cited(duration);
  if (cited) return { counted: { casualties: cited.stated, asOf: since, asOfText: duration.since }, claims: cited.claims };
  const days = { low: since.first - audit.start + 1, high: since.last - audit.start + 1 };
  const toll = multiply(boundsOf(statedOf(rate)), days);
  return { counted: { casualties: approximately(toll), asOf: since, asOfText: duration.since }, claims: [] };
}

/** Every dated count: the rate it implies from the baseline start, and the full loss that rate projects. */
function datedChecks(audit: Audit): void {
  const target = audit.targetDate();
  for (const [, group] of audit.statements) {
    for (const count of datedCounts(group, audit.force)) {
      if (count.asOf.last < audit.start) continue;
      const ids = count.claims.map((c) => c.id).join('+');
      const row = impliedRateRow({
        id: `implied-rate:${ids}`,
        tolerance: audit.tolerance,
        casualties: count.stated,
        casualtiesText: count.text,
        start: audit.start,
        asOf: count.asOf,
        asOfText: count.asOfText,
        rate: statedOf(audit.rate),
      });
      audit.add('dated', row, [...count.claims, ...audit.baselineClaims]);
      if (!target) continue;
      const implied = divide(boundsOf(count.stated), { low: Math.max(count.asOf.first, audit.start) - audit.start + 1, high: count.asOf.last - audit.start + 1 });
      const projection = projectedDateRow({
        id: `projection-at-implied-rate:${ids}`,
        tolerance: audit.tolerance,
        force: statedOf(audit.force),
        rate: approximately(implied),
        start: audit.start,
        claimed: windowOfClaim(target),
        claimedText: target.value ?? `${target.low} to ${target.high}`,
      });
      audit.add('dated', projection, [...count.claims, audit.force, audit.startClaim, target], 'full loss at the implied rate');
    }
  }
}

/** Figures stated together: parts against wholes, shares against counts, a share lost over a span against a rate. */
function statementChecks(audit: Audit): void {
  const tolerance = audit.tolerance;
  for (const [, group] of audit.statements) {
    const casualties = ofKind(group, 'casualties');
    for (const total of casualties) {
      const killed = ofKind(group, 'killed').find((k) => k.asOf === total.asOf);
      const wounded = ofKind(group, 'wounded').find((w) => w.asOf === total.asOf);
      if (!killed || !wounded) continue;
      const row = partsSumRow({ id: `killed-plus-wounded:${total.id}`, tolerance, killed: statedOf(killed), wounded: statedOf(wounded), casualties: statedOf(total) });
      audit.add('statements', row, [killed, wounded, total]);
    }
    const force = ofKind(group, 'force')[0];
    for (const share of ofKind(group, 'share')) {
      const sameDay = (c: Claim) => c.asOf === share.asOf;
      if (share.of === 'force' && force) {
        const total = casualties.find(sameDay);
        if (total) {
          const row = shareRow({
            id: `share:${share.id}`,
            tolerance,
            title: 'share of the force lost',
            part: statedOf(total),
            partText: `${statedText(statedOf(total), 'casualties', 0)} casualties`,
            whole: statedOf(force),
            wholeText: `${statedText(statedOf(force), 'troops', 0)} troops`,
            share: statedOf(share),
          });
          audit.add('statements', row, [share, total, force]);
        }
      }
      if (share.of === 'casualties') {
        const total = casualties.find(sameDay);
        const killed = ofKind(group, 'killed').find(sameDay);
        if (total && killed) {
          const row = shareRow({
            id: `share:${share.id}`,
            tolerance,
            title: 'share of casualties killed',
            part: statedOf(killed),
            partText: `${statedText(statedOf(killed), 'casualties', 0)} killed`,
            whole: statedOf(total),
            wholeText: `${statedText(statedOf(total), 'casualties', 0)} casualties`,
            share: statedOf(share),
          });
          audit.add('statements', row, [share, killed, total]);
        }
      }
      const span = ofKind(group, 'duration').find((d) => d.marks === 'counting-period');
      const rate = ofKind(group, 'rate')[0];
      if (share.of === 'force' && span && rate) {
        const base = force ?? audit.force;
        const duration = durationOf(span);
        const row = rateFromShareRow({
          id: `rate-from-share:${share.id}`,
          tolerance,
          share: statedOf(share),
          force: statedOf(base),
          duration,
          durationText: claimFigureText(span).replace(/^about /, ''),
          rate: statedOf(rate),
        });
        audit.add('statements', row, [share, span, rate, base]);
      }
    }
  }
}

/** Force sizes and daily rates from other claimants, set against the baseline's. */
function acrossChecks(audit: Audit): void {
  const all = [...audit.statements.values()].flat();
  for (const [kind, baseline, title] of [
    ['force', audit.force, "force size against the baseline's"],
    ['rate', audit.rate, "daily rate against the baseline's"],
  ] as const) {
    for (const claim of ofKind(all, kind)) {
      if (claim.id === baseline.id) continue;
      const row = figureRow({
        id: `${kind}:${claim.id}`,
        tolerance: audit.tolerance,
        title,
        unit: kind === 'force' ? 'troops' : 'per-day',
        claimed: statedOf(claim),
        reference: statedOf(baseline),
        referenceText: `the baseline's ${claimFigureText(baseline)} (${baseline.id})`,
      });
      audit.add('across', row, [claim, baseline]);
    }
  }
}

/** Wounded per killed wherever a statement gives both, or the share of its casualties killed. */
function historyContext(audit: Audit): void {
  const asStated = (c: NumericClaim): Bounds => ({ low: statedOf(c).low, high: statedOf(c).high });
  for (const [, group] of audit.statements) {
    for (const killed of ofKind(group, 'killed')) {
      const wounded = ofKind(group, 'wounded').find((w) => w.asOf === killed.asOf);
      const total = ofKind(group, 'casualties').find((c) => c.asOf === killed.asOf);
      const bounds = (c: NumericClaim) => c.qualifier === 'at-least' || c.qualifier === 'more-than' || c.qualifier === 'up-to';
      if (wounded) {
        const note = bounds(killed) || bounds(wounded) ? 'Both counts are bounds; the ratio takes them as stated.' : undefined;
        const row = woundedToKilledRow({
          id: `wounded-to-killed:${killed.id}+${wounded.id}`,
          killed: asStated(killed),
          wounded: asStated(wounded),
          arithmetic: `${claimFigureText(wounded)} wounded ÷ ${claimFigureText(killed)} killed`,
          ...(note && { note }),
        });
        audit.add('history', row, [wounded, killed]);
      } else if (total) {
        const k = asStated(killed);
        const c = asStated(total);
        const row = woundedToKilledRow({
          id: `wounded-to-killed:${killed.id}+${total.id}`,
          killed: k,
          wounded: { low: Math.max(0, c.low - k.high), high: Math.max(0, c.high - k.low) },
          arithmetic: `(${claimFigureText(total)} − ${claimFigureText(killed)}) ÷ ${claimFigureText(killed)}`,
        });
        audit.add('history', row, [killed, total]);
      }
    }
    for (const share of ofKind(group, 'share').filter((s) => s.of === 'casualties')) {
      if (ofKind(group, 'killed').length > 0) continue;
      const s = asStated(share);
      const row = woundedToKilledRow({
        id: `wounded-to-killed:${share.id}`,
        killed: s,
        wounded: { low: 1 - s.high, high: 1 - s.low },
        arithmetic: `(100 % − ${formatPercent(s.low, 1)}) ÷ ${formatPercent(s.low, 1)} killed`,
      });
      audit.add('history', row, [share]);
    }
  }
}

const MARK_WORDS: Record<DateClaim['marks'], string> = {
  'losses-begin': 'when losses began',
  'first-combat': 'the first fighting',
  'peak-fighting': 'the peak of the fighting',
  withdrawal: 'a withdrawal',
  'force-lost': 'when the force would be lost',
};

function whyUnchecked(claim: Claim, ledger: Ledger): string {
  if (claim.subject !== undefined) return `counts ${claim.subject}, not ${ledger.subject}`;
  if (isDateClaim(claim)) return `a date marking ${MARK_WORDS[claim.marks]}: context, no arithmetic to check`;
  if (claim.asOf === undefined) return 'undated, and nothing stated with it to check it against';
  return 'nothing stated with it to check it against';
}
