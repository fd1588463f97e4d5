import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/parse/days.js';
import { extractFigures } from '../../src/extract/extract.js';
import { FIGURE_KINDS, FIGURE_QUALIFIERS, type Figure } from '../../src/extract/types.js';
import { pairOf, score, type GoldFile } from './score.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const goldDir = path.join(root, 'test', 'gold');
// In CI the repository is cloned with shared/ beside it.
const seedDir = path.resolve(root, '..', 'shared', 'seeds');
const haveSeeds = existsSync(seedDir);
const inCi = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);

const goldFiles: GoldFile[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile);

const RECALL_FLOOR = 0.95;
const PRECISION_FLOOR = 0.9;

describe('gold files', () => {
  it('are well formed: known kinds and qualifiers, ordered spans, a value or a window for each', () => {
    expect(goldFiles.length).toBeGreaterThan(0);
    for (const file of goldFiles) {
      expect(parseDay(file.published).ok).toBe(true);
      let previous = 0;
      for (const g of file.figures) {
        expect(FIGURE_KINDS).toContain(g.kind);
        expect(FIGURE_QUALIFIERS).toContain(g.qualifier);
        expect(g.span[0]).toBeGreaterThanOrEqual(previous);
        expect(g.span[1]).toBeGreaterThan(g.span[0]);
        if (g.kind === 'date') expect(g.first! <= g.last!).toBe(true);
        else if (g.qualifier === 'vague') expect([g.value, g.low, g.high]).toEqual([undefined, undefined, undefined]);
        else expect(g.value !== undefined || g.low! < g.high!).toBe(true);
        previous = g.span[0];
      }
    }
  });
});

describe('the scorer', () => {
  const figure = (kind: Figure['kind'], value: number, span: [number, number]): Figure => ({
    kind,
    value,
    qualifier: 'exact',
    unit: '',
    span,
    text: '',
    sentence: '',
  });
  it('matches on kind, value and overlapping spans, once each', () => {
    const gold = [
      { kind: 'force' as const, value: 12000, qualifier: 'exact' as const, span: [10, 16] as [number, number] },
    ];
    expect(score(gold, [figure('force', 12000, [8, 16])]).matched).toBe(1);
    expect(score(gold, [figure('force', 12000, [40, 46])]).matched).toBe(0);
    expect(score(gold, [figure('casualties', 12000, [10, 16])]).matched).toBe(0);
    expect(score(gold, [figure('force', 11000, [10, 16])]).matched).toBe(0);
    const twice = score(gold, [figure('force', 12000, [10, 16]), figure('force', 12000, [12, 16])]);
    expect([twice.matched, twice.extra.length]).toEqual([1, 1]);
  });
});

// Outside CI a checkout without the articles skips the quality score; CI must score it.
describe.runIf(inCi)('the seed articles under CI', () => {
  it('are beside the repository, so extraction quality is scored', () => {
    expect(haveSeeds, `extract quality: the seed articles are not at ${seedDir}; CI needs them`).toBe(true);
  });
});
if (!haveSeeds && !inCi) {
  console.warn(
    `extract quality: skipped, the seed articles are not at ${seedDir} (they sit beside the repository in CI)`,
  );
}

describe.skipIf(!haveSeeds)('extraction quality on the seed articles', () => {
  it('has a gold file for every seed article', () => {
    const seeds = readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(goldFiles.map((g) => g.document).sort()).toEqual(seeds);
  });

  it(`reaches recall ${RECALL_FLOOR} and precision ${PRECISION_FLOOR} over (kind, value) pairs`, () => {
    let matched = 0;
    let goldCount = 0;
    let foundCount = 0;
    const notes: string[] = [];
    for (const file of goldFiles) {
      const text = readFileSync(path.join(seedDir, file.document), 'utf8');
      for (const g of file.figures) expect(g.span[1]).toBeLessThanOrEqual(text.length);
      const published = parseDay(file.published);
      const found = extractFigures(text, published.ok ? { published: published.value } : {});
      const result = score(file.figures, found);
      matched += result.matched;
      goldCount += file.figures.length;
      foundCount += found.length;
      for (const g of result.missed) notes.push(`  ${file.document}: missed ${pairOf(g)} at ${g.span.join('–')}`);
      for (const f of result.extra)
        notes.push(`  ${file.document}: extra ${pairOf(f)} "${f.text}" at ${f.span.join('–')}`);
    }
    const recall = matched / goldCount;
    const precision = foundCount === 0 ? 0 : matched / foundCount;
    console.log(
      `extract quality: recall ${recall.toFixed(3)} (${matched}/${goldCount}), ` +
        `precision ${precision.toFixed(3)} (${matched}/${foundCount})` +
        (notes.length ? `\n${notes.join('\n')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
