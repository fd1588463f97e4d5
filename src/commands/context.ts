import type { Io } from '../shell/io.js';
import type { Style } from '../render/style.js';

/** What every command receives from the shell. */
export interface CommandContext {
  io: Io;
  style: Style;
  json: boolean;
  /** The columns human reports fit: the terminal's (40 to 100), 80 when not a terminal. */
  width: number;
}
