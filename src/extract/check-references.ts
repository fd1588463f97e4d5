import { boundsOf } from '../core/figures/amount.js';
import { approximately } from '../core/check/audit-claims.js';
import { isError } from '../core/coded-error.js';
import {
  checkAgainstLedger,
  figureVerdict,
  NothingComparableError,
  reported,
} from '../core/check/against-ledger/against-ledger.js';
import { ledgerView, type LedgerView } from '../core/check/against-ledger/ledger-view.js';
import {
  isLossKind,
  type ClaimFigure,
  type FigureVerdict,
  type LedgerCheckResult,
  type LedgerClaimReading,
} from '../core/check/against-ledger/types.js';
import { compareWithSeries } from '../core/check/against-series/against-series.js';
import { periodCount } from '../core/check/against-ledger/comparisons/period.js';
import type { SeriesReference } from '../core/check/against-series/series-reference.js';
import type { CheckResult } from '../core/check/run-checks.js';
import { isoDate, type Day } from '../core/dates.js';
import { overallVerdict, type Verdict } from '../core/figures/verdict.js';
import type { Ledger } from '../core/ledger/ledger.js';
import { coverage, subjectText, type Subject } from '../core/subjects.js';
import { figureSubjects, namesOnlyASide, subjectOfDescription } from './subject.js';
import { ownTotals } from './own-totals.js';
import { rateAgainstOwnTotal } from '../core/check/against-ledger/comparisons/own-total.js';

/**
 * A claim's figures held to each reference that covers their subject: the ledger for its subject,
 * each series for its own. A figure about a subject no reference covers gets no verdict, and the
 * report says which subjects the references cover. Pure.
 */

export interface ReferenceOptions {
  /** Series of daily cumulative counts, each with the subject it covers (the General Staff's by default). */
  series?: readonly SeriesReference[];
  /**
   * Whether a figure that names no force is read as the ledger's subject (the default: the ledger is the
   * reference a claim is checked against first); false leaves such figures without a verdict.
   */
  assumeLedgerSubject?: boolean;
  /** Subjects of references left unloaded because no figure needed them, for the report's list of what is covered. */
  alsoCovered?: readonly string[];
  /**
   * Ledgers beyond the first, each for its own subject: a figure is held to the first ledger whose
   * subject is its own. A figure that names no force goes to the first ledger.
   */
  moreLedgers?: readonly MoreLedger[];
}

/** A further ledger a claim is held to: the ledger, as ledgerView reads it, and the name reports give it. */
export interface MoreLedger {
  ledger: Ledger;
  view?: LedgerView;
  name: string;
}

interface Options extends ReferenceOptions {
  tolerance: number;
  selfCheck: CheckResult | null;
}

type Covered = { ledger: boolean; series: SeriesReference | undefined; bound: boolean };

/** What a ledger says of whose counts it holds: its subject, its description, its largest force, its first day. */
interface LedgerScope {
  subject: Subject;
  description: string;
  empty: boolean;
  /** The largest force it quotes, 0 when it quotes none. */
  largestForce: number;
  start: Day | undefined;
}

function ledgerScope(ledger: Ledger, view: LedgerView): LedgerScope {
  let largestForce = 0;
  for (const c of ledger.claims) if (c.kind === 'force') largestForce = Math.max(largestForce, c.value ?? c.high ?? 0);
  return {
    subject: subjectOfDescription(ledger.subject),
    description: ledger.subject,
    empty: ledger.claims.length === 0,
    largestForce,
    start: view.earliestStart?.day,
  };
}

