import { parentPort, workerData } from 'node:worker_threads';
import { createBatch, SweepCursor } from '../core/sweep.js';
import { sweepWriter } from '../render/sweep.js';
import { PART_ROWS, type CreditMessage, type PartMessage, type WorkerOrders } from './sweep-stream.js';

/** Inside a worker thread: makes this worker's parts of a sweep, one per credit, in order. */
export function serve(): void {
  const { job, worker, workers, parts } = workerData as WorkerOrders;
  const port = parentPort!;
  const writer = sweepWriter(job.format, job.grids, job.document, worker !== 0);
  const cursor = new SweepCursor(job.grids);
  const batch = createBatch();
  let part = worker;
  let credits = 0;
  port.on('message', (message: CreditMessage) => {
    credits += message.credits;
    for (; credits > 0 && part < parts; credits--, part += workers) {
      const bytes = new Uint8Array(PART_ROWS * writer.maxRowBytes);
      const chunk = { bytes, length: 0 };
      cursor.seek(part * PART_ROWS);
      for (let left = PART_ROWS; left > 0 && cursor.fill(batch, left) > 0; left -= batch.size) writer.rows(batch, 0, chunk);
      port.postMessage({ part, buffer: bytes.buffer, length: chunk.length } satisfies PartMessage, [bytes.buffer]);
    }
  });
}
