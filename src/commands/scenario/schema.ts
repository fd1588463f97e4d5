import * as z from 'zod/mini';
import { isoDate } from '../../core/dates.js';
import {
  parseDayFlag,
  parseHorizon,
  parsePhase,
  parseReinforcement,
  parseReturnToDuty,
  parseShareOrZero,
} from '../../core/parse/index.js';
import type { ScenarioOptions } from '../../core/projection/scenario.js';
import { flagValue, type FlagsOf } from '../validate.js';
import { echo } from '../../core/wording.js';

/** How each scenario-model flag's text is read (--model is an enum), on the command line and in a scenarios file. */
export const SCENARIO_READERS = {
  phase: parsePhase,
  reinforce: parseReinforcement,
  returnToDuty: parseReturnToDuty,
  killedShare: parseShareOrZero,
  horizon: parseHorizon,
  on: parseDayFlag,
};

export const modelSchema = () =>
  z.enum(['constant', 'decay'], {
    error: (issue) => `${echo(issue.input)} is not a model; expected constant or decay`,
  });

/** The scenario-model flags (see scenario-options.ts) as each command's flag fields. */
export const scenarioFlagFields = {
  phase: () => z.optional(z.array(flagValue(SCENARIO_READERS.phase))),
  reinforce: () => z.optional(z.array(flagValue(SCENARIO_READERS.reinforce))),
  returnToDuty: () => z.optional(flagValue(SCENARIO_READERS.returnToDuty)),
  killedShare: () => z.optional(flagValue(SCENARIO_READERS.killedShare)),
  model: () => z.optional(modelSchema()),
  horizon: () => z.optional(flagValue(SCENARIO_READERS.horizon)),
  on: () => z.optional(flagValue(SCENARIO_READERS.on)),
};

export type ScenarioFlags = FlagsOf<typeof scenarioFlagFields>;

/** The scenario options the flags give, dates as ISO strings; only the options given appear. */
export function scenarioOptions(flags: ScenarioFlags): ScenarioOptions {
  return {
    ...(flags.phase && { phases: flags.phase.map((p) => ({ from: isoDate(p.from), rate: p.rate })) }),
    ...(flags.reinforce && { reinforcements: flags.reinforce.map((r) => ({ on: isoDate(r.on), troops: r.troops })) }),
    ...(flags.returnToDuty && { returnToDuty: flags.returnToDuty }),
    ...(flags.killedShare !== undefined && { killedShare: flags.killedShare }),
    ...(flags.model && { model: flags.model }),
    ...(flags.horizon !== undefined && { horizonDays: flags.horizon }),
    ...(flags.on !== undefined && { on: isoDate(flags.on) }),
  };
}
