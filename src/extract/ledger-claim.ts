import type { LossKind } from '../core/figures/vocabulary.js';
import { boundsOf, multiply, subtract, type Stated } from '../core/figures/amount.js';
import { statedText } from '../core/figures/figure-text.js';
import { parseDay } from '../core/parse/days.js';
import { parseNumber } from '../core/parse/numbers.js';
import { parseQualified } from '../core/parse/qualified.js';
import { isoDate, type Day, type Window } from '../core/dates.js';
import { approximately } from '../core/check/audit-claims.js';
import type { ClaimFigure, LedgerClaimReading, ShareBasis } from '../core/check/against-ledger/types.js';
import type { LedgerView } from '../core/check/against-ledger/ledger-view.js';
import { PER_PERIOD, RATE_UNIT, statedOfFigure } from './claim-fields.js';
import { extractFigures } from './extract.js';
import type { Figure } from './types.js';
import { figureSubjects } from './subject.js';
import { UNITS } from './lexicon.js';

/**
 * A claim read for comparison with a ledger: its counts, forces, reinforcements and rates, each
 * with the day or period it stands for; shares turned into counts with their base. Pure.
 */

export interface LedgerClaimOptions {
  published?: Day;
  /** Who made the claim: a Ukrainian source's unnamed count is of Russian forces. */
  claimant?: string;
}

/** Why a number in a claim counts neither losses nor the force deployed; the claim's own arithmetic may not use it. */
export const NOT_A_LOSS = {
  tooFew: 'too few to be a force: a person or a handful, not a contingent',
  part: 'a part of the force (officers, specialists or workers), not the force deployed',
  remains: 'the strength that remains, not the force deployed',
  added: 'troops added later, not the force first deployed',
  waves: 'a total that counts later waves: no reference sizes them',
  planned: 'troops planned or offered, not deployed',
  recruited: 'troops recruited, not the force deployed',
  recruitedRate: 'troops recruited or sent over time, not a rate of losses',
  earlier: "an earlier estimate quoted beside a later one, not a count on the claim's date",
} as const;
const NOT_A_LOSS_REASONS = new Set<string>(Object.values(NOT_A_LOSS));
export const countsNoLoss = (reason: string): boolean => NOT_A_LOSS_REASONS.has(reason);

const PERIOD_DAYS = { day: 1, week: 7, month: 30 } as const;
/** Words that make a count dated "in February" a running total at the time rather than February's losses. */
const TOTAL_WORDS = /\b(?:in total|total|so far|to date|overall|in all|all told|altogether|since the)\b/i;

/\b(?:reinforc\w*|additional|more troops|another\s+[\d,.]+|fresh troops|second (?:wave|contingent|batch))\b/i;
/** A count from one engagement or one stretch of days, not a running total. */
const NOT_CUMULATIVE = new RegExp(
  String.raw`\b(?:in (?:a|one|the|that|this) (?:single )?` +
    '(?:assault|attack|battle|engagement|clash|ambush|strike|raid|operation|day|week)' +
    String.raw`|in the (?:past|last) (?:day|24 hours|week|month)|(?:yesterday|overnight)|per (?:day|week)|daily)\b`,
  'i',
);
/** The start of the words after a share that make it one of the casualties: "of all the losses", "of them". */
const CASUALTY_BASE = new RegExp(
  String.raw`^\W*(?:of\s+)?(?:all\s+)?(?:the\s+|these\s+|its\s+|their\s+)?` +
    String.raw`(?:(?:about|some|around|nearly|approximately|more than)\s+)?(?:[\d,.\s]+(?:thousand\s+)?)?` +
    String.raw`(casualties|losses|dead and wounded|killed and wounded|them|those)\b`,
);
/** The start of the words after a share that make it one of the force: "of the troops sent". */
const FORCE_BASE = new RegExp(
  String.raw`^\W*(?:of\s+)?(?:all\s+)?(?:the\s+|these\s+|its\s+|their\s+)?[^.;]{0,30}?` +
    String.raw`\b(?:troops|soldiers|force|contingent|men|personnel|fighters|sent|deployed|dispatched)\b`,
);
/** The words close around a figure, where "in one assault" or "in the past day" would qualify it. */
const around = (text: string, span: [number, number]): string => text.slice(Math.max(0, span[0] - 40), span[1] + 60);
/** Words every match of NOT_CUMULATIVE holds, in lower case. */
const NOT_CUMULATIVE_CUES = [
  'in a',
  'in one',
  'in the',
  'in that',
  'in this',
  'yesterday',
  'overnight',
  'per day',
  'per week',
  'daily',
];
/**
 * Whether a count is one engagement's or period's. Compiling the pattern costs about 1 ms on its
 * first use, so words near a figure that hold none of its cues are answered without it.
 */
