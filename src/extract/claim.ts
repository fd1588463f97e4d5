import { DEFAULT_START, DEFAULT_START_SOURCE } from '../core/projection/baseline.js';
import { withinFrom, type CheckField, type CheckInput } from '../core/check/run-checks.js';
import { isoDate, type Day } from '../core/dates.js';
import { statedText } from '../core/figures/figure-text.js';
import type { DateContext } from './claim-dates.js';
import { ClaimTextError } from './claim-error.js';
import { maskControls } from './controls.js';
import { choose, lookAhead, readFigure } from './claim-fields.js';
import { countWindow, keepLatestCounts } from './claim-counts.js';
import {
  canCheck,
  FLAGS,
  foundWords,
  nearestNeeds,
  needsMessage,
  nothingMessage,
  presenceOf,
  setAsideUnusable,
} from './claim-needs.js';
import type { Candidate, ClaimBaseline, FieldValues, GivenFigures, SetAside, Source } from './claim-types.js';
import { extractFigures } from './extract.js';
import { lossCues, modalCues, type Cue } from './prediction.js';
import type { Figure } from './types.js';

export { ClaimTextError, type FieldNamer } from './claim-error.js';
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
  /**
   * The start of losses when neither the text nor the flags give one; by default the seeds ledger's (ISW, 2024-12-06).
   */
  baseline?: ClaimBaseline;
}

const LEDGER_START: ClaimBaseline = {
  start: DEFAULT_START,
  id: DEFAULT_START_SOURCE.ledgerId,
  claimant: DEFAULT_START_SOURCE.claimant,
  note: DEFAULT_START_SOURCE.note,
};

type Sources = { [F in CheckField]?: Source };

export interface ClaimReading {
  figures: Figure[];
  input: Omit<CheckInput, 'tolerance'>;
  sources: Sources;
  setAside: SetAside[];
  claim: { kind: 'prediction' | 'statement'; cues: Cue[] };
}

/** What the steps of reading a claim share: the fields chosen so far and where each came from. */
interface Reading {
  /** The claim with its terminal controls masked: what the words around a figure are read from. */
  text: string;
  given: GivenFigures;
  published: Day | undefined;
  values: Partial<FieldValues>;
  sources: Sources;
  used: Partial<Record<CheckField, Candidate>>;
  setAside: SetAside[];
  aside: (f: Figure, reason: string) => void;
}

/**
 * Reads a claim: extracts its figures, fills the rest from flags and the baseline, and checks it has enough to check.
 */
export function readClaim(text: string, options: ClaimOptions = {}): ClaimReading {
  const baseline = options.baseline ?? LEDGER_START;
  const r = startReading(text, options);
  const published = r.published !== undefined ? { published: r.published } : {};
  const figures = extractFigures(text, { ...published, baseline: startForYears(r, baseline) });
  const latest = keepLatestCounts(readFigures(r, figures, baseline), r.aside);
  const candidates = latest.candidates;
  const modal = modalCues(r.text, figures);
  if (modal.length > 0 && r.published !== undefined) lookAhead(candidates, r.published);
  chooseFields(r, candidates);
  asOfFromCount(r);
  if (latest.undated) countAsOfPublication(r);
  requireForceAndRate(r);
  countWithinFromPublication(r);
  requireACheck(r);
  const start = fillStart(r, baseline);
  showCountAtAsOf(r, start);
  const cues = [...modal, ...lossCues(r.text, r.used, r.published)].sort((a, b) => a.span[0] - b.span[0]);
  return {
    figures,
    input: checkInput({ ...r.values, start }, r.sources),
    sources: r.sources,
    setAside: r.setAside.sort((a, b) => a.span[0] - b.span[0]),
    claim: { kind: cues.length > 0 ? 'prediction' : 'statement', cues },
  };
}

function startReading(text: string, options: ClaimOptions): Reading {
  const setAside: SetAside[] = [];
  return {
    text: maskControls(text),
    given: options.given ?? {},
    published: options.published,
    values: {},
    sources: {},
    used: {},
    setAside,
    aside: (f, reason) => setAside.push({ kind: f.kind, text: f.text, span: f.span, reason }),
  };
}

/** The start years are resolved against: the given start, else the ledger's. */
const startForYears = (r: Reading, baseline: ClaimBaseline): Day => r.given.start?.value ?? baseline.start;

/** Each figure read as one of check's inputs, or set aside with the reason. */
function readFigures(r: Reading, figures: Figure[], baseline: ClaimBaseline): Candidate[] {
  const dates: DateContext = { published: r.published, start: startForYears(r, baseline), ledger: baseline, figures };
  const candidates: Candidate[] = [];
  for (const f of figures) {
    const reading = readFigure(f, r.text, dates);
    if ('aside' in reading) r.aside(f, reading.aside);
    else candidates.push(reading);
  }
  return candidates;
}

