import { extractSpec } from './extract.spec.js';
import { projectSpec } from './project.spec.js';
import type { CommandSpec } from './spec.js';

/** Every sub-command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [projectSpec, extractSpec];
