import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERAL_STAFF } from '../helpers/general-staff.js';

const bin = fileURLToPath(new URL('../../bin/attrition.cjs', import.meta.url));

/** Whole-process runs on the 1,222-day series; the bound is loose for a busy machine (about 0.3 s each when idle). */
const timed = (args: string[]) => {
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { run, ms: performance.now() - started };
};

describe('the built binary on the General Staff series', () => {
  it('fits the spans and a calibrated projection within a second', () => {
    const { run, ms } = timed(['fit', GENERAL_STAFF, '--target', '1500000']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Current rate: /);
    expect(ms).toBeLessThan(1500);
  });

  it('backtests three horizons within a second', () => {
    const { run, ms } = timed(['backtest', GENERAL_STAFF, '--horizon', '30,90,180', '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('origin,horizon,window,rate,projected,low,high,actual,error');
    expect(ms).toBeLessThan(1500);
  });
});

describe('the same backtest in every time zone', () => {
  it('prints identical rows far east and far west of UTC', () => {
    const rows = (tz: string) =>
      spawnSync(process.execPath, [bin, 'backtest', GENERAL_STAFF, '--horizon', '30', '--format', 'csv', '--since', '2024-06-01'], { encoding: 'utf8', env: { ...process.env, TZ: tz } }).stdout;
    const east = rows('Pacific/Kiritimati');
    expect(east.split('\n').length).toBeGreaterThan(300);
    expect(rows('Pacific/Pago_Pago')).toBe(east);
  });
});