function covers(figure: ClaimFigure, scope: LedgerScope, options: ReferenceOptions): Covered {
  const { description: ledgerDescription, largestForce, start: ledgerStart, empty: emptyLedger } = scope;
  const subject = figure.subject ?? { force: null, scope: 'whole' };
  // Nor is a loss counted through a day before the ledger's losses began ("2,061 killed since January", in 2022).
  const earlier =
    ledgerStart !== undefined && figure.asOf !== undefined && isLossKind(figure.kind) && figure.asOf.last < ledgerStart;
  // A count that names no force is the ledger's, unless it was lost somewhere the ledger does not name.
  const elsewhere =
    subject.scope === 'local' && subject.place !== undefined && !ledgerDescription.includes(subject.place);
  // Nor is a count that no force of the ledger's could have lost: ten times its largest force.
  const beyond = largestForce > 0 && figure.kind !== 'rate' && boundsOf(figure.stated).low > 10 * largestForce;
  const unnamed =
    subject.force === null &&
    subject.cue === undefined &&
    !elsewhere &&
    !beyond &&
    !earlier &&
    options.assumeLedgerSubject !== false;
  // With no ledger entries, a count that names no force is read as the first series' subject.
  const firstSeries = options.series?.[0];
  if (unnamed && emptyLedger && firstSeries) return { ledger: false, series: firstSeries, bound: false };
  const ledger = !emptyLedger && (coverage(subject, scope.subject) === 'same' || unnamed);
  for (const series of options.series ?? []) {
    const how = coverage(subject, series.subject);
    if (how !== 'none') return { ledger, series, bound: how === 'bound' };
  }
  return { ledger, series: undefined, bound: false };
}

/**
 * Whether the ledger covers every figure of the claim that names a force: only then may a prediction
 * borrow its figures.
 */
export function ledgerCoversClaim(
  reading: LedgerClaimReading,
  ledger: Ledger,
  options: ReferenceOptions & { claimant?: string },
  view: LedgerView,
): boolean {
  const scope = ledgerScope(ledger, view);
  if (!reading.figures.every((f) => covers(f, scope, options).ledger)) return false;
  // A claim with no figure of its own is about the force it names first: "Russian forces could be spent by June".
  const [named] = figureSubjects(
    reading.text,
    [[0, 0]],
    options.claimant === undefined ? {} : { claimant: options.claimant },
  );
  const unnamed = named!.force === null && named!.cue === undefined;
  return unnamed || coverage(named!, scope.subject) === 'same';
}

/**
 * The days a count covers when it runs from a day after every source has losses begun ("in January alone", "since
 * returning to the front on 7 February"): one stretch's count, held to the ledger's rates, not a running total.
 */
function stretchDays(figure: ClaimFigure, view: LedgerView): number | undefined {
  const { since, asOf } = figure;
  if (figure.kind !== 'casualties' && figure.kind !== 'killed' && figure.kind !== 'wounded') return undefined;
  const begun = view.lossesBegun?.day;
  if (!since || !asOf || !figure.sinceSaid || begun === undefined || since.first <= begun || asOf.last < since.first)
    return undefined;
  return asOf.last - since.first + 1;
}

/** Why a figure no reference covers is set aside, and whose it is when the claim says. */
function notCovered(
  figure: ClaimFigure,
  covered: string,
  coveredList: string[],
): { reason: string; why: LedgerClaimReading['setAside'][number]['uncovered'] } {
  // A side named only as the speaker or a place ("Russian" in "a Russian missile strike") is not whose they are.
  const cue = figure.subject?.force || !namesOnlyASide(figure.subject?.cue ?? '') ? figure.subject?.cue : undefined;
  const reason = figure.subject?.force
    ? `about ${subjectText(figure.subject)} ("${figure.subject.cue}"): no reference covers them; ` +
      `the references cover ${covered}`
    : cue
      ? `about ${cue}: no reference covers them; the references cover ${covered}`
      : `the claim does not say whose ${figure.kind === 'force' ? 'force' : 'losses'} these are; ` +
        `the references cover ${covered}`;
  const whose = figure.subject?.force ? subjectText(figure.subject) : cue;
  return { reason, why: whose === undefined ? undefined : { subject: whose, covered: coveredList } };
}
/**
 * A killed and a wounded count of one subject on one day, with no casualties of their own beside them: the
 * casualties they add up to, for a series that counts killed and wounded together.
 */
