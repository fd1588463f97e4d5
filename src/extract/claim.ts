import type { Stated } from '../core/figures/amount.js';
import { DEFAULT_START, DEFAULT_START_SOURCE } from '../core/projection/baseline.js';
import type { CheckField, CheckInput } from '../core/check/run-checks.js';
import { isoDate, type Day, type Window } from '../core/dates.js';
import { statedText } from '../core/figures/figure-text.js';
import { DAYS_PER_UNIT, DURATION_UNITS, type DurationUnit } from '../core/figures/vocabulary.js';
import type { StatedDuration } from '../core/parse/index.js';
import { datedFigure, laterYear, type DateContext } from './claim-dates.js';
import { canCheck, FLAGS, nearestNeeds, needsMessage, PIECE_WORDS, type Piece, type Presence } from './claim-needs.js';
import type { Candidate, ClaimBaseline, FieldValues, GivenFigures, Reading, SetAside, Source } from './claim-types.js';
import { extractFigures } from './extract.js';
import { modalCues, type Cue } from './prediction.js';
import type { Figure } from './types.js';

export type { ClaimBaseline, FieldValues, GivenFigures, SetAside, Source } from './claim-types.js';
export type { Cue } from './prediction.js';

/**
 * A claim written as prose, read into the figures `attrition check` takes: what the text states,
 * filled from flags and the ledger's baseline, each with where it came from. Pure.
 */

export interface ClaimOptions {
  given?: GivenFigures;
  /** The day the text was published: years it leaves out are resolved against it. */
  published?: Day;
  /** The start of losses when neither the text nor the flags give one; by default the seeds ledger's (ISW, 2024-12-06). */
  baseline?: ClaimBaseline;
}

const LEDGER_START: ClaimBaseline = {
  start: DEFAULT_START,
  id: DEFAULT_START_SOURCE.ledgerId,
  claimant: DEFAULT_START_SOURCE.claimant,
  note: DEFAULT_START_SOURCE.note,
};

export interface ClaimReading {
  figures: Figure[];
  input: Omit<CheckInput, 'tolerance'>;
  sources: { [F in CheckField]?: Source };
  setAside: SetAside[];
  claim: { kind: 'prediction' | 'statement'; cues: Cue[] };
}

/** A claim that gives too little, or gives one figure several ways: one line for the user. */
export class ClaimTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimTextError';
  }
}

const COUNT_FIELDS = ['casualties', 'killed', 'wounded'] as const;
const PLURALS: Record<CheckField, string> = {
  force: 'force sizes',
  rate: 'daily rates',
  start: 'start dates',
  casualties: 'casualty counts',
  killed: 'counts of killed',
  wounded: 'counts of wounded',
  asOf: 'days the casualties were counted through',
  by: 'dates the force would be lost by',
  within: 'times until the force is lost',
};

function statedOfFigure(f: Figure): Stated | null {
  if (f.qualifier === 'vague') return null;
  const low = f.value ?? f.low;
  const high = f.value ?? f.high;
  if (low === undefined || high === undefined) return null;
  return { qualifier: f.qualifier === 'nearly' ? 'approximately' : f.qualifier, low, high };
}

const RATE_UNIT = /^(\w+) per (day|week|month)$/;
const PER_PERIOD: Record<string, number> = { day: 1, week: 7, month: DAYS_PER_UNIT.months };
/** "in 12 weeks", "within three months", "in the next six weeks": a time until the force is lost. */
const WITHIN_BEFORE = /\b(?:in|within|inside(?:\s+of)?|after)\s+(?:(?:the|a)\s+)?(?:(?:next|coming|another|further)\s+)?$/i;

function readFigure(f: Figure, text: string, dates: DateContext): Reading {
  if (f.kind === 'date') return datedFigure(f, dates.figures, dates);
  const stated = statedOfFigure(f);
  if (!stated) return { aside: 'vague, not a number' };
  const base = { figure: f, tier: 0 };
  switch (f.kind) {
    case 'force':
      return { ...base, field: 'force', value: stated, used: statedText(stated, 'troops', 0) };
    case 'casualties':
    case 'killed':
    case 'wounded':
      return { ...base, field: f.kind, value: stated, used: statedText(stated, 'casualties', 0) };
    case 'rate': {
      const [, what, period] = RATE_UNIT.exec(f.unit) ?? [];
      if (what !== 'casualties' || period === undefined) return { aside: `a rate of ${f.unit}; check takes casualties a day` };
      const days = PER_PERIOD[period]!;
      const rate: Stated = { ...stated, low: stated.low / days, high: stated.high / days };
      const used = statedText(rate, 'per-day');
      return { ...base, field: 'rate', value: rate, used, ...(days !== 1 && { note: `${f.text} a ${period}, ÷ ${period === 'week' ? 7 : 30.44} days` }) };
    }
    case 'duration': {
      const unit = f.unit as DurationUnit;
      if (!DURATION_UNITS.includes(unit)) return { aside: `a duration in ${f.unit}` };
      if (!WITHIN_BEFORE.test(text.slice(Math.max(0, f.span[0] - 40), f.span[0]))) {
        return { aside: 'a span of time, not the time until the force is lost ("in 12 weeks")' };
      }
      const per = DAYS_PER_UNIT[unit];
      const within: StatedDuration = { ...stated, low: stated.low * per, high: stated.high * per, unit, amount: { low: stated.low, high: stated.high } };
      return { ...base, field: 'within', value: within, used: f.text };
    }
    default:
      return { aside: 'a share; check compares counts, rates and dates' };
  }
}