export const notCumulative = (words: string): boolean => {
  const lower = words.toLowerCase();
  return NOT_CUMULATIVE_CUES.some((cue) => lower.includes(cue)) && NOT_CUMULATIVE.test(words);
};

const dayOf = (iso: string): Day => (parseDay(iso) as { value: Day }).value;

const COUNTS_FROM = new Set(['since', 'from', 'after']);

/** A date of the text a count can run through: a day or period with a year, not one it counts from. */
const throughDate = (d: Figure['date']): d is NonNullable<Figure['date']> & { first: string; last: string } =>
  d?.first !== undefined && d.last !== undefined && !COUNTS_FROM.has(d.relation ?? '');

/**
 * The window a figure counts through: its sentence's date, unless that marks where it counts from
 * ("since December"), in which case the sentence's latest other date (the day it was said); else
 * the publication day.
 */
function dateOf(
  f: Figure,
  all: readonly Figure[],
  published: Day | undefined,
): Pick<ClaimFigure, 'asOf' | 'asOfText' | 'asOfFrom'> {
  const own = throughDate(f.date) ? f.date : undefined;
  const said = all
    .filter((o) => o.kind === 'date' && o.sentence === f.sentence && throughDate(o.date))
    .map((o) => o.date!)
    .sort((x, y) => (x.last! < y.last! ? 1 : -1))[0];
  const d = own ?? (f.date && COUNTS_FROM.has(f.date.relation ?? '') ? said : undefined);
  if (d && throughDate(d))
    return { asOf: { first: dayOf(d.first), last: dayOf(d.last) }, asOfText: d.label, asOfFrom: 'text' };
  if (published !== undefined)
    return { asOf: { first: published, last: published }, asOfText: isoDate(published), asOfFrom: 'published' };
  return {};
}

const BOTH_OUTCOMES =
  /(?:killed|dead|wounded|injured) (?:or|and) (?:wounded|injured|killed|dead)|casualt|lost|out of action|put out/;

/** What a share is of and what it counts, from the words around it. */
function shareSense(
  f: Figure,
  hasCasualties: boolean,
  hasForce = false,
): { of: 'force' | 'casualties'; counts: LossKind } {
  const start = f.sentence.indexOf(f.text);
  const after = (start >= 0 ? f.sentence.slice(start + f.text.length) : f.sentence).slice(0, 90).toLowerCase();
  const outcome = BOTH_OUTCOMES.test(after)
    ? 'casualties'
    : /\b(?:killed|died|dead|deaths?|perished)\b/.test(after)
      ? 'killed'
      : /\b(?:wounded|injured)\b/.test(after)
        ? 'wounded'
        : 'casualties';
  const base = CASUALTY_BASE.exec(after);
  const ofCasualties = base
    ? base[1] === 'them' || base[1] === 'those'
      ? hasCasualties && !/those (?:sent|deployed|dispatched)/.test(after)
      : true
    : false;
  const forceWords = FORCE_BASE.test(after);
  if (ofCasualties && !forceWords) return { of: 'casualties', counts: outcome === 'casualties' ? 'killed' : outcome };
  // "Of the 12,000 troops sent, a third of them were killed": "them" are the troops the claim names.
  const pronoun = /^\W*(?:of\s+)?(?:them|those)\b/.test(after);
  if (!forceWords && outcome === 'killed' && !(pronoun && hasForce && !hasCasualties))
    return { of: 'casualties', counts: 'killed' };
  return { of: 'force', counts: outcome };
}

