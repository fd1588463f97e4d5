// Paired timing: run A and B alternately so both see the same machine state, and report the
// median and spread of the ratios A/B. Absolute times on a shared machine are noise; ratios of
// neighbouring runs are not.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc/self/stat (Linux;
 * null elsewhere). It ticks in hundredths of a second: summed over many runs it is exact to about
 * one per cent, and unlike wall time it does not grow when other programs share the cores.
 */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/**
 * Runs a command to completion; returns wall time in ms, CPU time in ms (null where unknown) and
 * its output. Other exit codes than `codes` throw.
 */
export function timeRun(command, { input, shell = false, codes = [0] } = {}) {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const run = shell
    ? spawnSync('/bin/sh', ['-c', command], { input, maxBuffer: 1 << 30 })
    : spawnSync(command[0], command.slice(1), { input, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!codes.includes(run.status)) {
    throw new Error(
      `${shell ? command : command.join(' ')} exited ${run.status}: ${run.stderr?.toString().slice(0, 300)}`,
    );
  }
  const cpuAfter = childrenCpuMs();
  return { ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, stdout: run.stdout };
}

export function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Median and interquartile range of the ratios a/b over `pairs` pairs after `warmup` pairs. */
export function pairedRatio(runA, runB, { pairs = 10, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) {
    runA();
    runB();
  }
  const ratios = [];
  const a = [];
  const b = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const [ta, tb] = i % 2 === 0 ? [runA(), runB()] : [runB(), runA()].reverse();
    a.push(ta);
    b.push(tb);
    ratios.push(ta / tb);
  }
  const sorted = (xs) => xs.slice().sort((x, y) => x - y);
  const r = sorted(ratios);
  return {
    median: quantile(r, 0.5),
    q1: quantile(r, 0.25),
    q3: quantile(r, 0.75),
    aMs: quantile(sorted(a), 0.5),
    bMs: quantile(sorted(b), 0.5),
    pairs,
  };
}
