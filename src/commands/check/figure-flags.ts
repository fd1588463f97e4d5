import { DEFAULT_TOLERANCE } from '../../core/figures/verdict.js';
import { UsageError } from '../../errors.js';
import { anyGiven } from '../flag-readings.js';
import { CHECK_FLAGS, type RawCheckFlags } from './flag-names.js';
import type { CheckFlags } from './flags.js';
import { withYears } from './years.js';
import { echo } from '../../core/wording.js';

/**
 * The flags of `check` with figures or `--ledger`: --published refused (it belongs to a claim as
 * text), dates without a year given theirs, the figures and the tolerance validated.
 */
export async function readFigureFlags(
  given: RawCheckFlags,
): Promise<{ raw: RawCheckFlags; readings: string[]; flags: CheckFlags; tolerance: number }> {
  const dated = withYears(given);
  if (given.published !== undefined) {
    throw new UsageError(
      `--published ${echo(given.published)} dates a claim given as text: check "CLAIM" --published DATE`,
    );
  }
  const raw = dated.raw;
  const flags: CheckFlags = anyGiven(raw, CHECK_FLAGS) ? (await import('./flags.js')).readCheckFlags(raw) : {};
  return { raw, readings: dated.readings, flags, tolerance: flags.tolerance ?? DEFAULT_TOLERANCE };
}