/** Reads a claim's figures for the ledger comparison; `view` gives a share its base when the claim has none. */
export function readLedgerClaim(text: string, view: LedgerView, options: LedgerClaimOptions = {}): LedgerClaimReading {
  const published = options.published;
  const read = extractFigures(text, {
    ...(published !== undefined && { published }),
    ...(view.earliestStart && { baseline: view.earliestStart.day }),
  });
  const extracted = [...read, ...runningTotals(text, read)].sort((a, b) => a.span[0] - b.span[0]);
  const figures: ClaimFigure[] = [];
  const setAside: LedgerClaimReading['setAside'] = [];
  const aside = (f: Figure, reason: string) => setAside.push({ kind: f.kind, text: f.text, span: f.span, reason });
  const counter = new Map<string, number>();
  const idFor = (kind: string) => {
    const n = (counter.get(kind) ?? 0) + 1;
    counter.set(kind, n);
    return `${kind}-${n}`;
  };
  const shares: Figure[] = [];
  for (const read of extracted) {
    if (read.kind === 'date') continue;
    // "three in four of them were killed": a share, not four killed.
    const f = inShare(read, text) ?? read;
    if (f.kind === 'share' && read.kind !== 'share') {
      shares.push(f);
      continue;
    }
    const stated = statedOfFigure(f);
    if (!stated) {
      aside(f, 'vague, not a number');
      continue;
    }
    const base = { stated, text: f.text, span: f.span, ...dateOf(f, extracted, published) };
    switch (f.kind as string) {
      case 'force': {
        const other = otherTroops(f, text);
        if (other) aside(f, other);
        else figures.push({ id: '', ...base, kind: 'force' });
        break;
      }
      case 'reinforcement':
        figures.push({ id: '', ...base, kind: 'reinforcement' });
        break;
      case 'casualties':
      case 'killed':
      case 'wounded':
        // One day's, week's or month's count (as extract reads it), or one engagement's, is not a running total.
        if (olderEstimate(text, f.span)) {
          aside(f, NOT_A_LOSS.earlier);
        } else if (everyDay(text, f.span)) {
          figures.push({ id: '', ...base, kind: 'rate' });
        } else if (
          f.period !== 'cumulative' &&
          (pastPeriod(text, f.span) !== undefined || f.period !== undefined) &&
          !runningTotal(text, f.span)
        ) {
          figures.push({ id: '', ...base, kind: f.kind as 'casualties', ...periodFields(f, base, text) });
        } else if (f.period === undefined && notCumulative(clauseAround(text, f.span)) && !runningTotal(text, f.span)) {
          aside(f, 'a count from one engagement or period, not a running total');
        } else
          figures.push({
            id: '',
            ...base,
            kind: bothKinds(text, f) ?? (f.kind as 'casualties'),
            ...sinceOf(f, extracted, base),
          });
        break;
      case 'rate': {
        const [, what, period] = RATE_UNIT.exec(f.unit) ?? [];
        if (RECRUITMENT.test(around(text, f.span))) aside(f, NOT_A_LOSS.recruitedRate);
        else if (what !== 'casualties' || period === undefined)
          aside(f, `a rate of ${f.unit}; the ledger quotes casualties a day`);
        else {
          const days = PER_PERIOD[period]!;
          figures.push({
            id: '',
            ...base,
            kind: 'rate',
            stated: { ...stated, low: stated.low / days, high: stated.high / days },
            // "1,271 a day in September": the average over that month.
            ...sinceOf(f, extracted, base),
          });
        }
        break;
      }
      case 'share':
        shares.push(f);
        break;
      default:
        aside(f, f.kind === 'duration' ? 'a span of time: only the claim’s own arithmetic uses it' : `a ${f.kind}`);
    }
  }
  // One reading of whose losses each figure counts, shares included: the claim's mentions are found once.
  const subjects = figureSubjects(
    text,
    [...figures, ...shares].map((f) => f.span ?? [0, 0]),
    options.claimant === undefined ? {} : { claimant: options.claimant },
  );
  figures.forEach((f, i) => {
    f.subject = subjects[i]!;
  });
  const counted = figures.length;
  shares.forEach((f, i) => {
    const subject = subjects[counted + i]!;
    for (const count of shareCounts(f, extracted, figures, view, published, aside)) figures.push({ ...count, subject });
  });
  figures.push(...derivedWounded(figures));
  for (const figure of figures) figure.id = idFor(figure.kind);
  return {
    text,
    figures,
    setAside: setAside.sort((a, b) => a.span[0] - b.span[0]),
    ...(published !== undefined && { published }),
  };
}

