import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, without declarations
import { breaches, errorClassesOf, sourceFiles } from '../../scripts/layers.js';

type Breach = { line: number; problem: string };
const check = breaches as (file: string, text: string, errorClasses: Set<string>) => Breach[];
const ERRORS = new Set(['FitError', 'NothingComparableError']);
const problems = (file: string, text: string) => check(file, text, ERRORS).map((b) => b.problem);

describe('the layer, import and error rules (npm run lint)', () => {
  it('hold for every file in src/', () => {
    const files = (sourceFiles as () => string[])();
    const texts = files.map((file) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8'));
    const classes = (errorClassesOf as (texts: string[]) => Set<string>)(texts);
    expect(classes.has('UsageError') && classes.has('FitError')).toBe(true);
    expect(files.flatMap((file, i) => check(file, texts[i]!, classes).map((b) => `${file}: ${b.problem}`))).toEqual([]);
  });

  it.each([
    ['core/ledger/x.ts', "import { a } from '../../extract/types.js';", 'core imports extract'],
    ['render/x.ts', "import type { A } from '../shell/color.js';", 'render imports shell'],
    ['shell/x.ts', "import type { A } from '../commands/context.js';", 'shell imports commands'],
    ['extract/x.ts', "const m = await import('../render/style.js');", 'extract imports render'],
    ['commands/x.ts', "import { a } from '../main.js';", 'commands imports main'],
    ['index.ts', "export { a } from './shell/io.js';", 'library imports shell'],
  ])('refuse an import against the direction of the layers: %s %s', (file, text, expected) => {
    expect(problems(file, text).join('\n')).toContain(expected);
  });

  it('allow imports down the layers', () => {
    expect(problems('commands/x.ts', "import { a } from '../shell/io.js';\nimport('../core/dates.js');")).toEqual([]);
    expect(problems('main.ts', "import { a } from './commands/registry.js';")).toEqual([]);
    expect(problems('shell/x.ts', "import seeds from '../../seeds/ledger.json' with { type: 'json' };")).toEqual([]);
  });

  it('refuse folder indexes and imports of them', () => {
    expect(problems('core/parse/index.ts', '')).toEqual([expect.stringContaining('a folder index')]);
    expect(problems('commands/x.ts', "import { a } from '../core/parse/index.js';")).toEqual([
      expect.stringContaining('imports a folder index'),
    ]);
  });

  it('refuse telling an error of attrition by instanceof or by name', () => {
    expect(problems('commands/x.ts', 'if (error instanceof FitError) throw error;')).toEqual([
      expect.stringContaining('isError(error, FitError)'),
    ]);
    expect(problems('commands/x.ts', "if (error.name === 'NothingComparableError') throw error;")).toEqual([
      expect.stringContaining('told by its name'),
    ]);
    expect(problems('commands/x.ts', 'if (error instanceof Error) throw error;')).toEqual([]);
  });

  it('refuse an error class without a code', () => {
    const text = 'export class FitError extends Error {\n  constructor() {\n    super();\n  }\n}\n';
    expect(problems('core/x.ts', text)).toEqual([expect.stringContaining('FitError declares no code')]);
    const coded =
      "export class FitError extends Error {\n  static readonly code = 'X';\n  readonly code = FitError.code;\n}\n";
    expect(problems('core/x.ts', coded)).toEqual([]);
  });
});
