import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectionFailure } from '../../helpers/projection.js';
import { isoDate } from '../../../src/core/dates.js';
import { project } from '../../../src/core/projection/project.js';
import type { ScenarioInput } from '../../../src/core/projection/scenario.js';
import { ISW } from '../../helpers/isw.js';

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

const failure = projectionFailure;

describe('stepping day by day agrees with the closed form when no scenario option changes anything', () => {
  it('gives the same dates, days and milestones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0.5, max: 5_000, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2100-01-01') }),
        fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 300 }))),
        (force, rate, threshold, start, counted) => {
          const input = {
            force,
            rate,
            threshold,
            start: isoDate(start),
            ...(counted && { casualties: Math.floor(counted[0] * force), asOf: isoDate(start + counted[1]) }),
          };
          const closed = project(input);
          const stepped = project({ ...input, horizonDays: 1_000_000, on: isoDate(start) });
          expect(stepped.date).toBe(closed.date);
          expect(stepped.reached).toBe(closed.reached);
          expect(Math.abs(stepped.days! - closed.days)).toBeLessThanOrEqual(1e-8 * Math.max(1, closed.days));
          expect(stepped.milestones.map((m) => m.date)).toEqual(closed.milestones.map((m) => m.date));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('phases', () => {
  it('changes the rate from each phase date on', () => {
    const result = project({
      ...ISW,
      phases: [
        { from: '2025-01-17', rate: 0 },
        { from: '2025-02-07', rate: 60 },
      ],
    });
    // 42 days at 92 through 16 January (3,864 lost), three weeks off the line, then 60 a day.
    const remaining = 12000 - 42 * 92;
    expect(result.date).toBe(project({ force: remaining, rate: 60, start: '2025-02-07' }).date);
    expect(result.peakDailyLoss).toEqual({ date: '2024-12-06', losses: 92 });
  });

  it('may start on the start date itself, replacing the rate', () => {
    expect(project({ ...ISW, phases: [{ from: '2024-12-06', rate: 100 }] }).date).toBe(
      project({ ...ISW, rate: 100 }).date,
    );
  });

  it('refuses phases out of order, before the start or with a negative rate', () => {
    expect(
      failure({
        ...ISW,
        phases: [
          { from: '2025-02-07', rate: 60 },
          { from: '2025-01-17', rate: 15 },
        ],
      }),
    ).toEqual(['phase', 'is out of order: 2025-01-17 comes after 2025-02-07']);
    expect(failure({ ...ISW, phases: [{ from: '2024-12-01', rate: 60 }] })[1]).toMatch(/before the start date/);
    expect(failure({ ...ISW, phases: [{ from: '2025-01-01', rate: -1 }] })[0]).toBe('phase');
  });
});

describe('reinforcements', () => {
  it('adds troops on their day, and the threshold grows with them', () => {
    const base = { force: 1000, rate: 100, start: '2025-01-01' };
    expect(project({ ...base, reinforcements: [{ on: '2025-01-05', troops: 500 }] }).date).toBe('2025-01-15');
    // Half of 1,500 is 750: reached on day 8 of losses (800 lost).
    const half = project({ ...base, threshold: 0.5, reinforcements: [{ on: '2025-01-05', troops: 500 }] });
    expect(half.date).toBe('2025-01-08');
  });

  it('refuses reinforcements before the start or of no troops', () => {
    expect(failure({ ...ISW, reinforcements: [{ on: '2024-11-01', troops: 10 }] })[1]).toMatch(/before the start date/);
    expect(failure({ ...ISW, reinforcements: [{ on: '2025-01-01', troops: -5 }] })[0]).toBe('reinforce');
  });
});

describe('return to duty', () => {
  it('brings a share of each day’s casualties back after the delay', () => {
    // 100 a day from 1,000, half back two days later: 900, 800, then −50 net a day.
    const result = project({ force: 1000, rate: 100, start: '2025-01-01', returnToDuty: { share: 0.5, days: 2 } });
    expect(result.date).toBe('2025-01-18');
  });

  it('treats a killed share as the complement returning after 20 days', () => {
    const byShare = project({ ...ISW, threshold: 0.5, returnToDuty: { share: 0.9 } });
    const byKilled = project({ ...ISW, threshold: 0.5, killedShare: 0.1 });
    expect(byKilled.date).toBe(byShare.date);
    expect(project({ ...ISW, killedShare: 1 }).date).toBe(project(ISW).date);
  });

  it('says so when the force is never lost within the horizon', () => {
    const result = project({ ...ISW, returnToDuty: { share: 1, days: 1 } });
    expect(result).toMatchObject({
      date: null,
      days: null,
      label: null,
      withinHorizon: false,
      horizonEnd: '2034-12-05',
    });
  });

  it('refuses shares outside [0, 1] and both ways of saying it at once', () => {
    expect(failure({ ...ISW, returnToDuty: { share: 1.5 } })[0]).toBe('returnToDuty');
    expect(failure({ ...ISW, killedShare: -0.1 })[0]).toBe('killedShare');
    expect(failure({ ...ISW, killedShare: 0.1, returnToDuty: { share: 0.5 } })[1]).toMatch(/one or the other/);
  });
});

describe('decay', () => {
  it('shrinks losses with the force: half of 12,000 at 92 a day on day ⌈ln ½ / ln(1 − 92/12000)⌉', () => {
    const result = project({ ...ISW, threshold: 0.5, model: 'decay' });
    const days = Math.ceil(Math.log(0.5) / Math.log(1 - 92 / 12000));
    expect(dayNumber(result.date!) - dayNumber('2024-12-06') + 1).toBe(days);
  });

  it('needs a threshold below 100 %', () => {
    expect(failure({ ...ISW, model: 'decay' })).toEqual(['model', 'needs a threshold below 100 %']);
  });
});

describe('horizon and strength on a date', () => {
  it('stops at the horizon when a rate of zero means the threshold never comes', () => {
    const result = project({ ...ISW, phases: [{ from: '2025-01-17', rate: 0 }], horizonDays: 365 });
    expect(result).toMatchObject({ date: null, withinHorizon: false, horizonEnd: '2025-12-05' });
    expect(result.milestones.map((m) => m.share)).toEqual([0.25]);
  });

  it('reports the strength at the end of a day', () => {
    expect(project({ ...ISW, on: '2025-01-16' }).strengthOn).toEqual({ date: '2025-01-16', strength: 12000 - 42 * 92 });
    expect(project({ ...ISW, on: '2024-12-06' }).strengthOn?.strength).toBe(12000 - 92);
  });

  it('refuses a day before the start', () => {
    expect(failure({ ...ISW, on: '2024-12-01' })[0]).toBe('on');
  });
});

describe('a simulation that stops early once nothing can change', () => {
  it('reports what stepping every day to the end of the horizon reports (property)', async () => {
    const { projectTrajectory } = await import('../../../src/core/projection/project.js');
    const { scenarioOptionsFrom } = await import('../../helpers/scenario-options.js');
    const start = dayNumber('2024-12-06');
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 20_000 }),
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.integer({ min: 1, max: 99 }),
        scenarioOptionsFrom(start, true),
        (force, rate, percent, options) => {
          const result = project({
            force,
            rate,
            start: isoDate(start),
            threshold: percent / 100,
            ...options,
            horizonDays: options.horizonDays ?? 1500,
          });
          const input: ScenarioInput = {
            force,
            rate,
            start: isoDate(start),
            threshold: percent / 100,
            ...options,
            horizonDays: options.horizonDays ?? 1500,
          };
          // The trajectory steps every day to the crossing or the end of the horizon, without stopping early.
          const trajectory = projectTrajectory(input)!;
          const last = trajectory.at(-1)!;
          if (result.date === null) expect(isoDate(last.day)).toBe(result.horizonEnd);
          else expect(isoDate(last.day)).toBe(result.date);
          if (result.date === null && result.strengthOn !== null && result.strengthOn.date <= result.horizonEnd) {
            expect(result.strengthOn.strength).toBe(
              trajectory.find((p) => isoDate(p.day) === result.strengthOn!.date)!.strength,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('still reports the strength on a day after the horizon', () => {
    const result = project({ ...ISW, phases: [{ from: '2025-01-17', rate: 0 }], horizonDays: 100, on: '2026-01-01' });
    expect(result.withinHorizon).toBe(false);
    expect(result.strengthOn).toEqual({ date: '2026-01-01', strength: 12000 - 42 * 92 });
  });
});