/** A share as a count: the share times its base, from the claim or else the ledger. */
function shareCounts(
  f: Figure,
  extracted: readonly Figure[],
  figures: readonly ClaimFigure[],
  view: LedgerView,
  published: Day | undefined,
  aside: (f: Figure, reason: string) => void,
): ClaimFigure[] {
  const share = statedOfFigure(f)!;
  const sense = shareSense(
    f,
    figures.some((c) => c.kind === 'casualties'),
    figures.some((c) => c.kind === 'force'),
  );
  const date = dateOf(f, extracted, published);
  const nearest = (kind: 'force' | 'casualties') =>
    figures
      .filter((c) => c.kind === kind && c.span)
      .sort((a, b) => Math.abs(a.span![0] - f.span[1]) - Math.abs(b.span![0] - f.span[1]))[0];
  const own = nearest(sense.of) ?? baseInText(f, sense.of);
  let basis: ShareBasis;
  if (own) {
    const noun = sense.of === 'force' ? 'troops' : 'casualties';
    basis = {
      share,
      of: sense.of,
      base: own.stated,
      baseText: `the claim's ${statedText(own.stated, 'casualties', 0)} ${noun}`,
      baseFrom: 'claim',
    };
  } else if (sense.of === 'force') {
    const force = view.baselineForce;
    if (!force) {
      aside(f, 'a share of the force, with no force to take it of');
      return [];
    }
    basis = {
      share,
      of: 'force',
      base: force.stated,
      baseText: `the ledger's ${force.ref.figure} troops (${force.ref.ids[0]}, ${force.ref.claimant})`,
      baseFrom: 'ledger',
      baseId: force.ref.ids[0]!,
    };
  } else {
    const total = ledgerCasualtiesBy(view, date.asOf);
    if (!total) {
      aside(f, 'a share of casualties, with no casualty count to take it of');
      return [];
    }
    basis = {
      share,
      of: 'casualties',
      base: total.stated,
      baseText:
        `the ledger's ${total.ref.figure} casualties ` +
        `(${total.ref.ids.join(' + ')}, ${total.ref.claimant}, ${total.ref.date})`,
      baseFrom: 'ledger',
      baseId: total.ref.ids[0]!,
    };
  }
  const product = approximately(multiply(boundsOf(share), boundsOf(basis.base)));
  const exact = share.qualifier === 'exact' && basis.base.qualifier === 'exact' && product.low === product.high;
  const count: Stated = exact ? { ...product, qualifier: 'exact' } : product;
  const baseText = basis.baseFrom === 'claim' ? basis.baseText.replace("the claim's", 'the') : basis.baseText;
  const text = `${f.text} of ${baseText}`;
  return [{ id: '', kind: sense.counts, stated: count, text, span: f.span, ...date, fromShare: basis }];
}

/** The ledger's casualty count nearest before a date (the latest, when the claim has no date). */
function ledgerCasualtiesBy(view: LedgerView, asOf: Window | undefined) {
  const counts = view.counts.filter((c) => c.kind === 'casualties' && Number.isFinite(boundsOf(c.stated).high));
  const before = asOf ? counts.filter((c) => c.window.first <= asOf.last) : counts;
  return (before.length > 0 ? before : counts).sort((a, b) => b.window.last - a.window.last)[0];
}

/** Wounded that follow from a claim's casualties and killed of one date, when it states none. */
function derivedWounded(figures: readonly ClaimFigure[]): ClaimFigure[] {
  if (figures.some((f) => f.kind === 'wounded')) return [];
  const out: ClaimFigure[] = [];
  for (const killed of figures.filter((f) => f.kind === 'killed')) {
    const total = figures.find((f) => f.kind === 'casualties' && f.asOfText === killed.asOfText);
    if (!total) continue;
    const wounded = subtract(boundsOf(total.stated), boundsOf(killed.stated));
    const { span: _span, fromShare: _share, ...rest } = killed;
    out.push({
      ...rest,
      id: '',
      kind: 'wounded',
      stated: approximately(wounded),
      text: `${statedText(total.stated, 'casualties', 0)} − ${statedText(killed.stated, 'casualties', 0)}`,
      derived:
        `casualties ${statedText(total.stated, 'casualties', 0)} − ` +
        `killed ${statedText(killed.stated, 'casualties', 0)}`,
    });
  }
  return out;
}

/**
 * A count of one day, week or month ("in the past day", "over the past week alone"): it counts the days
 * that end on its date. Said "yesterday", or as of the day a daily report appears, the day may be the one
 * before.
 */
