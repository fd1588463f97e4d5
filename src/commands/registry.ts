import { backtestSpec } from './backtest/definition.js';
import { checkSpec } from './check/definition.js';
import { claimsSpec } from './claims/definition.js';
import { fitSpec } from './fit/definition.js';
import { extractSpec } from './extract/definition.js';
import { projectSpec } from './project/definition.js';
import type { CommandSpec } from './command-definition.js';
import { sweepSpec } from './sweep/definition.js';

/** Every sub-command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [projectSpec, sweepSpec, checkSpec, claimsSpec, extractSpec, fitSpec, backtestSpec];
