import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERAL_STAFF } from '../helpers/general-staff.js';

const bin = fileURLToPath(new URL('../../bin/attrition.cjs', import.meta.url));

/** Whole-process runs on the 1,222-day series (their speed is measured by npm run bench, not here). */
const spawned = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('the built binary on the General Staff series', () => {
  it('fits the spans and a calibrated projection from the built binary', () => {
    const run = spawned(['fit', GENERAL_STAFF, '--target', '1500000']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Current rate: /);
  });

  it('backtests three horizons from the built binary', () => {
    const run = spawned(['backtest', GENERAL_STAFF, '--horizon', '30,90,180', '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('origin,horizon,window,rate,projected,low,high,actual,error');
  });
});

describe('the same backtest in every time zone', () => {
  it('prints identical rows far east and far west of UTC', () => {
    const rows = (tz: string) =>
      spawnSync(
        process.execPath,
        [bin, 'backtest', GENERAL_STAFF, '--horizon', '30', '--format', 'csv', '--since', '2024-06-01'],
        { encoding: 'utf8', env: { ...process.env, TZ: tz } },
      ).stdout;
    const east = rows('Pacific/Kiritimati');
    expect(east.split('\n').length).toBeGreaterThan(300);
    expect(rows('Pacific/Pago_Pago')).toBe(east);
  });
});
