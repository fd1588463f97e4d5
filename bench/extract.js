// Extraction throughput: `node bench/extract.js [MEGABYTES] [--json]` after `npm run build`.
// Generates a news-like corpus (seeded, so every run reads the same text), extracts its figures
// on one core, and reports MB/s. Exported as measureExtract() for the bench table; --json prints
// {"mbPerSecond", "ms", "bytes", "figures"} for a caller that spawns it.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** A small seeded generator (mulberry32): the corpus is the same on every run and machine. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SIDES = ['North Korean', 'Russian', 'Ukrainian', 'allied', 'enemy'];
const TROOPS = ['troops', 'soldiers', 'personnel', 'fighters', 'marines'];

// Sentences with figures, in several reporting styles; {n} and friends are filled at random.
const FIGURED = [
  'Officials said about {n} {side} {troops} had been deployed to the region by {when}.',
  'At least {s} {side} {troops} were killed and another {n} wounded in the fighting, according to the ministry.',
  'The {side} contingent, estimated at {n}, has lost between {s} and {s2} {troops} a day since {when}.',
  'Analysts expect the entire force of roughly {n} to be killed or wounded within {w} weeks, around {when}.',
  'More than a third of the {n}-strong force has been lost, with {p} percent of casualties killed in action.',
  'On {d} {month} the intelligence service put losses at {n}, including {s} dead.',
  'Up to {p}% of the unit may have been injured, a figure that is disputed by several hundred veterans.',
  'Dozens of {troops} were seen in videos posted on {month} {d}, and {s} of them were later reported dead.',
  'The daily casualty rate reached {s} in {part} {month}, twice the rate of the previous {w} weeks.',
];
// Sentences without figures, or with numbers that are not figures.
const FILLER = [
  'The report did not say how the figures were compiled or whether they include the missing.',
  'Commanders on both sides have described the fighting as some of the heaviest of the war.',
  'A 40-page annex lists the units involved, among them the 11th Airborne and Brigade 155.',
  'The briefing began at 10:30 and lasted about an hour, a spokesman said.',
  'Soldiers aged 19 to 25 make up most of the new arrivals, according to the 2023 census.',
  'Independent verification of the claims was not possible, and the ministry declined to comment.',
  'Satellite images show columns of vehicles moving along the main road toward the border.',
  'Villagers described nights of shelling and days spent in basements without electricity.',
];

function fill(template, random) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const grouped = (x) => x.toLocaleString('en-US');
  return template
    .replaceAll('{n}', () => grouped(int(1, 40) * 500))
    .replaceAll('{s2}', () => String(int(91, 140)))
    .replaceAll('{s}', () => String(int(10, 90)))
    .replaceAll('{p}', () => String(int(5, 60)))
    .replaceAll('{w}', () => String(int(2, 20)))
    .replaceAll('{d}', () => String(int(1, 28)))
    .replaceAll('{month}', () => pick(MONTHS))
    .replaceAll('{part}', () => pick(['early', 'mid-', 'late']).replace('mid-', 'mid'))
    .replaceAll('{when}', () => `${pick(['early', 'late', 'mid-'])}${pick(MONTHS)}`.replace(/^(early|late)/, '$1 '))
    .replaceAll('{side}', () => pick(SIDES))
    .replaceAll('{troops}', () => pick(TROOPS));
}

/** About `bytes` of news-like text: paragraphs of three to six sentences, one in three with figures. */
export function corpus(bytes, seed = 20250116) {
  const random = generator(seed);
  const paragraphs = [];
  let size = 0;
  while (size < bytes) {
    const sentences = [];
    const count = 3 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const figured = random() < 1 / 3;
      const pool = figured ? FIGURED : FILLER;
      sentences.push(fill(pool[Math.floor(random() * pool.length)], random));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}

/** Median throughput over `repeats` runs after a warm-up, in MB/s (10^6 bytes of UTF-8 a second). */
export async function measureExtract({ megabytes = 4, repeats = 5 } = {}) {
  const { extractFigures } = await import('../dist/index.js');
  const text = corpus(megabytes * 1e6);
  const bytes = Buffer.byteLength(text);
  extractFigures(text.slice(0, 200_000));
  const runs = [];
  let figures = 0;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    figures = extractFigures(text).length;
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  const ms = runs[Math.floor(runs.length / 2)];
  return { mbPerSecond: bytes / 1e6 / (ms / 1000), ms, bytes, figures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const megabytes = Number(args.find((a) => a !== '--json') ?? 4);
  const r = await measureExtract({ megabytes });
  if (args.includes('--json')) console.log(JSON.stringify(r));
  else
    console.log(
      `extract: ${r.mbPerSecond.toFixed(1)} MB/s on one core (${(r.bytes / 1e6).toFixed(1)} MB ` +
        `in ${r.ms.toFixed(0)} ms, ` +
        `${r.figures.toLocaleString('en-US')} figures; target ≥ 5 MB/s)`,
    );
}
