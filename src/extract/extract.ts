import { mayStartAmount, readAmount, type Amount } from './amounts.js';
import { maskControls } from './controls.js';
import { resolveDates } from './date-years.js';
import { mayStartDate, readDate, type DateMention, type ResolvedDate } from './dates.js';
import { classify, type Classified } from './kind-rules.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { countPeriod, isReinforcement, kindFromPrevious } from './sentence-context.js';
import { tokenize, type Sentence, type Token } from './tokens.js';
import type { CountPeriod, DateRef, ExtractOptions, Figure, FigureQualifier } from './types.js';

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
  // Spans index `text`; figures are read from it with its terminal controls masked.
  const { tokens, sentences } = tokenize(maskControls(text));
  const mentions: DateMention[] = [];
  const counted: Counted[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const sentence = sentences[token.sentence]!;
    const date = mayStartDate(token) ? readDate(tokens, i, sentence.first, sentence.last) : null;
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
    const previous = counted.at(-1);
    const found = countedFigure(tokens, amount, sentence, previous?.sentence === token.sentence ? previous.classified : undefined);
    if (found) counted.push(found);
    i = Math.max(amount.last, found?.last ?? 0);
  }
  const dates = resolveDates(mentions, options.published, options.baseline);
  const figures: Figure[] = [];
  const piece = (first: number, last: number): [number, number] => [tokens[first]!.start, tokens[last - 1]!.end];
  const sentenceText = (index: number): string => text.slice(sentences[index]!.start, sentences[index]!.end);
  for (const d of dates) {
    const span = piece(d.first, d.last);
    figures.push({ kind: 'date', qualifier: d.qualifier, unit: 'date', date: d.ref, span, text: text.slice(...span), sentence: sentenceText(d.sentence) });
  }
  const bySentence = groupBySentence(dates);
  for (const c of counted) {
    const span = piece(c.first, c.last);
    const date = nearestDate(bySentence.get(c.sentence), c);
    figures.push({
      kind: c.classified.kind,
      ...amountValue(c.amount),
      qualifier: c.qualifier,
      unit: c.classified.unit,
      ...(c.period && { period: c.period }),
      ...(date && { date }),
      span,
      text: text.slice(...span),
      sentence: sentenceText(c.sentence),
    });
  }
  return figures.sort((a, b) => a.span[0] - b.span[0]);
}

function countedFigure(tokens: Token[], amount: Amount, sentence: Sentence, previous: Classified | undefined): Counted | null {
  let before = amount.opener === undefined ? qualifierBefore(tokens, amount.first, sentence.first) : null;
  let start = amount.opener ?? before?.first ?? amount.first;
  const w = { tokens, floor: sentence.first, ceiling: sentence.last };
  let classified = classify(tokens, amount, start, sentence.first, sentence.last) ?? kindFromPrevious(w, amount, start, previous);
  if (!classified) return null;
  if (isReinforcement(w, amount, start, classified)) classified = { ...classified, kind: 'reinforcement' };
  // "losses over 39 days": during, not more than.
  if (classified.kind === 'duration' && before && tokens[before.first]!.low === 'over') {
    before = null;
    start = amount.first;
  }
  // "12,000 troops or more"
  const late = amount.value !== undefined && !amount.after && classified.nounEnd !== undefined ? orMore(tokens, classified.nounEnd, sentence.last) : null;
  const qualifier: FigureQualifier = amount.vague
    ? 'vague'
    : amount.low !== undefined
      ? 'range'
      : (before?.qualifier ?? amount.after ?? late?.qualifier ?? 'exact');
  const period = countPeriod(w, start, classified.kind);
  return { amount, classified, qualifier, period, first: start, last: late?.last ?? classified.last, sentence: tokens[amount.first]!.sentence };
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

/** The date its sentence names nearest to a figure, counted in tokens. */
function nearestDate(dates: ResolvedDate[] | undefined, c: Counted): DateRef | undefined {
  let best: { ref: DateRef; distance: number } | undefined;
  for (const d of dates ?? []) {
    const distance = d.first >= c.last ? d.first - c.last : c.first - d.last;
    if (!best || distance < best.distance) best = { ref: d.ref, distance };
  }
  return best && { ...best.ref };
}
