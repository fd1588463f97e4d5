import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/render/chart/frame.js';

const label = fc.record({
  at: fc.integer({ min: 0, max: 100 }),
  text: fc.stringMatching(/^[A-Za-z0-9 -]{1,12}$/),
  key: fc.boolean(),
});

describe('placeLabels', () => {
  it('never overlaps two labels on a line, keeps them inside the extent, and always places two key labels', () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (labels, gap) => {
        const keys = labels.filter((l) => l.key).slice(0, 2);
        const input = [...keys, ...labels.filter((l) => !l.key)];
        const placed = placeLabels(input, [0, 100], (t) => t.length, gap);
        for (const p of placed) {
          expect(p.left).toBeGreaterThanOrEqual(0);
          expect(p.left + p.text.length).toBeLessThanOrEqual(100);
          expect(p.key || p.line === 0).toBe(true);
        }
        for (const a of placed) {
          for (const b of placed) {
            if (a === b || a.line !== b.line) continue;
            expect(a.left + a.text.length + gap <= b.left || b.left + b.text.length + gap <= a.left).toBe(true);
          }
        }
        for (const k of keys) expect(placed.some((p) => p.key && p.at === k.at && p.text === k.text)).toBe(true);
      }),
    );
  });

  it('centres a label on its tick and pushes it in at the edges', () => {
    const placed = placeLabels(
      [
        { at: 50, text: 'mid', key: false },
        { at: 0, text: 'start', key: true },
        { at: 100, text: 'end', key: true },
      ],
      [0, 100],
      (t) => t.length,
      1,
    );
    expect(placed.map((p) => [p.text, p.left, p.line])).toEqual([
      ['start', 0, 0],
      ['mid', 49, 0],
      ['end', 97, 0],
    ]);
  });
});
