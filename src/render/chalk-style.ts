import { Chalk } from 'chalk';
import type { ColorLevel, Style } from './style.js';

/** A Style drawn with chalk at a level the shell decided. Loaded only when colour is on. */
export function chalkStyle(level: Exclude<ColorLevel, 0>): Style {
  const chalk = new Chalk({ level });
  return {
    strong: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    heading: (t) => chalk.bold.underline(t),
    good: (t) => chalk.green(t),
    warn: (t) => chalk.yellow(t),
    bad: (t) => chalk.red(t),
  };
}
