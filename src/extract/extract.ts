import { mayStartAmount, readAmount, type Amount } from './amounts.js';
import { maskControls } from './controls.js';
import { resolveDates } from './date-years.js';
import { mayStartDate, readDate, type DateMention, type ResolvedDate } from './dates.js';
import { datesOfSentence, type FigureDates } from './figure-dates.js';
import { classify, type Classified } from './kind-rules.js';
import { mayStartRelative, readRelativeDate } from './relative-dates.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { countPeriod, isReinforcement, kindFromPrevious } from './sentence-context.js';
import { readShare, type ShareReading } from './shares.js';
import { tokenize, type Sentence, type Token } from './tokens.js';
import type { CountPeriod, ExtractOptions, Figure, FigureQualifier } from './types.js';

/** What a count takes from its sentence: its dates and, for a share, what it is of and counts. */
interface Context extends FigureDates {
  share: ShareReading | null;
}

interface Counted {
  amount: Amount;
  classified: Classified;
  qualifier: FigureQualifier;
  period: CountPeriod | undefined;
  /** Token indices of the whole span, qualifiers included. */
  first: number;
  last: number;
  sentence: number;
}

/**
 * Every figure in an English text: forces, casualties, killed, wounded, rates, shares, durations
 * and dates, in the order they appear. Pure: the text in, plain objects out.
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  const { tokens, sentences, mentions, counted } = scan(text);
  const dates = resolveDates(mentions, options.published, options.baseline);
  const figures: Figure[] = [];
  const piece = (first: number, last: number): [number, number] => [tokens[first]!.start, tokens[last - 1]!.end];
  const sentenceText = (index: number): string => text.slice(sentences[index]!.start, sentences[index]!.end);
  for (const d of dates) {
    // "on Thursday", "last week": they date the counts beside them but are no figures of their own.
    if (d.relative) continue;
    const span = piece(d.first, d.last);
    figures.push({
      kind: 'date',
      qualifier: d.qualifier,
      unit: 'date',
      date: d.ref,
      span,
      text: text.slice(...span),
      sentence: sentenceText(d.sentence),
    });
  }
  const bySentence = groupBySentence(dates);
  const contexts = readInSentences(tokens, sentences, bySentence, counted);
  counted.forEach((c, n) => {
    const span = piece(c.first, c.last);
    const { date, stated, share } = contexts[n]!;
    figures.push({
      kind: c.classified.kind,
      ...amountValue(c.amount),
      qualifier: c.qualifier,
      unit: c.classified.unit,
      ...(c.period && { period: c.period }),
      ...(share && { of: share.of, counts: share.counts }),
      ...(share?.base && { base: piece(share.base.first, share.base.last) }),
      ...(date && { date }),
      ...(stated && { stated }),
      span,
      text: text.slice(...span),
      sentence: sentenceText(c.sentence),
    });
  });
  return figures.sort((a, b) => a.span[0] - b.span[0]);
}

/** What a scan of a text finds before its dates are resolved: the tokens, the date mentions and the counts. */
interface Scan {
  tokens: Token[];
  sentences: Sentence[];
  mentions: DateMention[];
  counted: Counted[];
}

/** The longest text whose scan is kept for the next reading of it: a claim, not a long article. */
const KEPT_SCAN_LENGTH = 20_000;
/**
 * The last short text scanned, and its scan. A claim is read more than once (against the ledger's
 * first day, for its own arithmetic, for the report's figures), and the scan depends on the text
 * alone, not on the options: a reading of the same text again takes the scan as it is (nothing
 * after the scan changes it), which spares most of the work of every reading after the first.
 */
let kept: { text: string; scan: Scan } | undefined;

function scan(text: string): Scan {
  if (kept !== undefined && kept.text === text) return kept.scan;
  // Spans index `text`; figures are read from it with its terminal controls masked.
  const { tokens, sentences } = tokenize(maskControls(text));
  const mentions: DateMention[] = [];
  const counted: Counted[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const sentence = sentences[token.sentence]!;
    const date =
      (mayStartDate(tokens, i) ? readDate(tokens, i, sentence.first, sentence.last) : null) ??
      (mayStartRelative(token) ? readRelativeDate(tokens, i, sentence.first, sentence.last) : null);
    if (date) {
      mentions.push(date);
      i = date.last;
      continue;
    }
    const amount = mayStartAmount(token) ? readAmount(tokens, i, sentence.last) : null;
    if (!amount) {
      i++;
      continue;
    }
    const previous = lastWhole(tokens, counted);
    const found = countedFigure(tokens, amount, sentence, previous?.sentence === token.sentence ? previous : undefined);
    if (found) counted.push(found);
    i = Math.max(amount.last, found?.last ?? 0);
  }
  const found = { tokens, sentences, mentions, counted };
  kept = text.length <= KEPT_SCAN_LENGTH ? { text, scan: found } : undefined;
  return found;
}

