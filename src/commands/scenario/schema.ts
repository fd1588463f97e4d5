import * as z from 'zod/mini';
import { isoDate } from '../../core/dates.js';
import { parseDayFlag } from '../flag-kinds.js';
import { parseHorizon } from '../../core/parse/durations.js';
import { parsePhase, parseReinforcement } from '../../core/parse/phases.js';
import { parseReturnToDuty, parseShareOrZero } from '../../core/parse/shares.js';
import type { ScenarioOptions } from '../../core/projection/scenario.js';
import type { FlagsOf } from '../flag-table.js';
import type { SCENARIO_FLAGS } from './options.js';

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
    error: (issue) => `${JSON.stringify(issue.input)} is not a model; expected constant or decay`,
  });

export type ScenarioFlags = FlagsOf<typeof SCENARIO_FLAGS>;

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
