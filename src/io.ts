/** A place text goes: process.stdout in the shell, a string buffer in tests. */
export interface Output {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Where piped text comes from: process.stdin in the shell, a fixed text in tests. */
export interface Input extends AsyncIterable<string | Uint8Array> {
  isTTY?: boolean;
}

/** Everything the CLI needs from the outside world, passed in so tests can fake it. */
export interface Io {
  stdout: Output;
  stderr: Output;
  /** Absent: nothing can be piped in, as on a terminal. */
  stdin?: Input;
  env: Readonly<Record<string, string | undefined>>;
}

/** An Output that keeps what is written, for tests and for in-process callers. */
export function bufferOutput(isTTY = false): Output & { text(): string } {
  const chunks: string[] = [];
  return {
    isTTY,
    write(chunk: string) {
      chunks.push(chunk);
      return true;
    },
    text: () => chunks.join(''),
  };
}
