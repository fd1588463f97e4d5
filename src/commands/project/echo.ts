import type { MonteCarloInput } from '../../core/projection/montecarlo.js';
import type { ScenarioInput } from '../../core/projection/scenario.js';
import type { MonteCarloEcho } from '../../render/montecarlo.js';
import type { ProjectEcho } from '../../render/project.js';

/**
 * The input `project --json` echoes: the library's input with its defaults filled in, in the
 * document's order (the figures, then the scenario options given).
 */
export function projectEcho(input: ScenarioInput, startIsDefault: boolean): ProjectEcho {
  const { force, rate, start, threshold, casualties, asOf, ...scenario } = input;
  return {
    force,
    rate,
    start,
    startIsDefault,
    threshold: threshold ?? 1,
    casualties: casualties ?? null,
    asOf: asOf ?? null,
    ...scenario,
  };
}

/** How a Monte Carlo run was started: the defaults and the seed, which its input does not say. */
export interface MonteCarloRun {
  startIsDefault: boolean;
  seed: number;
  seedIsChosen: boolean;
}

/** The input `project --samples N --json` echoes, in the document's order. */
export function monteCarloEcho(input: MonteCarloInput, run: MonteCarloRun): MonteCarloEcho {
  const { force, rate, start, threshold, casualties, asOf, samples, dist, by, ...scenario } = input;
  return {
    force,
    rate,
    start,
    startIsDefault: run.startIsDefault,
    threshold: threshold ?? 1,
    casualties: casualties ?? null,
    asOf: asOf ?? null,
    samples,
    seed: run.seed,
    seedIsChosen: run.seedIsChosen,
    dist: dist ?? 'uniform',
    by: by ?? null,
    ...scenario,
  };
}
