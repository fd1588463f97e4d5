import { main } from './main.js';
import type { Io } from './io.js';

/** The shell around main(): the real process, EPIPE handling, and the exit code. */
export async function run(): Promise<void> {
  const stdout = process.stdout;
  // A reader that goes away (`| head -1`) is not an error: stop writing and end quietly.
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: Io = { stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  process.exitCode = await main(process.argv.slice(2), io);
}
