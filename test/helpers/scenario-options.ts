import fc from 'fast-check';
import { isoDate, type Day } from '../../src/core/dates.js';
import type { ScenarioOptions } from '../../src/core/projection/scenario.js';

/**
 * Random scenario options valid for starts from `start` on: phases in date order, reinforcements,
 * return to duty or a killed share, the decay model (only when `decay` is allowed: it needs a
 * threshold below 100 %), a horizon and a day to report the strength on.
 */
export function scenarioOptionsFrom(start: Day, decay: boolean): fc.Arbitrary<ScenarioOptions> {
  const day = fc.integer({ min: 0, max: 400 }).map((offset) => isoDate(start + offset));
  const phases = fc
    .uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 3 })
    .chain((offsets) =>
      fc.tuple(
        ...[...offsets]
          .sort((a, b) => a - b)
          .map((offset) =>
            fc
              .oneof(fc.constant(0), fc.double({ min: 0, max: 400, noNaN: true }))
              .map((rate) => ({ from: isoDate(start + offset), rate })),
          ),
      ),
    );
  const reinforcements = fc.array(fc.record({ on: day, troops: fc.integer({ min: 1, max: 5000 }) }), { maxLength: 2 });
  const returns = fc.oneof(
    fc.constant({}),
    fc.record({
      returnToDuty: fc.record({
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        days: fc.integer({ min: 1, max: 40 }),
      }),
    }),
    fc.record({ killedShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
  );
  return fc
    .record({
      phases,
      reinforcements,
      returns,
      model: decay
        ? fc.constantFrom<'constant' | 'decay' | undefined>(undefined, 'constant', 'decay')
        : fc.constant(undefined),
      horizonDays: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
      on: fc.option(day, { nil: undefined }),
    })
    .map(({ phases: p, reinforcements: r, returns: back, model, horizonDays, on }) => ({
      ...(p.length > 0 && { phases: p }),
      ...(r.length > 0 && { reinforcements: r }),
      ...back,
      ...(model !== undefined && { model }),
      ...(horizonDays !== undefined && { horizonDays }),
      ...(on !== undefined && { on }),
    }));
}
