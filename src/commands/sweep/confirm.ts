/** Above this many rows a sweep asks for --yes rather than start a run no one meant. */
export const CONFIRM_ROWS = 100_000_000;