/** One figure for each input: the given one, else the text's. */
function chooseFields(r: Reading, candidates: Candidate[]): void {
  for (const field of Object.keys(FLAGS) as CheckField[]) {
    const flag = r.given[field];
    const mine = candidates.filter((c) => c.field === field);
    if (flag) {
      for (const c of mine) r.aside(c.figure, `${FLAGS[field]} ${JSON.stringify(flag.text)} given instead`);
      (r.values as Record<string, unknown>)[field] = flag.value;
      r.sources[field] = { from: 'flag', flag: FLAGS[field], text: flag.text };
      continue;
    }
    const chosen = choose(field, mine, r.aside);
    if (!chosen) continue;
    r.used[field] = chosen;
    (r.values as Record<string, unknown>)[field] = chosen.value;
    const { text, span } = chosen.figure;
    r.sources[field] = { from: 'text', text, span, used: chosen.used, ...(chosen.note && { note: chosen.note }) };
  }
}

/** A date or time of full loss needs the force and the rate. */
function requireForceAndRate(r: Reading): void {
  for (const field of ['by', 'within'] as const) {
    if (r.values[field] === undefined) continue;
    const missing = (['force', 'rate'] as const).filter((f) => r.values[f] === undefined);
    const found = foundWords(r.values, r.used, r.given, r.sources);
    if (missing.length > 0) throw new ClaimTextError((name) => needsMessage(found, [missing], name));
  }
}

/**
 * "NIS said on Thursday that 3,000 …": a count dated by a day named relative to publication, which is no figure of its
 * own.
 */
function asOfFromCount(r: Reading): void {
  if (r.values.asOf !== undefined || r.given.asOf !== undefined) return;
  for (const field of ['casualties', 'killed', 'wounded'] as const) {
    const count = r.used[field]?.figure;
    const window = count && countWindow(count);
    if (!count || !window) continue;
    r.values.asOf = window;
    r.sources.asOf = {
      from: 'text',
      text: count.text,
      span: count.span,
      used: count.date!.label,
      note: 'the day this count refers to',
    };
    return;
  }
}

/**
 * "More than 3,500 have been killed or wounded, officials said", "has passed 4,000, up from 3,000 in
 * mid-January": a count with no date of its own stands as of the day it was published.
 */
function countAsOfPublication(r: Reading): void {
  if (r.values.asOf !== undefined || r.given.asOf !== undefined || r.published === undefined) return;
  if (r.values.casualties === undefined && r.values.killed === undefined && r.values.wounded === undefined) return;
  r.values.asOf = { first: r.published, last: r.published };
  const note = 'the count has no date of its own';
  r.sources.asOf = { from: 'flag', flag: '--published', text: isoDate(r.published), note };
}

/** "could be lost in 12 weeks", published on a known day: the weeks count from that day. */
function countWithinFromPublication(r: Reading): void {
  if (r.values.within === undefined || r.values.asOf !== undefined || r.published === undefined) return;
  r.values.asOf = { first: r.published, last: r.published };
  const note = 'the time until the force is lost counts from the publication day';
  r.sources.asOf = { from: 'flag', flag: '--published', text: isoDate(r.published), note };
}

/** Sets aside what no check can take, and refuses a claim no check can run on. */
function requireACheck(r: Reading): void {
  const found = foundWords(r.values, r.used, r.given, r.sources);
  const before = presenceOf(r.values);
  setAsideUnusable(r.values, r.sources, r.used, (field) => r.sources[field]?.from === 'text', r.aside);
  if (canCheck(presenceOf(r.values))) return;
  const setAside = [...r.setAside];
  throw new ClaimTextError((name) =>
    found.length > 0 ? needsMessage(found, nearestNeeds(before), name) : nothingMessage(setAside, name),
  );
}

function fillStart(r: Reading, baseline: ClaimBaseline): Day {
  if (r.values.start !== undefined) return r.values.start;
  const { id, claimant, note } = baseline;
  r.sources.start = { from: 'ledger', id, claimant, used: isoDate(baseline.start), note };
  return baseline.start;
}

/**
 * A time until the force is lost, counted from a day with no count of casualties: the check takes
 * those the rate would have caused by then. The report shows that count and how it was reached.
 */
function showCountAtAsOf(r: Reading, start: Day): void {
  const { values } = r;
  const counted = values.casualties !== undefined || (values.killed !== undefined && values.wounded !== undefined);
  if (values.within === undefined || values.asOf === undefined || values.rate === undefined || counted) return;
  const asOfText = r.sources.asOf?.from === 'text' ? r.sources.asOf.used : isoDate(values.asOf.first);
  const estimate = withinFrom({ start, rate: values.rate, asOf: values.asOf, tolerance: 0 }, undefined, asOfText);
  if (!estimate) return;
  const days = values.asOf.first - start + 1;
  const period = `${days} days from ${isoDate(start)} (day 1) through ${asOfText}`;
  const note = `${statedText(values.rate, 'per-day')} × ${period}`;
  r.sources.casualties = { from: 'rate', used: statedText(estimate.casualties, 'casualties', 0), note };
}

function checkInput(
  values: Partial<FieldValues> & { start: Day },
  sources: ClaimReading['sources'],
): ClaimReading['input'] {
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
