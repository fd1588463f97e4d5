import { isoDate, type Day } from '../core/dates.js';
import { DURATION_UNITS, DAYS_PER_UNIT, type DurationUnit } from '../core/figures/vocabulary.js';
import { parseDay } from '../core/parse/days.js';
import { parseWindow } from '../core/parse/periods.js';
import type { DateRef, Figure } from './types.js';
import { modalCues } from './prediction.js';
import { LEDGER_SCHEMA_VERSION, type Claim, type Ledger } from '../core/ledger/ledger.js';
import { claimFigureText, claimWhenText } from '../core/ledger/claim-figures.js';

/** Where a batch of figures was read, and who is taken to have stated them. */
export interface FigureSource {
  /** The document as the ledger names it: a path relative to the ledger. */
  document: string;
  claimant: string;
  published?: Day;
  /** Whose losses the figures count; the ledger's subject when left out. */
  subject?: string;
}

/**
 * A figure not added, and why: already in the ledger (with the id it has there), or not a claim the ledger can hold.
 */
export interface SkippedFigure {
  kind: Figure['kind'];
  text: string;
  span: [number, number];
  reason: string;
  /** The claim already holding this figure, when that is the reason. */
  id?: string;
}

export interface AddedClaims {
  ledger: Ledger;
  added: Claim[];
  skipped: SkippedFigure[];
  /** Whether this addition gave the ledger its baseline (force, rate and start). */
  baselineSet: boolean;
}

/** A ledger with no claims yet; it becomes valid with its first claim. */
export const emptyLedger = (subject: string): Ledger => ({ schemaVersion: LEDGER_SCHEMA_VERSION, subject, claims: [] });

/**
 * The ledger with every figure of one source added as a claim: kind, value or range, qualifier,
 * the date its sentence ties it to, and where it stands in the source. A figure already taken from
 * the same source (same document and span) is skipped, so adding a source twice changes nothing.
 * Ids derive from the document and the span. The baseline is set once the ledger holds a force, a
 * rate and a start day.
 */
export function addClaims(ledger: Ledger, figures: readonly Figure[], source: FigureSource): AddedClaims {
  const present = new Map(
    ledger.claims.filter((c) => c.source.span).map((c) => [spanKey(c.source.document, c.source.span!), c.id]),
  );
  const ids = new Set(ledger.claims.map((c) => c.id));
  const added: Claim[] = [];
  const skipped: SkippedFigure[] = [];
  const subject = source.subject !== undefined && source.subject !== ledger.subject ? source.subject : undefined;
  for (const figure of figures) {
    const skip = (reason: string, id?: string) =>
      skipped.push({ kind: figure.kind, text: figure.text, span: figure.span, reason, ...(id && { id }) });
    const existing = present.get(spanKey(source.document, figure.span));
    if (existing !== undefined) {
      skip('already in the ledger', existing);
      continue;
    }
    const shaped = claimShape(figure);
    if (typeof shaped === 'string') {
      skip(shaped);
      continue;
    }
    const id = uniqueId(`${slug(baseName(source.document))}-${figure.kind}-${figure.span[0]}`, source.document, ids);
    ids.add(id);
    const claim = {
      id,
      ...shaped.head,
      claimant: source.claimant,
      statement: slug(baseName(source.document)),
      source: {
        document: source.document,
        ...(source.published !== undefined && { published: isoDate(source.published) }),
        span: figure.span,
        text: figure.text,
      },
      ...shaped.numbers,
      ...shaped.tail,
      ...datesOf(figure, source.published),
      ...(subject !== undefined && { subject }),
    } as Claim;
    added.push({ ...claim, paraphrase: paraphraseOf(claim), note: noteOf(figure) } as Claim);
  }
  const claims = [...ledger.claims, ...added];
  const baseline = ledger.baseline ?? baselineOf(claims);
  return {
    ledger: { ...ledger, ...(baseline && { baseline }), claims },
    added,
    skipped,
    baselineSet: !ledger.baseline && !!baseline,
  };
}

type Shape = { head: Record<string, unknown>; numbers: Record<string, unknown>; tail: Record<string, unknown> };

/** The kind-specific fields of a figure's claim, or why the ledger cannot hold it. */
function claimShape(figure: Figure): Shape | string {
  if (figure.qualifier === 'vague') return 'a vague amount, with no number to record';
  const qualifier = figure.qualifier === 'nearly' ? 'approximately' : figure.qualifier;
  const head = { kind: figure.kind };
  const numbers = (scale = 1) =>
    figure.value !== undefined
      ? { qualifier, value: figure.value / scale }
      : { qualifier, low: figure.low! / scale, high: figure.high! / scale };
  switch (figure.kind) {
    case 'date':
      return dateShape(figure);
    case 'share':
      return { head, numbers: numbers(), tail: { of: shareBase(figure) } };
    case 'duration': {
      const unit = DURATION_UNITS.find((u) => u === figure.unit);
      if (!unit) return `a duration in ${figure.unit}, which the ledger does not count in`;
      return {
        head,
        numbers: numbers(),
        tail: { unit, marks: isPrediction(figure) ? 'force-lost' : 'counting-period' },
      };
    }
    case 'rate': {
      const [what, period] = figure.unit.split(' per ');
      if (what !== 'casualties') return `a rate of ${what} a ${period}; the ledger's rates are casualties a day`;
      const days = period === 'day' ? 1 : DAYS_PER_UNIT[`${period}s` as DurationUnit];
      if (days === undefined) return `a rate per ${period}, which the ledger cannot turn into a daily rate`;
      return { head, numbers: numbers(days), tail: {} };
    }
    default:
      return { head, numbers: numbers(), tail: {} };
  }
}

