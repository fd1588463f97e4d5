import { checkSpec } from './check.spec.js';
import { claimsSpec } from './claims.spec.js';
import { fitSpec } from './fit.spec.js';
import { extractSpec } from './extract.spec.js';
import { projectSpec } from './project.spec.js';
import type { CommandSpec } from './spec.js';
import { sweepSpec } from './sweep.spec.js';

/** Every sub-command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [projectSpec, sweepSpec, checkSpec, claimsSpec, extractSpec, fitSpec];