function periodFields(
  f: Figure,
  base: Pick<ClaimFigure, 'asOf'>,
  text: string,
): Pick<ClaimFigure, 'periodDays' | 'asOf' | 'sinceText'> {
  const days = pastPeriod(text, f.span) ?? PERIOD_DAYS[f.period as keyof typeof PERIOD_DAYS];
  if (!base.asOf) return { periodDays: days };
  const yesterday =
    f.period === 'day' && /\b(?:yesterday|overnight|past day|last day|24 hours)\b/i.test(around(text, f.span));
  const asOf = yesterday ? { first: base.asOf.first - 1, last: base.asOf.last } : base.asOf;
  return { periodDays: days, asOf, sinceText: `the ${days === 1 ? 'day' : `${days} days`} through` };
}

/**
 * The start of the period a count covers, when its words give one: "since December" counts from the start of
 * December; "in February 2024", after the figure, counts February's losses alone.
 */
function sinceOf(
  f: Figure,
  all: readonly Figure[],
  base: Pick<ClaimFigure, 'asOf'>,
): Pick<ClaimFigure, 'since' | 'sinceText' | 'asOf'> {
  const d = f.date;
  if (!d || d.first === undefined || d.last === undefined) return {};
  if (COUNTS_FROM.has(d.relation ?? '')) {
    const first = dayOf(d.first);
    const last = dayOf(d.last);
    // "since January" counts from the month's first day; "since early December" from some day of it.
    return { since: { first, last: last - first >= 27 ? first : last }, sinceText: d.label };
  }
  if (d.relation !== 'in' || d.first === d.last || TOTAL_WORDS.test(f.sentence)) return {};
  const mention = all.find((o) => o.kind === 'date' && o.sentence === f.sentence && o.date?.label === d.label);
  if (!mention || !base.asOf) return {};
  // "In February 2024 alone, Russia lost 28,000": a period before the count, with no one's words between.
  const between = f.sentence.slice(0, Math.max(0, f.sentence.indexOf(f.text)));
  const before = mention.span[0] < f.span[1];
  if (before && !/\balone\b/i.test(f.sentence) && /\b(?:said|says|told|reported|claimed|estimated)\b/i.test(between))
    return {};
  const first = dayOf(d.first);
  const last = dayOf(d.last);
  return { since: { first, last: first }, sinceText: d.label, asOf: { first: last, last } };
}

/** Words around a troop count that make it recruitment or deployment over time, not losses. */
const RECRUITMENT =
  /\b(?:recruit\w*|mobili[sz]\w*|conscript\w*|enlist\w*|sign(?:s|ed|ing)? (?:up|contracts?)|contracts?)\b/i;

/**
 * Why a count of troops is not the force deployed: a part of it ("among them 500 officers"), what is
 * left of it ("7,000 remain"), a later wave or a total counting one, a plan, workers, recruits, or a
 * number too small to be a force ("one officer said").
 */
function otherTroops(f: Figure, text: string): string | undefined {
  const value = f.value ?? f.high ?? 0;
  if (value < 10) return NOT_A_LOSS.tooFew;
  const before = text.slice(Math.max(0, f.span[0] - 30), f.span[0]).toLowerCase();
  const after = text.slice(f.span[1], f.span[1] + 50).toLowerCase();
  const near = `${before} ${after}`;
  if (
    /\b(?:among them|including|of whom|of them)\W*(?:some |about |around |roughly |nearly )?$/.test(before) ||
    PARTS_OF_FORCE.test(after)
  )
    return NOT_A_LOSS.part;
  if (
    /\b(?:remain|remaining|still (?:at|on|in)|are left|were left|left at)\b/.test(after) ||
    /\b(?:remaining|surviving)\s*$/.test(before)
  )
    return NOT_A_LOSS.remains;
  if (
    /\b(?:newly|fresh|another|additional|further|more|new)\b/.test(before) ||
    /\b(?:newly|new(?:ly)? (?:brought|arrived|sent))\b/.test(after)
  )
    return NOT_A_LOSS.added;
  if (
    /\b(?:second|third|new|later|another) (?:wave|contingent|batch|rotation|group)\b/.test(near) ||
    /\bin all\b|\bin total\b/.test(after)
  )
    return NOT_A_LOSS.waves;
  if (
    /\b(?:plans?|planned|planning|could send|may send|might send|would send|ready to send|prepared to send)\b/.test(
      near,
    )
  )
    return NOT_A_LOSS.planned;
  if (RECRUITMENT.test(near)) return NOT_A_LOSS.recruited;
  return undefined;
}