/** A date is a claim of its own only when it marks something: the start of losses, or a projected loss. */
function dateShape(figure: Figure): Shape | string {
  const ref = figure.date;
  const when = ref && writtenWindow(ref);
  if (!ref || when === undefined) return 'a date without a year; give --published';
  const starts = ref.relation === 'since' || ref.relation === 'from';
  const marks = starts ? 'losses-begin' : isPrediction(figure) && ref.relation !== 'after' ? 'force-lost' : undefined;
  if (!marks) return 'dates the figures beside it (their asOf); marks no event';
  const qualifier = figure.qualifier === 'nearly' || figure.qualifier === 'vague' ? 'approximately' : figure.qualifier;
  return { head: { kind: 'date' }, numbers: { qualifier, value: when }, tail: { marks } };
}

const isPrediction = (figure: Figure): boolean => modalCues(figure.sentence, []).length > 0;

const FORCE_AFTER_SHARE = new RegExp(
  String.raw`^\s+of\s+(?:the|its|their|an?|all)?\s*(?:[\w,.~-]+\s+){0,4}?` +
    String.raw`(?:troops|soldiers|personnel|force|forces|contingent|men|deployed|sent)\b`,
  'i',
);
/** "a third of the troops" is a share of the force; "a quarter of them killed" one of the casualties. */
function shareBase(figure: Figure): 'force' | 'casualties' {
  if (figure.of) return figure.of;
  const at = figure.sentence.indexOf(figure.text);
  const after = at < 0 ? '' : figure.sentence.slice(at + figure.text.length, at + figure.text.length + 80);
  return FORCE_AFTER_SHARE.test(after) ? 'force' : 'casualties';
}

/** since / asOf from the date the figure's sentence ties it to, when it has a year. */
function datesOf(figure: Figure, published: Day | undefined): Record<string, string> {
  // A running count with no date of its own counts through the day its page was published, as
  // `check --text` reads it.
  const count = figure.kind === 'casualties' || figure.kind === 'killed' || figure.kind === 'wounded';
  const onPublished: Record<string, string> =
    count && published !== undefined && (figure.period === undefined || figure.period === 'cumulative')
      ? { asOf: isoDate(published) }
      : {};
  if (figure.kind === 'date' || !figure.date) return onPublished;
  const when = writtenWindow(figure.date);
  if (when === undefined) return onPublished;
  const relation = figure.date.relation;
  if (relation === 'since' || relation === 'from') return { since: when, ...onPublished };
  if (relation === 'before' || relation === 'after') return {};
  // "at 90 a day the force could be spent by May": a date of projected loss, not the day of the count.
  if ((relation === 'by' || relation === 'until') && isPrediction(figure)) return {};
  return { asOf: when };
}

/** A day as YYYY-MM-DD, a period as its label, when the ledger can read it back. */
function writtenWindow(ref: DateRef): string | undefined {
  if (ref.first === undefined || ref.last === undefined) return undefined;
  if (ref.first === ref.last && parseDay(ref.first).ok) return ref.first;
  return parseWindow(ref.label).ok ? ref.label : undefined;
}

/** "casualties about 4,000, as of mid-January 2025, in kursk.html": the claim in words, for the listing. */
function paraphraseOf(claim: Claim): string {
  const what =
    claim.kind === 'date'
      ? `date ${claimFigureText(claim)} (${claim.marks})`
      : `${claim.kind} ${claimFigureText(claim)}`;
  const when = claimWhenText(claim);
  const who = claim.claimant === 'unknown' ? 'An unnamed source' : claim.claimant;
  return `${who}: ${what}${when ? `, ${when}` : ''} (read from ${claim.source.document}).`;
}

const MAX_SENTENCE = 300;

function noteOf(figure: Figure): string {
  const sentence = figure.sentence.replace(/\s+/g, ' ').trim();
  const cut = sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1)}…` : sentence;
  return `Read by attrition claims add from: ${cut}`;
}

/** The ledger's first force, rate and start day, when it has all three. */
function baselineOf(claims: readonly Claim[]): Ledger['baseline'] {
  const force = claims.find((c) => c.kind === 'force' && c.value !== undefined);
  const rate = claims.find((c) => c.kind === 'rate');
  const start = claims.find(
    (c) => c.kind === 'date' && c.marks === 'losses-begin' && typeof c.value === 'string' && parseDay(c.value).ok,
  );
  return force && rate && start ? { force: force.id, rate: rate.id, start: start.id } : undefined;
}

const spanKey = (document: string, span: readonly [number, number]): string => `${document}\u0000${span[0]}:${span[1]}`;

/** The document's file name without its folder or extension: "pages/briefing.html" → "briefing". */
const baseName = (document: string): string => (document.split(/[\\/]/).pop() ?? document).replace(/\.[^.]*$/, '');

/** Lower-case words joined by hyphens, as ledger ids are written. */
export function slug(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 40).replace(/-+$/, '') || 'source';
}

/** The id, or the id with a short hash of the document when another source already took it. */
function uniqueId(id: string, document: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const hashed = `${id}-${hash(document)}`;
  let candidate = hashed;
  for (let n = 2; taken.has(candidate); n++) candidate = `${hashed}-${n}`;
  return candidate;
}

/** FNV-1a, base 36: short and stable. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
