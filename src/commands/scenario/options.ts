import type { Command } from 'commander';

const collect = (value: string, previous?: string[]): string[] => [...(previous ?? []), value];

/** The scenario-model flags, the same for project, Monte Carlo runs and sweep. Loaded with the specs: keep it light. */
export function withScenarioOptions(command: Command): Command {
  return command
    .option(
      '--phase <date=rate>',
      'from DATE on, RATE a day until the next phase; 0 = off the line (repeatable)',
      collect,
    )
    .option('--reinforce <date=n>', 'N troops join the force on DATE (repeatable)', collect)
    .option(
      '--return-to-duty <share[@days]>',
      'that share of casualties rejoins DAYS after being hit (default 20 days). For scale: US planning data ' +
        '(HERO, 1986) had about 75 of 100 casualties back within 20 days',
    )
    .option(
      '--killed-share <share>',
      'the share of casualties killed; the wounded rest return after 20 days (instead of --return-to-duty)',
    )
    .option(
      '--model <model>',
      'constant (the rate is troops a day) or decay (losses shrink with the force; needs --threshold below 100%)',
    )
    .option('--horizon <duration>', 'how far a stepped scenario is simulated: 10 years (default), 18 months, 400 days')
    .option('--on <date>', 'also report the strength at the end of this day');
}
