import { isoDate } from '../../core/dates.js';
import type { ScenarioOptions } from '../../core/projection/scenario.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';

/** The scenario-model flags, the same for project, Monte Carlo runs and sweep (a scenarios file reads them too). */
export const SCENARIO_FLAGS = {
  phase: {
    value: '<date=rate>',
    help: 'from DATE on, RATE a day until the next phase; 0 = off the line (repeatable)',
    example: '2025-01-17=0',
    repeatable: true,
    read: (r) => r.phase(),
  },
  reinforce: {
    value: '<date=n>',
    help: 'N troops join the force on DATE (repeatable)',
    example: '2025-02-07=3000',
    repeatable: true,
    read: (r) => r.reinforcement(),
  },
  returnToDuty: {
    value: '<share[@days]>',
    help:
      'that share of casualties rejoins DAYS after being hit (default 20 days). For scale: US planning data ' +
      '(HERO, 1986) had about 75 of 100 casualties back within 20 days',
    example: '75%@20',
    read: (r) => r.returnToDuty(),
  },
  killedShare: {
    value: '<share>',
    help: 'the share of casualties killed; the wounded rest return after 20 days (instead of --return-to-duty)',
    example: '25%',
    read: (r) => r.killedShare(),
  },
  model: {
    value: '<model>',
    help: 'constant (the rate is troops a day) or decay (losses shrink with the force; needs --threshold below 100%)',
    example: 'decay',
    read: (r) => r.model(),
  },
  horizon: {
    value: '<duration>',
    help: 'how far a stepped scenario is simulated: 10 years (default), 18 months, 400 days',
    example: '18 months',
    read: (r) => r.horizon(),
  },
  on: {
    value: '<date>',
    help: 'also report the strength at the end of this day',
    example: '2025-03-01',
    read: (r) => r.scenarioDay(),
  },
} as const satisfies FlagTable;

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
