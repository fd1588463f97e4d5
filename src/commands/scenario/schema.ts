import * as z from 'zod/mini';
import { echo } from '../../core/wording.js';
import { parseDayFlag } from '../flag-kinds.js';
import { parseHorizon } from '../../core/parse/durations.js';
import { parsePhase, parseReinforcement } from '../../core/parse/phases.js';
import { parseReturnToDuty, parseShareOrZero } from '../../core/parse/shares.js';

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
