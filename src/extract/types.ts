import type { LossKind } from '../core/figures/vocabulary.js';
import type { Day } from '../core/dates.js';
import {
  CLAIM_KINDS,
  QUALIFIERS as STATED_QUALIFIERS,
  type ClaimKind,
  type ShareBase,
} from '../core/figures/vocabulary.js';

/**
 * The ledger's kinds (extract and check speak of the same things), plus reinforcements: troops sent
 * to join a force already there ("an additional 3,000 troops were sent"), counted apart from it.
 */
export const FIGURE_KINDS = [...CLAIM_KINDS, 'reinforcement'] as const;
export type FigureKind = ClaimKind | 'reinforcement';

/**
 * What stretch of time a count covers when the text says: one day's, week's or month's losses
 * ("lost 1,240 in the past day") or the running total ("taking the total to 403,720").
 */
export type CountPeriod = 'day' | 'week' | 'month' | 'cumulative';

/** What a share counts: losses of one kind, or the troops a share of the casualties makes up. */

/** The ledger's qualifiers, plus two that only running text has: "nearly 4,000" and "dozens" (vague, no number). */
export const FIGURE_QUALIFIERS = [...STATED_QUALIFIERS, 'nearly', 'vague'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** How a figure stands to its date: "by mid-April", "since early December", "as of 13 January". */
export type DateRelation = 'on' | 'in' | 'by' | 'since' | 'from' | 'until' | 'as-of' | 'before' | 'after';

/** A day or a period named in the text. */
export interface DateRef {
  /** The window's first and last days (YYYY-MM-DD); absent when no year is given or can be inferred. */
  first?: string;
  last?: string;
  /** "16 January 2025", "mid-April 2025", "late October to early November 2024"; no year when unknown. */
  label: string;
  /** The word that ties it to its figure, when the text has one. */
  relation?: DateRelation;
}

/**
 * One figure found in a text. A number has `value`; a range has `low` and `high`; a vague amount
 * ("dozens", "a few hundred") has neither and the qualifier `vague`. Shares are fractions (50 % → 0.5).
 * A figure of kind `date` carries its window in `date`; other figures carry there the date or period
 * their sentence ties them to, when it names one.
 */
export interface Figure {
  kind: FigureKind;
  value?: number;
  low?: number;
  high?: number;
  qualifier: FigureQualifier;
  /** troops, casualties, killed, wounded, casualties per day, share, weeks, date, … */
  unit: string;
  date?: DateRef;
  /** The day the statement holding the figure was made ("an official said on 20 January"), when the text says. */
  stated?: DateRef;
  /** One period's count or the cumulative total, when the text says which. */
  period?: CountPeriod;
  /** A share: what it is a share of ("a third of the troops": the force; "two-thirds of them died": the casualties). */
  of?: ShareBase;
  /** A share: the kind of what it counts ("half of the casualties were killed": killed). */
  counts?: LossKind;
  /** A share: the span of its base figure, when the text gives it ("half of the 4,000 casualties"). */
  base?: [number, number];
  /** [start, end) in the input, in UTF-16 code units (JavaScript string indices). */
  span: [number, number];
  /** The input's text at `span`. */
  text: string;
  /** The sentence the figure stands in. */
  sentence: string;
}

export interface ExtractOptions {
  /** The day the text was published: months and days without a year are resolved against it. */
  published?: Day;
  /**
   * The day losses are taken to have begun. With neither `published` nor a date with a year in the
   * text, a "since" or "from" date takes the year that puts it nearest this day, and any other
   * year-less date the first year in which it ends on or after it: a claim's dates follow the start.
   */
  baseline?: Day;
}
