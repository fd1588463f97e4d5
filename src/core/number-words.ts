/**
 * The English number words, all lower case: one list for the grammar of flags and durations
 * (core/parse) and that of news text (extract/lexicon.ts). Tables without a prototype: looking up
 * "constructor" finds nothing.
 */
const table = (entries: Record<string, number>): Readonly<Record<string, number>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, number>, entries));

export const UNITS = table({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
