import { main } from './main.js';

export { main };
import type { Io } from './shell/io.js';

/** The shell around main(): the real process, EPIPE handling, and the exit code. */
export async function run(): Promise<void> {
  const stdout = process.stdout;
  // A reader that goes away (`| head -1`) is not an error: stop writing and end quietly.
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const stdin = {
    get isTTY() {
      return process.stdin.isTTY === true;
    },
    async bytes() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async text() {
      return new TextDecoder().decode(await this.bytes());
    },
  };
  const io: Io = { stdout, stderr: process.stderr, stdin, env: process.env };
  process.exitCode = await main(process.argv.slice(2), io);
}

/** The entry point of a worker thread formatting part of a large sweep (loaded only there). */
export const sweepWorker = async (): Promise<void> => (await import('./shell/sweep-worker.js')).serve();
