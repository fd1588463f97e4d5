import { bufferOutput, type Input } from '../../src/shell/io.js';
import { main } from '../../src/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs attrition in-process with a fake terminal; `stdin` is text piped in (none: a terminal). */
export async function cli(
  args: string[],
  options: { env?: Record<string, string | undefined>; isTTY?: boolean; stdin?: string; columns?: number } = {},
): Promise<CliRun> {
  // A terminal of `columns` columns: reports are fitted to its width (colour stays off with NO_COLOR).
  const stdout =
    options.columns === undefined
      ? bufferOutput(options.isTTY ?? false)
      : Object.assign(bufferOutput(true), { columns: options.columns });
  const stderr = bufferOutput(options.isTTY ?? false);
  const piped = options.stdin ?? '';
  const stdin: Input = {
    isTTY: options.stdin === undefined,
    bytes: async () => Buffer.from(piped, 'utf8'),
    text: async () => piped,
  };
  const env = options.env ?? (options.columns === undefined ? {} : { NO_COLOR: '1' });
  const code = await main(args, { stdout, stderr, stdin, env });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs attrition with --json and parses the document. */
export async function cliJson<T = any>(args: string[]): Promise<T> {
  const run = await cli([...args, '--json']);
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** Asserts a usage error: exit 2, nothing on stdout, one line on stderr whose message matches. */
export function expectOneLineError(run: CliRun, expected: RegExp): void {
  if (run.code !== 2 || run.stdout !== '' || !/^attrition: [^\n]*\n$/.test(run.stderr)) {
    throw new Error(
      `expected exit 2 with one line on stderr, got exit ${run.code}, ` +
        `stdout ${JSON.stringify(run.stdout.slice(0, 200))}, stderr ${JSON.stringify(run.stderr)}`,
    );
  }
  const message = run.stderr.slice('attrition: '.length, -1);
  if (!expected.test(message)) throw new Error(`stderr ${JSON.stringify(message)} does not match ${expected}`);
}

/** A report with its wrapped lines joined again: a line indented 4 or more past a line of text goes on from it. */
export const unwrap = (text: string): string => text.replace(/\n {4,}(?=\S)/g, ' ');