/** Reads a claim: extracts its figures, fills the rest from flags and the baseline, and checks it has enough to check. */
export function readClaim(text: string, options: ClaimOptions = {}): ClaimReading {
  const given = options.given ?? {};
  const baseline = options.baseline ?? LEDGER_START;
  const startForYears = given.start?.value ?? baseline.start;
  const figures = extractFigures(text, {
    ...(options.published !== undefined && { published: options.published }),
    baseline: startForYears,
  });
  const dates: DateContext = { published: options.published, start: startForYears, ledger: baseline, figures };
  const setAside: SetAside[] = [];
  const aside = (f: Figure, reason: string) => setAside.push({ kind: f.kind, text: f.text, span: f.span, reason });
  const candidates: Candidate[] = [];
  for (const f of figures) {
    const reading = readFigure(f, text, dates);
    if ('aside' in reading) aside(f, reading.aside);
    else candidates.push(reading);
  }
  const modal = modalCues(text, figures);
  if (modal.length > 0 && options.published !== undefined) lookAhead(candidates, options.published);

  const sources: ClaimReading['sources'] = {};
  const values: Partial<FieldValues> = {};
  const used: Partial<Record<CheckField, Candidate>> = {};
  for (const field of Object.keys(FLAGS) as CheckField[]) {
    const flag = given[field];
    const mine = candidates.filter((c) => c.field === field);
    if (flag) {
      for (const c of mine) aside(c.figure, `${FLAGS[field]} ${JSON.stringify(flag.text)} given instead`);
      (values as Record<string, unknown>)[field] = flag.value;
      sources[field] = { from: 'flag', flag: FLAGS[field], text: flag.text };
      continue;
    }
    const chosen = choose(field, mine, aside);
    if (!chosen) continue;
    used[field] = chosen;
    (values as Record<string, unknown>)[field] = chosen.value;
    sources[field] = { from: 'text', text: chosen.figure.text, span: chosen.figure.span, used: chosen.used, ...(chosen.note && { note: chosen.note }) };
  }
  const textual = (field: CheckField) => sources[field]?.from === 'text';

  const found = foundWords(values, used, given);
  for (const field of ['by', 'within'] as const) {
    if (values[field] === undefined) continue;
    const missing = (['force', 'rate'] as const).filter((f) => values[f] === undefined);
    if (missing.length > 0) throw new ClaimTextError(needsMessage(found, [missing]));
  }
  // "could be lost in 12 weeks", published on a known day: the weeks count from that day.
  if (values.within !== undefined && values.asOf === undefined && options.published !== undefined) {
    values.asOf = { first: options.published, last: options.published };
    sources.asOf = { from: 'flag', flag: '--published', text: isoDate(options.published), note: 'the time until the force is lost counts from the publication day' };
  }
  const before = presenceOf(values);
  setAsideUnusable(values, sources, used, textual, aside);
  if (!canCheck(presenceOf(values))) {
    throw new ClaimTextError(found.length > 0 ? needsMessage(found, nearestNeeds(before)) : nothingMessage(setAside));
  }

  if (values.start === undefined) {
    values.start = baseline.start;
    const { id, claimant, note } = baseline;
    sources.start = { from: 'ledger', id, claimant, used: isoDate(baseline.start), note };
  }
  const cues = [...modal, ...lossCues(text, used, options.published)].sort((a, b) => a.span[0] - b.span[0]);
  return {
    figures,
    input: checkInput({ ...values, start: values.start }, sources),
    sources,
    setAside: setAside.sort((a, b) => a.span[0] - b.span[0]),
    claim: { kind: cues.length > 0 ? 'prediction' : 'statement', cues },
  };
}

const keyOf = (value: unknown): string => JSON.stringify(value);

/** The text's figure for a field; several that differ are for the user to choose between. */
function choose(field: CheckField, mine: Candidate[], aside: (f: Figure, reason: string) => void): Candidate | undefined {
  if (mine.length === 0) return undefined;
  const top = Math.max(...mine.map((c) => c.tier));
  const pool = mine.filter((c) => c.tier === top);
  const first = pool[0]!;
  for (const c of mine) if (c.tier < top) aside(c.figure, `a date beside "${first.figure.text}", which the claim ties more firmly`);
  const distinct = [...new Map(pool.map((c) => [keyOf(c.value), c])).values()];
  if (distinct.length > 1) {
    const texts = distinct.map((c) => `"${c.figure.text}"`);
    throw new ClaimTextError(`the claim gives ${distinct.length} ${PLURALS[field]} (${texts.join(', ')}); choose the one to check with ${FLAGS[field]}`);
  }
  for (const c of pool.slice(1)) aside(c.figure, `repeats "${first.figure.text}"`);
  return first;
}