const PARTS_OF_FORCE = new RegExp(
  String.raw`^\s*(?:of (?:them|whom) )?(?:\w+ )?(?:officers|commanders|generals|officials|instructors|` +
    String.raw`specialists|engineers|workers|labou?rers|pilots|advisers|advisors)\b`,
);
const OLDER_ESTIMATE = new RegExp(
  String.raw`\b(?:earlier|previous|prior|initial|older|first|original|past) ` +
    String.raw`(?:estimate|figure|count|tally|assessment)s?\b`,
);

/** "offered an earlier estimate of roughly 900": an older figure quoted beside a newer one. */
function olderEstimate(text: string, span: [number, number]): boolean {
  const before = text.slice(Math.max(0, span[0] - 45), span[0]).toLowerCase();
  if (!/estimate|figure|count|tally|assessment/.test(before)) return false;
  return OLDER_ESTIMATE.test(before);
}

/** "losing roughly 90 men killed or wounded every day": a count with "every day" after it is a daily rate. */
function everyDay(text: string, span: [number, number]): boolean {
  const after = text.slice(span[1], span[1] + 45).toLowerCase();
  if (!after.includes('day')) return false;
  return (
    /^[^.;,]*?\b(?:every|each|a|per) day\b|^[^.;,]*?\bdaily\b/.test(after) && !/\bin a day\b|\bin one day\b/.test(after)
  );
}

