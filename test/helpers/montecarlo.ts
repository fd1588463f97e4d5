import { monteCarlo, type MonteCarloInput } from '../../src/core/projection/montecarlo.js';
import { monteCarloEcho } from '../../src/commands/project/echo.js';
import { monteCarloDocument, type MonteCarloDocument } from '../../src/render/montecarlo.js';

/**
 * The document `attrition project … --samples N --seed S --json` prints for an input (defaults filled in as the CLI
 * does).
 */
export function monteCarloDocumentFor(input: MonteCarloInput & { seed: number }): MonteCarloDocument {
  const { seed, ...run } = input;
  return monteCarloDocument(
    monteCarloEcho(run, { startIsDefault: false, seed, seedIsChosen: false }),
    monteCarlo(input),
  );
}

export const MC_RANGES = {
  force: { low: 11000, high: 12000 },
  rate: { low: 80, high: 92 },
  start: '2024-12-06',
  samples: 20000,
  seed: 7,
};