function summedSplits(figures: readonly ClaimFigure[]): ClaimFigure[] {
  const out: ClaimFigure[] = [];
  const same = (a: ClaimFigure, b: ClaimFigure) =>
    a.asOfText === b.asOfText &&
    a.sinceText === b.sinceText &&
    a.periodDays === b.periodDays &&
    a.subject?.force === b.subject?.force &&
    a.subject?.scope === b.subject?.scope;
  for (const killed of figures.filter((f) => f.kind === 'killed' && !f.derived && !f.fromShare)) {
    const wounded = figures.find((f) => f.kind === 'wounded' && !f.derived && !f.fromShare && same(f, killed));
    if (!wounded || figures.some((f) => f.kind === 'casualties' && same(f, killed))) continue;
    const k = boundsOf(killed.stated);
    const w = boundsOf(wounded.stated);
    const exact = killed.stated.qualifier === 'exact' && wounded.stated.qualifier === 'exact';
    const { span: _span, ...rest } = killed;
    out.push({
      ...rest,
      id: `casualties-${killed.id}`,
      kind: 'casualties',
      stated: exact
        ? { qualifier: 'exact', low: k.low + w.low, high: k.high + w.high }
        : approximately({ low: k.low + w.low, high: k.high + w.high }),
      text: `${killed.text} killed + ${wounded.text} wounded`,
      derived: `killed ${killed.text} + wounded ${wounded.text}`,
    });
  }
  return out;
}