/** "had so far been killed", "in total": the words mark a running total, whatever else the sentence says. */
function runningTotal(text: string, span: [number, number]): boolean {
  const words = text.slice(Math.max(0, span[0] - 30), span[1] + 60).toLowerCase();
  if (/\b(?:so far|to date|in total|in all|overall|all told|since the (?:start|beginning))\b/.test(words)) return true;
  // "Yesterday Kyiv said 3,000 …": "yesterday" dates the statement, not a day's losses.
  const before = text.slice(Math.max(0, span[0] - 60), span[0]).toLowerCase();
  return (
    /\byesterday,?\s+(?:[\w'’]+\s+){1,4}?(?:said|says|told|reported|claimed|estimated|announced)\b/.test(before) &&
    !/\b(?:past|last) (?:day|24 hours)\b|\bin a day\b/.test(words)
  );
}

/** The words of a figure's clause, back to the sentence start or a semicolon: "In a single assault near …, 45". */
function clauseAround(text: string, span: [number, number]): string {
  const from = Math.max(0, span[0] - 90);
  const before = text.slice(from, span[0]);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'));
  return text.slice(cut >= 0 ? from + cut + 1 : from, span[1] + 60);
}

const PAST_PERIOD = new RegExp(
  String.raw`\b(?:in|over|during|within) the (?:past|last|previous|preceding) ` +
    '(day|24 hours|week|seven days|7 days|month|30 days|two weeks|fortnight)\\b',
  'i',
);
const PAST_DAYS: Readonly<Record<string, number>> = {
  day: 1,
  '24 hours': 1,
  week: 7,
  'seven days': 7,
  '7 days': 7,
  month: 30,
  '30 days': 30,
  'two weeks': 14,
  fortnight: 14,
};

/** "over the past week alone": the days a count covers, when the words name the last day, week or month. */
function pastPeriod(text: string, span: [number, number]): number | undefined {
  const clause = clauseAround(text, span);
  if (!/past|last|previous|preceding/i.test(clause)) return undefined;
  const m = PAST_PERIOD.exec(clause);
  return m ? PAST_DAYS[m[1]!.toLowerCase()] : undefined;
}

const SHARE_BASE_WORDS = new RegExp(
  String.raw`^\s*of (?:the |its |their |all )?(about |around |roughly |some |nearly |approximately |more than )?` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d+)\s+(\S+)`,
  'i',
);

/** "half of the roughly 11,000 North Koreans deployed": the share's own base, read from its words. */
function baseInText(f: Figure, of: 'force' | 'casualties'): Pick<ClaimFigure, 'stated'> | undefined {
  const start = f.sentence.indexOf(f.text);
  const after = start >= 0 ? f.sentence.slice(start + f.text.length, start + f.text.length + 60) : '';
  const m = SHARE_BASE_WORDS.exec(after);
  if (!m) return undefined;
  const noun = m[3]!.toLowerCase();
  const forceNoun = /^(?:troops|soldiers|north|men|personnel|servicemen|fighters|forces|korean|russian|ukrainian)/.test(
    noun,
  );
  if ((of === 'force') !== forceNoun) return undefined;
  const amount = parseQualified(`${m[1] ?? ''}${m[2]!}`, parseNumber);
  return amount.ok ? { stated: amount.value } : undefined;
}

const numberWord = (w: string): number => UNITS[w.toLowerCase()] ?? Number(w);

/** "three in four of them were killed", "one out of five": a count read from such words is a share. */
function inShare(f: Figure, text: string): Figure | undefined {
  if (f.kind !== 'killed' && f.kind !== 'wounded' && f.kind !== 'casualties') return undefined;
  if ((f.value ?? 11) > 10) return undefined;
  const m = /\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out of)\s+$/i.exec(
    text.slice(Math.max(0, f.span[0] - 20), f.span[0]),
  );
  const of = f.value;
  if (!m || of === undefined || of > 10) return undefined;
  const part = numberWord(m[1]!);
  if (!(part > 0 && part < of)) return undefined;
  const start = f.span[0] - m[0].length;
  return {
    ...f,
    kind: 'share',
    value: part / of,
    qualifier: 'exact',
    unit: 'share',
    counts: f.kind,
    span: [start, f.span[1]],
    text: text.slice(start, f.span[1]),
  };
}

/** "soldiers killed and wounded … has passed 2,800": a count after both words counts casualties, not one of them. */
function bothKinds(text: string, f: Figure): 'casualties' | undefined {
  if (f.kind !== 'killed' && f.kind !== 'wounded') return undefined;
  if (!/wounded|injured/i.test(text)) return undefined;
  const before = text.slice(Math.max(0, f.span[0] - 70), f.span[0]);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  return /\b(?:killed|dead) (?:and|or) (?:wounded|injured)\b|\b(?:wounded|injured) (?:and|or) (?:killed|dead)\b/i.test(
    clause,
  ) && !/\d/.test(clause)
    ? 'casualties'
    : undefined;
}

/** A count as parseQualified reads it: "about 620,000", "some 5,000", "more than 1.1 million". */
const AMOUNT =
  String.raw`(?:(?:about|around|nearly|almost|more than|over|some|roughly|approximately)\s+)?` +
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|thousand))?`;
/** "bringing the total to about 620,000", "a total of 5,000", and "some 5,000 in total". */
const RUNNING_TOTALS = [
  new RegExp(
    String.raw`\b(?:(?:bringing|taking|pushing|raising|lifting)\s+(?:the|its|their)\s+(?:overall\s+)?` +
      String.raw`(?:total|tally|toll|losses|count)(?:\s+[a-z-]+){0,5}?\s+to|a total of|in total,?)\s+(${AMOUNT})`,
    'gi',
  ),
  new RegExp(String.raw`\b(${AMOUNT})(?=\s+(?:in total|in all|so far|to date)\b)`, 'gi'),
];

/**
 * "bringing the total to about 620,000": a running total the figure grammar leaves unread when it has no
 * noun of its own. Read as casualties (the sentence's losses) when no figure stands there already.
 */
function runningTotals(text: string, read: readonly Figure[]): Figure[] {
  if (!/total|tally|toll|in all|so far|to date/i.test(text)) return [];
  const out: Figure[] = [];
  for (const m of RUNNING_TOTALS.flatMap((pattern) => [...text.matchAll(pattern)])) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (read.some((f) => f.span[0] < end && start < f.span[1])) continue;
    const amount = parseQualified(m[1]!, parseNumber);
    if (!amount.ok) continue;
    const sentenceStart = Math.max(text.lastIndexOf('. ', start) + 2, 0);
    const stop = text.indexOf('. ', end);
    const sentence = text.slice(sentenceStart === 1 ? 0 : sentenceStart, stop < 0 ? text.length : stop + 1);
    const neighbour = read.find((f) => f.sentence === sentence && f.kind !== 'date');
    out.push({
      kind: 'casualties',
      value: amount.value.low,
      qualifier: amount.value.qualifier,
      unit: 'casualties',
      period: 'cumulative',
      span: [start, end],
      text: text.slice(start, end),
      sentence: neighbour?.sentence ?? sentence,
      ...(neighbour?.date && !COUNTS_FROM.has(neighbour.date.relation ?? '') && { date: neighbour.date }),
    });
  }
  return out;
}