/** A prediction's date of loss, written without a year, lies after the day it was published. */
function lookAhead(candidates: Candidate[], published: Day): void {
  for (const c of candidates) {
    if (c.field !== 'by' || !c.inferredYear) continue;
    const window = c.value as Window;
    if (window.last >= published) continue;
    const later = laterYear(window, c.used);
    c.value = later.window;
    c.used = later.label;
    c.note = `year: the first ${later.label.replace(/ \d{4}$/, '')} after the publication day ${isoDate(published)}, as a prediction looks ahead`;
  }
}

function presenceOf(values: Partial<FieldValues>): Presence {
  const p: Presence = {};
  for (const piece of Object.keys(PIECE_WORDS) as Piece[]) p[piece] = values[piece] !== undefined;
  return p;
}

/**
 * Figures from the text that no check can take are set aside rather than refused: a lone killed or
 * wounded count, a count beside a rate with no day it was counted through, and that day without its count.
 */
function setAsideUnusable(
  values: Partial<FieldValues>,
  sources: ClaimReading['sources'],
  used: Partial<Record<CheckField, Candidate>>,
  textual: (field: CheckField) => boolean,
  aside: (f: Figure, reason: string) => void,
): void {
  const drop = (field: CheckField, reason: string) => {
    aside(used[field]!.figure, reason);
    delete values[field];
    delete sources[field];
  };
  if ((values.killed === undefined) !== (values.wounded === undefined)) {
    const lone = values.killed !== undefined ? 'killed' : 'wounded';
    if (textual(lone)) drop(lone, `${lone} alone: a check needs killed and wounded together, or a casualty count`);
  }
  const counted = values.casualties !== undefined || (values.killed !== undefined && values.wounded !== undefined);
  if (counted && values.rate !== undefined && values.asOf === undefined) {
    for (const field of COUNT_FIELDS) {
      if (textual(field)) drop(field, 'no day it was counted through; give --as-of to check it against the rate');
    }
  }
  const stillCounted = values.casualties !== undefined || (values.killed !== undefined && values.wounded !== undefined);
  if (!stillCounted && values.asOf !== undefined && textual('asOf')) drop('asOf', 'the date of a count the check does not use');
}

/** "a force size (12,000)", "a daily rate (92 a day)": what the claim and the flags give, for the needs message. */
function foundWords(values: Partial<FieldValues>, used: Partial<Record<CheckField, Candidate>>, given: GivenFigures): string[] {
  const words: string[] = [];
  for (const piece of Object.keys(PIECE_WORDS) as Piece[]) {
    if (values[piece] === undefined) continue;
    const shown = used[piece]?.used ?? given[piece]?.text ?? '';
    words.push(`${PIECE_WORDS[piece]} (${shown})`);
  }
  return words;
}

function nothingMessage(setAside: readonly SetAside[]): string {
  const message = needsMessage([], []);
  if (setAside.length === 0) return message;
  const first = setAside[0]!;
  return message.replace('no figures to check', `no figures to check ("${first.text}": ${first.reason})`);
}

/** The claim's own date or time of full loss makes it a projection, unless the date had passed when it was published. */
function lossCues(text: string, used: Partial<Record<CheckField, Candidate>>, published: Day | undefined): Cue[] {
  const cues: Cue[] = [];
  const by = used.by;
  if (by && (published === undefined || (by.value as Window).last >= published)) {
    cues.push({ ...withLeadingWord(text, by.figure.span, by.figure.date?.relation), reason: 'date-of-loss' });
  }
  const within = used.within;
  if (within) cues.push({ ...withLeadingWord(text, within.figure.span, /^(?:in|within)$/i), reason: 'time-to-loss' });
  return cues;
}

/** "by mid-April" rather than "mid-April": the word that ties a date to the claim, when it stands right before it. */
function withLeadingWord(text: string, span: [number, number], lead: string | RegExp | undefined): { text: string; span: [number, number] } {
  const match = /(\S+)\s+$/.exec(text.slice(Math.max(0, span[0] - 12), span[0]));
  const fits = match && lead !== undefined && (typeof lead === 'string' ? match[1]!.toLowerCase() === lead : lead.test(match[1]!));
  const start = fits ? span[0] - match[0].length : span[0];
  return { text: text.slice(start, span[1]), span: [start, span[1]] };
}

function checkInput(values: Partial<FieldValues> & { start: Day }, sources: ClaimReading['sources']): ClaimReading['input'] {
  const shown = (field: CheckField): string => {
    const source = sources[field]!;
    return source.from === 'flag' ? source.text.trim() : source.used;
  };
  return {
    ...(values.force && { force: values.force }),
    ...(values.rate && { rate: values.rate }),
    start: values.start,
    ...(values.casualties && { casualties: values.casualties }),
    ...(values.killed && { killed: values.killed }),
    ...(values.wounded && { wounded: values.wounded }),
    ...(values.asOf && { asOf: values.asOf, asOfText: shown('asOf') }),
    ...(values.by && { by: values.by, byText: shown('by') }),
    ...(values.within && { within: values.within, withinText: shown('within') }),
  };
}
