import { monteCarlo, type MonteCarloInput } from '../../src/core/projection/montecarlo.js';
import { monteCarloDocument, type MonteCarloDocument } from '../../src/render/montecarlo.js';

/** The document `attrition project … --samples N --seed S --json` prints for an input (defaults filled in as the CLI does). */
export function monteCarloDocumentFor(input: MonteCarloInput & { seed: number }): MonteCarloDocument {
  const result = monteCarlo(input);
  return monteCarloDocument(
    {
      force: input.force,
      rate: input.rate,
      start: input.start,
      startIsDefault: false,
      threshold: input.threshold ?? 1,
      casualties: input.casualties ?? null,
      asOf: input.asOf ?? null,
      samples: input.samples,
      seed: input.seed,
      seedIsChosen: false,
      dist: input.dist ?? 'uniform',
      by: input.by ?? null,
    },
    result,
  );
}

export const MC_RANGES = { force: { low: 11000, high: 12000 }, rate: { low: 80, high: 92 }, start: '2024-12-06', samples: 20000, seed: 7 };