export function checkReferences(
  reading: LedgerClaimReading,
  ledger: Ledger,
  view: LedgerView,
  options: Options,
): Omit<LedgerCheckResult, never> & {
  references: { name: string; kind: 'ledger' | 'series'; subject: string; claimant?: string }[];
} {
  const ledgerSubject = subjectOfDescription(ledger.subject);
  const hasLedger = ledger.claims.length > 0;
  const more = (options.moreLedgers ?? []).map((m) => ({
    ...m,
    view: m.view ?? ledgerView(m.ledger),
    subject: subjectOfDescription(m.ledger.subject),
    figures: [] as ClaimFigure[],
  }));
  const references = [
    ...(hasLedger
      ? [{ name: 'ledger', kind: 'ledger' as const, subject: `${subjectText(ledgerSubject)}: ${ledger.subject}` }]
      : []),
    ...more.map((m) => ({
      name: m.name,
      kind: 'ledger' as const,
      subject: `${subjectText(m.subject)}: ${m.ledger.subject}`,
    })),
    ...(options.series ?? []).map((s) => ({
      name: s.name,
      kind: 'series' as const,
      subject: subjectText(s.subject),
      claimant: s.claimant,
    })),
  ];
  const forLedger: ClaimFigure[] = [];
  const seriesVerdicts: FigureVerdict[] = [];
  const setAside = [...reading.setAside];
  const coveredList = subjectsCovered([...(hasLedger ? [ledgerSubject] : []), ...more.map((m) => m.subject)], options);
  const scope = ledgerScope(ledger, view);
  const covered = coveredList.join('; ');
  const uncovered: {
    figure: ClaimFigure;
    reason: string;
    why: LedgerClaimReading['setAside'][number]['uncovered'];
  }[] = [];
  const ownNotes: string[] = [];
  for (const figure of reading.figures) {
    const how = covers(figure, scope, options);
    const aside = (reason: string, uncovered?: LedgerClaimReading['setAside'][number]['uncovered']) => {
      if (figure.span && !figure.derived)
        setAside.push({
          kind: figure.kind,
          text: figure.text,
          span: figure.span,
          reason,
          ...(uncovered && { uncovered }),
        });
    };
    const other = how.ledger ? undefined : more.find((m) => coverage(figure.subject ?? NOBODY, m.subject) === 'same');
    if (other) {
      other.figures.push(figure);
      continue;
    }
    // "600 over the past week near Plekhovo": one place's count of the ledger's force over a stretch of days is
    // held to the ledger's highest rate from above, as the whole force's would be; a running total there is not.
    const stretch = stretchDays(figure, view);
    const localPart =
      !how.ledger &&
      !how.series &&
      figure.subject?.scope === 'local' &&
      figure.subject.force !== null &&
      figure.subject.force === scope.subject.force &&
      (figure.periodDays !== undefined || stretch !== undefined);
    if (how.ledger || localPart) {
      if (figure.periodDays === undefined && stretch === undefined) forLedger.push(figure);
      else {
        const comparisons = periodCount(
          { ...figure, periodDays: figure.periodDays ?? stretch },
          view,
          options.tolerance,
        );
        const verdict = figureVerdict(comparisons);
        if (verdict) seriesVerdicts.push({ figure: reported(figure), verdict, comparisons });
        else aside('a count of one period, and the ledger quotes no rate to bound it');
      }
      continue;
    }
    if (how.series) {
      if (figure.derived) continue;
      const comparisons = compareWithSeries(figure, how.series, { tolerance: options.tolerance, boundOnly: how.bound });
      const verdict = figureVerdict(comparisons);
      if (verdict) seriesVerdicts.push({ figure: reported(figure), verdict, comparisons });
      else
        aside(
          `nothing in ${how.series.name} to compare it with: its date is before the series begins, too far past its ` +
            `end to project, a total on one front with no period, or too small to be a running total`,
        );
      continue;
    }
    const { reason, why } = notCovered(figure, covered, coveredList);
    if (figure.kind === 'rate' && figure.span) uncovered.push({ figure, reason, why });
    else aside(reason, why);
  }
  // A rate no reference covers may still be held to the claim's own total over the same days.
  const pairs = ownTotals(
    reading,
    uncovered.map((u) => u.figure),
  );
  for (const { figure, reason, why } of uncovered) {
    const pair = pairs.find((p) => p.rate === figure);
    if (!pair) {
      setAside.push({
        kind: figure.kind,
        text: figure.text,
        span: figure.span!,
        reason,
        ...(why && { uncovered: why }),
      });
      continue;
    }
    const comparisons = [rateAgainstOwnTotal(pair, options.tolerance)];
    seriesVerdicts.push({ figure: reported(figure), verdict: figureVerdict(comparisons)!, comparisons });
    ownNotes.push(
      `${reason[0]!.toUpperCase()}${reason.slice(1)}. The rate ${figure.text} is held only to the claim's own ` +
        `${pair.count.text} over the same days.`,
    );
  }
  // "1,351 killed and 3,825 wounded": a split a series holds as the casualties it sums to, beside each part.
  for (const sum of summedSplits(reading.figures)) {
    const series = covers(sum, scope, options);
    if (!series.series) continue;
    const comparisons = compareWithSeries(sum, series.series, {
      tolerance: options.tolerance,
      boundOnly: series.bound,
    });
    const verdict = figureVerdict(comparisons);
    if (verdict) seriesVerdicts.push({ figure: reported(sum), verdict, comparisons });
  }
  // A count of one engagement is no running total, but no more than the whole war's count through its day either.
  for (const part of reading.parts ?? []) {
    const how = covers(part, scope, options);
    const series = how.series;
    const whose = notCovered(part, covered, coveredList);
    const asideAt = setAside.findIndex((a) => a.span[0] === part.span?.[0]);
    // "3,000 Houthi fighters killed in the offensive": whose they are says more than which engagement.
    if (!how.ledger && !series && whose.why && asideAt >= 0)
      setAside[asideAt] = { ...setAside[asideAt]!, reason: whose.reason, uncovered: whose.why };
    const comparisons = series
      ? compareWithSeries(part, series, { tolerance: options.tolerance, boundOnly: true })
      : [];
    const verdict = figureVerdict(comparisons);
    if (!verdict) continue;
    seriesVerdicts.push({ figure: reported(part), verdict, comparisons });
    const at = setAside.findIndex((a) => a.span[0] === part.span?.[0]);
    if (at >= 0) setAside.splice(at, 1);
  }
  let ledgerResult: LedgerCheckResult | undefined;
  const ledgerReading: LedgerClaimReading = { ...reading, figures: forLedger, setAside: [] };
  if (forLedger.some((f) => !f.derived) || options.selfCheck) {
    try {
      ledgerResult = checkAgainstLedger(ledgerReading, ledger, {
        tolerance: options.tolerance,
        selfCheck: options.selfCheck,
        view,
      });
    } catch (error) {
      if (!isError(error, NothingComparableError)) throw error;
      // What the ledger could not use, and why, goes on to the claim's own list.
      setAside.push(...error.reading.setAside);
    }
  }
  const moreResults = more.flatMap((m) => {
    if (!m.figures.some((f) => !f.derived)) return [];
    try {
      return [
        checkAgainstLedger({ ...reading, figures: m.figures, setAside: [] }, m.ledger, {
          tolerance: options.tolerance,
          view: m.view,
        }),
      ];
    } catch (error) {
      if (!isError(error, NothingComparableError)) throw error;
      setAside.push(...error.reading.setAside);
      return [];
    }
  });
  // In the order the reading gives them, whichever reference each was held to.
  const order = new Map(reading.figures.map((f, i) => [f, i]));
  const place = (v: FigureVerdict) => order.get(reading.figures.find((f) => f.id === v.figure.id)!) ?? 0;
  const figures = [...(ledgerResult?.figures ?? []), ...moreResults.flatMap((r) => r.figures), ...seriesVerdicts].sort(
    (a, b) => place(a) - place(b),
  );
  const allAside = [...setAside, ...(ledgerResult?.setAside ?? []), ...moreResults.flatMap((r) => r.setAside)].sort(
    (a, b) => a.span[0] - b.span[0],
  );
  // A claim about a subject no reference covers whose own figures merely fit together ("sent some 320,000 troops to the
  // Vietnam War and lost about 5,000 of them": a part within its whole) confirms nothing: only a contradiction of its
  // own is a verdict. (A rate held to its own total over the same days is a comparison of its own, above.)
  const uncoveredOnly =
    figures.length === 0 && allAside.some((a) => a.uncovered) && options.selfCheck?.verdict === 'consistent';
  if (figures.length === 0 && (!options.selfCheck || uncoveredOnly))
    throw new NothingComparableError({ ...reading, setAside: allAside });
  const verdicts: Verdict[] = [
    ...figures.map((f) => f.verdict),
    ...(options.selfCheck ? [options.selfCheck.verdict] : []),
  ];
  const seriesNotes = (options.series ?? [])
    .filter((s) => seriesVerdicts.some((f) => f.comparisons.some((c) => c.source?.ids[0] === s.id)))
    .map(
      (s) =>
        `${s.name} (${s.claimant}: ${s.measures}) runs from ${isoDate(s.days[0]!)} to ${isoDate(s.days.at(-1)!)}; ` +
        'a count over a period is compared with its increase over the period, a rate with its average.',
    );
  const unnamed = figures.some((f) => f.figure.subject?.force === null);
  if (unnamed)
    seriesNotes.push(
      `The claim does not say whose losses or force its figures are: they are read as the ledger's subject ` +
        `(${ledger.subject}).`,
    );
  return {
    verdict: overallVerdict(verdicts),
    tolerance: options.tolerance,
    ledger: { subject: ledger.subject },
    references,
    figures,
    ownVerdict: options.selfCheck?.verdict ?? null,
    checks: options.selfCheck?.checks ?? [],
    setAside: allAside,
    assumptions: [
      ...seriesNotes,
      ...ownNotes,
      ...(ledgerResult?.assumptions ?? []),
      ...moreResults.flatMap((r) => r.assumptions.filter((a) => !ledgerResult?.assumptions.includes(a))),
    ],
  };
}

const NOBODY: Subject = { force: null, scope: 'whole' };

function subjectsCovered(ledgerSubjects: readonly Subject[], options: ReferenceOptions): string[] {
  return [
    ...ledgerSubjects.map(subjectText),
    ...(options.series ?? []).map((s) => subjectText(s.subject)),
    ...(options.alsoCovered ?? []),
  ];
}
