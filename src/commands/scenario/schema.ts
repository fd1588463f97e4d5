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
import { flagValue } from '../validate.js';

/** How each scenario-model flag's text is read (--model is an enum), on the command line and in a scenarios file. */
export const SCENARIO_READERS = {
  phase: parsePhase,
  reinforce: parseReinforcement,
  returnToDuty: parseReturnToDuty,
  killedShare: parseShareOrZero,
  horizon: parseHorizon,
  on: parseDayFlag,
};

export const MODEL_SCHEMA = z.enum(['constant', 'decay'], {
  error: (issue) => `${JSON.stringify(issue.input)} is not a model; expected constant or decay`,
});

/** The zod fields of the scenario-model flags (see scenario-options.ts), for each command's schema. */
export const scenarioFlagFields = {
  phase: z.optional(z.array(flagValue(SCENARIO_READERS.phase))),
  reinforce: z.optional(z.array(flagValue(SCENARIO_READERS.reinforce))),
  returnToDuty: z.optional(flagValue(SCENARIO_READERS.returnToDuty)),
  killedShare: z.optional(flagValue(SCENARIO_READERS.killedShare)),
  model: z.optional(MODEL_SCHEMA),
  horizon: z.optional(flagValue(SCENARIO_READERS.horizon)),
  on: z.optional(flagValue(SCENARIO_READERS.on)),
};

const scenarioFlagsSchema = z.object(scenarioFlagFields);
export type ScenarioFlags = z.infer<typeof scenarioFlagsSchema>;

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