/**
 * The last count before, past a part of it: in "… to about 4,700, including some 600 dead, from 3,000 in January" the
 * earlier level is of the 4,700's kind, not of the dead's.
 */
function lastWhole(tokens: Token[], counted: readonly Counted[]): Counted | undefined {
  const last = counted.at(-1);
  const part = last !== undefined && PART_WORDS.has(tokens[last.first - 1]?.low ?? '');
  const whole = part ? counted.at(-2) : undefined;
  return whole !== undefined && whole.sentence === last!.sentence ? whole : last;
}
const PART_WORDS = new Set(['including', 'incl']);

function countedFigure(
  tokens: Token[],
  amount: Amount,
  sentence: Sentence,
  previous: Pick<Counted, 'amount' | 'classified'> | undefined,
): Counted | null {
  let before = amount.opener === undefined ? qualifierBefore(tokens, amount.first, sentence.first) : null;
  let start = amount.opener ?? before?.first ?? amount.first;
  const w = { tokens, floor: sentence.first, ceiling: sentence.last };
  let classified =
    classify(tokens, amount, start, sentence.first, sentence.last) ?? kindFromPrevious(w, amount, start, previous);
  if (!classified) return null;
  if (isReinforcement(w, amount, start, classified)) classified = { ...classified, kind: 'reinforcement' };
  // "losses over 39 days": during, not more than.
  if (classified.kind === 'duration' && before && tokens[before.first]!.low === 'over') {
    before = null;
    start = amount.first;
  }
  // "12,000 troops or more"
  const late =
    amount.value !== undefined && !amount.after && classified.nounEnd !== undefined
      ? orMore(tokens, classified.nounEnd, sentence.last)
      : null;
  const qualifier: FigureQualifier = amount.vague
    ? 'vague'
    : amount.low !== undefined
      ? 'range'
      : (before?.qualifier ?? amount.after ?? late?.qualifier ?? 'exact');
  const period = countPeriod(w, start, classified.kind);
  return {
    amount,
    classified,
    qualifier,
    period,
    first: start,
    last: late?.last ?? classified.last,
    sentence: tokens[amount.first]!.sentence,
  };
}

function orMore(tokens: Token[], at: number, ceiling: number): ReturnType<typeof qualifierAfter> {
  return tokens[at]?.low === 'or' ? qualifierAfter(tokens, at, ceiling) : null;
}

function amountValue(amount: Amount): Pick<Figure, 'value' | 'low' | 'high'> {
  if (amount.low !== undefined && amount.high !== undefined) return { low: amount.low, high: amount.high };
  return amount.value !== undefined ? { value: amount.value } : {};
}

function groupBySentence(dates: ResolvedDate[]): Map<number, ResolvedDate[]> {
  const map = new Map<number, ResolvedDate[]>();
  for (const d of dates) {
    const list = map.get(d.sentence);
    if (list) list.push(d);
    else map.set(d.sentence, [d]);
  }
  return map;
}

/** What a share is of and counts, read among the counts of its sentence: counted[first, last). */
function shareOf(
  tokens: Token[],
  sentence: Sentence,
  counted: Counted[],
  first: number,
  last: number,
  n: number,
): ShareReading | null {
  const plain = counted.slice(first, last).map((c) => ({ kind: c.classified.kind, first: c.first, last: c.last }));
  return readShare({ tokens, floor: sentence.first, ceiling: sentence.last }, plain, n - first);
}

/** The date of each count and the reading of each share, sentence by sentence, in the order of `counted`. */
function readInSentences(
  tokens: Token[],
  sentences: Sentence[],
  bySentence: Map<number, ResolvedDate[]>,
  counted: Counted[],
): Context[] {
  const out: Context[] = [];
  for (let n = 0; n < counted.length; ) {
    const index = counted[n]!.sentence;
    const sentence = sentences[index]!;
    let end = n;
    while (end < counted.length && counted[end]!.sentence === index) end++;
    const dated = datesOfSentence(tokens, sentence, bySentence.get(index) ?? [], counted.slice(n, end));
    for (let k = n; k < end; k++) {
      const share = counted[k]!.classified.kind === 'share' ? shareOf(tokens, sentence, counted, n, end, k) : null;
      out.push({ ...dated[k - n]!, share });
    }
    n = end;
  }
  return out;
}
