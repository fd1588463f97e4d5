import type { Stated } from '../core/figures/amount.js';
import type { CheckField } from '../core/check/run-checks.js';
import type { Day, Window } from '../core/dates.js';
import type { StatedDuration } from '../core/parse/durations.js';
import type { Figure, FigureKind } from './types.js';

/** The figure each of `check`'s inputs takes, read. */
export interface FieldValues {
  force: Stated;
  rate: Stated;
  start: Day;
  casualties: Stated;
  killed: Stated;
  wounded: Stated;
  asOf: Window;
  by: Window;
  within: StatedDuration;
}

/** Figures given as flags beside the text, already read; `text` is the value as typed. */
export type GivenFigures = { [F in CheckField]?: { value: FieldValues[F]; text: string } };

/** Where a figure the check used came from; `used` is how the check writes it. */
export type Source =
  | { from: 'text'; text: string; span: [number, number]; used: string; note?: string }
  | { from: 'flag'; flag: string; text: string; note?: string }
  | { from: 'ledger'; id: string; claimant: string; used: string; note: string }
  /** Worked out from the other figures: "about 3,864" casualties from the rate and the days. */
  | { from: 'rate'; used: string; note: string };

/** A figure found in the text that the check does not use, and why. */
export interface SetAside {
  kind: FigureKind;
  text: string;
  span: [number, number];
  reason: string;
}

/** The ledger's start of losses: the day a claim's losses count from when it names none. */
export interface ClaimBaseline {
  start: Day;
  id: string;
  claimant: string;
  note: string;
}

/** A figure of the text read as one of `check`'s inputs. */
export interface Candidate {
  field: CheckField;
  value: FieldValues[CheckField];
  figure: Figure;
  /** How the check writes it: "12,000", "92 a day", "mid-April 2025". */
  used: string;
  note?: string;
  /** Among dates of one role: "by", "until", "before", "as of" outrank "in", which outranks "on". */
  tier: number;
  /** A date whose year the text left out. */
  inferredYear?: boolean;
}

/** A candidate, or the reason the figure is set aside. */
export type Reading = Candidate | { aside: string };
