// Paired timing of whole processes: each round runs every contender once, in turn, so that
// a busy machine slows them alike; medians are reported.
import { spawnSync } from 'node:child_process';
import { openSync } from 'node:fs';

const devNull = openSync('/dev/null', 'w');

/** Wall-clock seconds of one run, stdout thrown away; throws when the command fails. */
export function time(command, args, env = process.env) {
  const began = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ['ignore', devNull, 'pipe'], env });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return seconds;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs each contender `rounds` times, alternating; returns the median seconds of each. */
export function paired(contenders, rounds) {
  const seconds = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const names = Object.keys(contenders);
    if (round % 2 === 1) names.reverse();
    for (const name of names) seconds[name].push(contenders[name]());
  }
  return Object.fromEntries(Object.entries(seconds).map(([name, xs]) => [name, median(xs)]));
}

export function has(command, args = ['--version']) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}
