import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/commands/command-definition.js';
import { readGiven } from '../../src/commands/flag-readers.js';
import { optionSyntax } from '../../src/commands/flag-table.js';
import { COMMANDS } from '../../src/commands/registry.js';

const every = (specs: readonly CommandSpec[]): CommandSpec[] =>
  specs.flatMap((spec) => [spec, ...every(spec.subcommands ?? [])]);
const tables = every(COMMANDS);

const src = new URL('../../src/', import.meta.url);
const sources = readdirSync(src, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file: file.split('\\').join('/'), text: readFileSync(new URL(file, src), 'utf8') }));

describe("each command's flag table", () => {
  it.each(tables.map((spec) => [spec.name, spec] as const))('reads each example of %s as its flag', (_, spec) => {
    for (const [key, flag] of Object.entries(spec.flags)) {
      if (flag.read !== undefined) expect(flag.example, `${spec.name} ${optionSyntax(key, flag)}`).toBeDefined();
      if (flag.example === undefined) continue;
      const given = { [key]: flag.repeatable ? [flag.example] : flag.example };
      const inMode = flag.mode ?? spec.mode?.name;
      expect(() => readGiven({ [key]: flag }, given, inMode), `${spec.name} --${key} ${flag.example}`).not.toThrow();
    }
  });

  // A flag is declared in its table and nowhere else: no commander option, zod field or hand-written
  // flags type elsewhere in src/ (the program's own --no-color and --debug aside).
  it('is the one place a flag is declared', () => {
    const elsewhere = sources.flatMap(({ file, text }) => {
      const found: string[] = [];
      for (const match of text.matchAll(/\.(?:option|argument)\('([^']*)'/g)) {
        if (!(file === 'program.ts' && ['--no-color', '--debug'].includes(match[1]!))) found.push(match[0]);
      }
      const readers = ['commands/flag-readers.ts', 'commands/validate.ts'];
      const scenariosFile = ['commands/scenario/schema.ts', 'commands/sweep/scenarios-file.ts'];
      if (![...readers, ...scenariosFile].includes(file)) {
        for (const match of text.matchAll(/\b(?:flagValue|validateGiven|validateFlags|anyGiven)\(/g))
          found.push(match[0]);
      }
      for (const match of text.matchAll(/\b(?:interface \w*Flags\b|type \w+Flags = (?:\{|Partial<|Record<))/g))
        found.push(match[0]);
      return found.map((what) => `src/${file}: ${what}`);
    });
    expect(elsewhere).toEqual([]);
  });
});
