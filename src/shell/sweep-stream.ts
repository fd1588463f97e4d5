import { Worker } from 'node:worker_threads';
import { createBatch, SweepCursor, type SweepGrid } from '../core/projection/sweep.js';
import type { Output } from './io.js';
import { sweepThreads } from './sweep-threads.js';
import { sweepWriter, type ByteChunk, type SweepFormat } from '../render/sweep.js';

/** Everything needed to make a sweep's bytes, in this thread or another (plain data: it is copied to workers). */
export interface SweepJob {
  format: SweepFormat;
  grids: SweepGrid[];
  document: { input: unknown; count: number };
  /** The width a table is fitted to (other formats have none). */
  width?: number;
}

/** Rows are handed to stdout in chunks of this many bytes. */
const CHUNK_BYTES = 1 << 16;
/** A sweep this large is formatted by worker threads when there are cores to spare. */
export const PARALLEL_ROWS = 1 << 19;
/** Rows in each part a worker formats; parts are written in order. */
export const PART_ROWS = 1 << 13;
/**
 * A worker's live heap is a few megabytes; a small old generation makes V8 collect its garbage
 * (the text of each row's days) early instead of letting every worker's heap grow to its default.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 };
/** Parts each worker may have made and not yet seen written: bounds memory whatever the sweep's size. */
const PARTS_AHEAD = 2;

/**
 * Writes a sweep: in worker threads when it is large and the bundle can start them, here otherwise.
 * `threadsWanted` overrides the number of cores used (ATTRITION_THREADS; 1 keeps everything here).
 */
export async function streamSweep(out: Output, job: SweepJob, threadsWanted?: number): Promise<void> {
  const threads = threadsWanted ?? (job.document.count >= PARALLEL_ROWS ? sweepThreads() : 1);
  // Built, this module is in a bundle beside dist/cli.cjs, whose sweepWorker() a worker runs.
  const bundle = typeof __dirname === 'string' && __filename.endsWith('.cjs') ? `${__dirname}/cli.cjs` : null;
  if (bundle !== null && threads > 1 && job.format !== 'table' && job.document.count >= PARALLEL_ROWS) {
    return streamInParallel(out, job, threads, bundle);
  }
  return streamHere(out, job);
}

/**
 * Writes the rows in chunks of bytes, waiting whenever stdout says its buffer is full. A chunk is
 * reused once stdout has handed it on, so a sweep of any size runs in a few chunks of memory.
 */
export async function streamHere(out: Output, job: SweepJob): Promise<void> {
  const writer = sweepWriter(job.format, job.grids, job.document, false, job.width);
  const cursor = new SweepCursor(job.grids);
  const batch = createBatch();
  const free: Uint8Array[] = [];
  const fresh = (): ByteChunk => ({ bytes: free.pop() ?? new Uint8Array(CHUNK_BYTES), length: 0 });
  const sendChunk = async (chunk: ByteChunk) => {
    await send(out, chunk.bytes.subarray(0, chunk.length), () => free.push(chunk.bytes));
  };
  let chunk = fresh();
  await send(out, writer.head());
  while (cursor.fill(batch) > 0) {
    for (let row = 0; (row = writer.rows(batch, row, chunk)) < batch.size; ) {
      await sendChunk(chunk);
      chunk = fresh();
    }
  }
  await sendChunk(chunk);
  await send(out, writer.tail());
}

/** What a worker is told: the job, which parts are its own (part, part + workers, …) and how many there are. */
export interface WorkerOrders {
  job: SweepJob;
  worker: number;
  workers: number;
  parts: number;
}

/** A part made by a worker. */
export interface PartMessage {
  part: number;
  buffer: ArrayBuffer;
  length: number;
}

/** Leave to make more parts, with a buffer to reuse once its bytes have been written. */
export interface CreditMessage {
  credits: number;
  buffer?: ArrayBuffer;
}

/**
 * The same bytes as streamHere, made by worker threads: the rows are cut into parts of PART_ROWS,
 * dealt out in turn, and written in order. A worker makes a part only with a credit, and gets one
 * back (with the part's buffer) once that part has been written, so memory stays bounded however
 * large the sweep and however slow the reader.
 */
async function streamInParallel(out: Output, job: SweepJob, threads: number, bundle: string): Promise<void> {
  const parts = Math.ceil(job.document.count / PART_ROWS);
  const workerCount = Math.min(threads, parts);
  const code = `require(${JSON.stringify(bundle)}).sweepWorker()`;
  await send(out, sweepWriter(job.format, job.grids, job.document, false, job.width).head());
  const workers = Array.from(
    { length: workerCount },
    (_, worker) =>
      new Worker(code, {
        eval: true,
        resourceLimits: WORKER_LIMITS,
        workerData: { job, worker, workers: workerCount, parts } satisfies WorkerOrders,
      }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const made = new Map<number, Uint8Array>();
      let next = 0;
      let written = 0;
      const writeInOrder = () => {
        for (let bytes = made.get(next); bytes !== undefined; bytes = made.get(next)) {
          made.delete(next);
          const worker = workers[next % workerCount]!;
          out.write(bytes, () => {
            const credit: CreditMessage = { credits: 1, buffer: bytes.buffer as ArrayBuffer };
            worker.postMessage(credit, [credit.buffer!]);
            if (++written === parts) resolve();
          });
          next++;
        }
      };
      for (const worker of workers) {
        worker.on('message', (message: PartMessage) => {
          made.set(message.part, new Uint8Array(message.buffer, 0, message.length));
          writeInOrder();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && next < parts) reject(new Error(`a sweep worker stopped with exit code ${code}`));
        });
        worker.postMessage({ credits: PARTS_AHEAD } satisfies CreditMessage);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  await send(out, sweepWriter(job.format, job.grids, job.document, false, job.width).tail());
}

let sentSinceYield = 0;

async function send(out: Output, data: string | Uint8Array, done?: () => void): Promise<void> {
  if (data.length === 0) {
    done?.();
    return;
  }
  if (!out.write(data, done) && out.once) {
    await new Promise<void>((resolve) => out.once!('drain', () => resolve()));
    sentSinceYield = 0;
  } else if (++sentSinceYield >= 64) {
    // Let pending events (such as a reader that has gone away) through now and then.
    sentSinceYield = 0;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
