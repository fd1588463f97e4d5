import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePng } from './png.js';

const chunk = (type: string, body: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  return Buffer.concat([head, body, Buffer.alloc(4)]); // the decoder does not check CRCs
};

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** An RGB PNG whose row y is stored with filter `filters[y]`, the way an encoder would. */
function encode(width: number, rows: number[][], filters: number[]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(rows.length, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw: number[] = [];
  rows.forEach((row, y) => {
    const up = rows[y - 1] ?? row.map(() => 0);
    raw.push(filters[y]!);
    row.forEach((v, i) => {
      const a = i >= 3 ? row[i - 3]! : 0;
      const b = up[i]!;
      const c = i >= 3 ? up[i - 3]! : 0;
      raw.push((v - [0, a, b, (a + b) >> 1, paeth(a, b, c)][filters[y]!]! + 256) & 0xff);
    });
  });
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng (the test helper)', () => {
  it('undoes every row filter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 255 })),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }),
        (width, height, bytes, filters) => {
          const rows = Array.from({ length: height }, () =>
            Array.from({ length: width * 3 }, () => bytes.next().value as number),
          );
          const decoded = decodePng(encode(width, rows, filters));
          expect([decoded.width, decoded.height]).toEqual([width, height]);
          const rgb = Array.from(decoded.rgba).filter((_, i) => i % 4 !== 3);
          expect(rgb).toEqual(rows.flat());
        },
      ),
    );
  });

  it('refuses what is not a PNG', () => {
    expect(() => decodePng(Buffer.from('<svg/>............'))).toThrow('not a PNG');
  });
});
