import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** Draws numbers uniformly from [0, 1). The only randomness the core uses is one of these, passed in. */
export type Uniform = () => number;

export const MAX_SEED = Number.MAX_SAFE_INTEGER;

const MASK64 = (1n << 64n) - 1n;

/** splitmix64: turns a seed into well-spread 64-bit words, as the xoroshiro authors advise for seeding. */
function* splitmix64(seed: bigint): Generator<bigint> {
  let state = seed;
  for (;;) {
    state = (state + 0x9e3779b97f4a7c15n) & MASK64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    yield z ^ (z >> 31n);
  }
}

const high32 = (word: bigint): number => Number(word >> 32n) | 0;
const low32 = (word: bigint): number => Number(word & 0xffffffffn) | 0;

/**
 * A seeded uniform generator: pure-rand's xoroshiro128+ with its 128-bit state filled by
 * splitmix64 from the seed. Seeding xoroshiro128+ with a small integer directly leaves most of the
 * state zero and makes the first draws poor (about 0.99999 for seed 1); splitmix64 spreads every
 * seed over the whole state. Same seed, same sequence, on every machine.
 */
export function seededUniform(seed: number): Uniform {
  if (!(Number.isSafeInteger(seed) && seed >= 0))
    throw new RangeError(`a seed is a whole number from 0 to ${MAX_SEED}`);
  const words = splitmix64(BigInt(seed));
  const s0 = words.next().value as bigint;
  const s1 = words.next().value as bigint;
  const generator = xoroshiro128plusFromState([high32(s0), low32(s0), high32(s1), low32(s1)]);
  return () => uniformFloat64(generator);
}
