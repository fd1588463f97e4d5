import { main } from './main.js';
import { fdOutput, readerGone } from './shell/fd-output.js';
import type { Io, Output } from './shell/io.js';

export { main };
/** The commands, for the build: it makes each one's code caches (scripts/warm-up.js). */
export { COMMANDS } from './commands/registry.js';

/** A reader that goes away (`| head -1`) is not an error: stop writing and end quietly. */
const endQuietly = (): never => process.exit(process.exitCode ?? 0);

function stdoutStream(): Output {
  const stdout = process.stdout;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (readerGone(error.code)) endQuietly();
    throw error;
  });
  return stdout;
}

/** The shell around main(): the real process, EPIPE handling, and the exit code. */
export async function run(): Promise<void> {
  const stdin = {
    get isTTY() {
      return process.stdin.isTTY === true;
    },
    async bytes() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    chunks: () => process.stdin as AsyncIterable<Uint8Array>,
    async text() {
      return new TextDecoder().decode(await this.bytes());
    },
  };
  const io: Io = {
    stdout: fdOutput(1, stdoutStream, endQuietly),
    stderr: fdOutput(
      2,
      () => process.stderr,
      () => undefined,
    ),
    stdin,
    env: process.env,
  };
  process.exitCode = await main(process.argv.slice(2), io);
}

/** The entry point of a worker thread formatting part of a large sweep (loaded only there). */
export const sweepWorker = async (): Promise<void> => (await import('./shell/sweep-worker.js')).serve();
