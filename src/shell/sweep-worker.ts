import { parentPort, workerData } from 'node:worker_threads';
import { createBatch, SweepCursor } from '../core/projection/sweep.js';
import { sweepWriter } from '../render/sweep.js';
import { PART_ROWS, type CreditMessage, type PartMessage, type WorkerOrders } from './sweep-stream.js';

/** Inside a worker thread: makes this worker's parts of a sweep, one per credit, in order, reusing buffers. */
export function serve(): void {
  const { job, worker, workers, parts } = workerData as WorkerOrders;
  const port = parentPort!;
  const writer = sweepWriter(job.format, job.grids, job.document, worker !== 0, job.width);
  const cursor = new SweepCursor(job.grids);
  const batch = createBatch();
  const size = PART_ROWS * writer.maxRowBytes;
  const free: ArrayBuffer[] = [];
  let part = worker;
  let credits = 0;
  port.on('message', (message: CreditMessage) => {
    credits += message.credits;
    if (message.buffer !== undefined) free.push(message.buffer);
    for (; credits > 0 && part < parts; credits--, part += workers) {
      const bytes = new Uint8Array(free.pop() ?? new ArrayBuffer(size));
      const chunk = { bytes, length: 0 };
      cursor.seek(part * PART_ROWS);
      for (let left = PART_ROWS; left > 0 && cursor.fill(batch, left) > 0; left -= batch.size)
        writer.rows(batch, 0, chunk);
      const made: PartMessage = { part, buffer: bytes.buffer as ArrayBuffer, length: chunk.length };
      port.postMessage(made, [made.buffer]);
    }
  });
}
