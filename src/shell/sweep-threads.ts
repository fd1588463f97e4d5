import { availableParallelism, cpus, loadavg } from 'node:os';

/** The most worker threads a sweep starts. */
const MOST_WORKERS = 4;

/**
 * How many threads format a large sweep when ATTRITION_THREADS does not say: the cores this
 * process may use that the machine's recent load leaves free, up to four; one (this thread alone)
 * when fewer than two are free. One thread writes a CSV sweep more than twice as fast as mawk by
 * itself; workers add their start-up and the copying of their parts, and on cores other programs
 * keep busy they only slow it down (on a loaded 2-core machine: 0.5–0.9 s with one thread against
 * 0.7–1.8 s with two workers for 3,000,000 rows).
 */
export function sweepThreads(): number {
  const cores = availableParallelism();
  const busyShare = Math.min(1, loadavg()[0]! / Math.max(1, cpus().length));
  const free = Math.floor(cores * (1 - busyShare));
  return free >= 2 ? Math.min(free, MOST_WORKERS) : 1;
}
