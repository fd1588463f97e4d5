/**
 * The vocabulary shared by the seeds ledger, `attrition check` and `attrition extract`: what kind
 * of figure a claim is, and how exactly it was stated.
 */
export const CLAIM_KINDS = ['force', 'casualties', 'killed', 'wounded', 'rate', 'share', 'duration', 'date'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Kinds whose figure is a count of people (a rate counts people a day). */
export const COUNT_KINDS = ['force', 'casualties', 'killed', 'wounded', 'rate'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

/**
 * exact: "300"; approximately: "about 12,000"; at-least: "at least 100", "100+"; more-than:
 * "more than 10,000"; up-to: "up to 1,000"; range: "80 to 90".
 */
export const QUALIFIERS = ['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The losses a count or a share counts: killed and wounded together, or one of them. */
export const LOSS_KINDS = ['casualties', 'killed', 'wounded'] as const;
export type LossKind = (typeof LOSS_KINDS)[number];

/** What a share is a share of. */
export const SHARE_BASES = ['force', 'casualties'] as const;
export type ShareBase = (typeof SHARE_BASES)[number];

export const DURATION_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Calendar months and years vary; a duration counts them at their Gregorian average length. */
export const DAYS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  days: 1,
  weeks: 7,
  months: 365.2425 / 12,
  years: 365.2425,
};

/**
 * What a date marks: when losses are counted from, the first fighting, the peak, a withdrawal, or
 * the day the whole force would be lost (a projection).
 */
export const DATE_MARKS = ['losses-begin', 'first-combat', 'peak-fighting', 'withdrawal', 'force-lost'] as const;
export type DateMark = (typeof DATE_MARKS)[number];

/**
 * What a duration measures: the time left until the force is lost (counted from `since`), or the
 * span a statement's losses were counted over (ending at `asOf`).
 */
export const DURATION_MARKS = ['force-lost', 'counting-period'] as const;
export type DurationMark = (typeof DURATION_MARKS)[number];

/**
 * What a count covers: every loss so far (cumulative, the default), the losses of one day, week or
 * month (period), or of one battle or assault (engagement). Only cumulative counts are compared
 * with each other over time.
 */
export const CLAIM_SCOPES = ['cumulative', 'period', 'engagement'] as const;
export type ClaimScope = (typeof CLAIM_SCOPES)[number];
