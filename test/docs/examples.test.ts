import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/*
 * The documentation's ```console blocks are run and compared with what attrition prints.
 *
 * - A line `$ attrition ARGS` (or `$ npx attrition ARGS`, optionally after `npm install && `)
 *   runs ARGS in-process through main(), with piped (non-terminal) output and the repository
 *   root as the working directory. The lines after it, up to the next `$` line or the end of the
 *   block, are stdout followed by stderr, exactly.
 * - A line `…` on its own stands for any number of omitted lines.
 * - `$ attrition ARGS   # → TEXT` is a one-line summary: TEXT must appear in the output.
 * - `$ attrition ARGS   # exit N` expects exit code N (otherwise 0).
 * - Blocks not meant to be run are written as ```text (or any other language) and are skipped.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const ELISION = '…';

interface Example {
  file: string;
  line: number;
  command: string;
  args: string[];
  expected: string[];
  summary?: string;
  exitCode: number;
}

/** Splits a command line into words as a POSIX shell would for plain and quoted words. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === '"' || c === "'") {
      const end = line.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed ${c} in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if ('|<>;&$`\\'.includes(c)) {
      throw new Error(`examples are run without a shell; "${c}" is not supported in: ${line}`);
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** Every ```console example of one Markdown file. */
function examplesOf(file: string, markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  let inConsole = false;
  let inOther = false;
  let current: Example | null = null;
  lines.forEach((text, index) => {
    if (inConsole || inOther) {
      if (text.trimEnd() === '```') {
        inConsole = inOther = false;
        current = null;
      } else if (inConsole && text.startsWith('$ ')) {
        current = parseCommand(file, index + 1, text.slice(2));
        examples.push(current);
      } else if (inConsole) {
        if (current === null) throw new Error(`${file}:${index + 1}: output before any $ line`);
        current.expected.push(text);
      }
    } else if (text.startsWith('```')) {
      inConsole = text.trim() === '```console';
      inOther = !inConsole;
    }
  });
  return examples;
}

function parseCommand(file: string, line: number, text: string): Example {
  let command = text.replace(/^npm install && /, '');
  let summary: string | undefined;
  let exitCode = 0;
  const comment = /\s+#\s*(.*)$/.exec(command);
  if (comment) {
    command = command.slice(0, comment.index);
    const note = comment[1]!;
    const exit = /^exit (\d+)$/.exec(note);
    if (exit) exitCode = Number(exit[1]);
    else if (note.startsWith('→')) summary = note.slice(1).trim();
    else throw new Error(`${file}:${line}: a comment is "# → TEXT" or "# exit N", not "# ${note}"`);
  }
  const words = shellWords(command);
  if (words[0] === 'npx') words.shift();
  if (words[0] !== 'attrition')
    throw new Error(`${file}:${line}: a console block runs attrition only; mark other blocks \`\`\`text`);
  return {
    file,
    line,
    command,
    args: words.slice(1),
    expected: [],
    ...(summary !== undefined && { summary }),
    exitCode,
  };
}

/** Whether `actual` is `expected` with each `…` line standing for any run of lines. */
function matchesWithElisions(actual: readonly string[], expected: readonly string[]): boolean {
  const segments: string[][] = [[]];
  for (const line of expected) {
    if (line === ELISION) segments.push([]);
    else segments[segments.length - 1]!.push(line);
  }
  const at = (position: number, segment: readonly string[]) =>
    segment.every((line, k) => actual[position + k] === line);
  if (segments.length === 1) return actual.length === expected.length && at(0, expected);
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  if (!at(0, first)) return false;
  let position = first.length;
  for (const segment of segments.slice(1, -1)) {
    let found = -1;
    for (let p = position; p + segment.length <= actual.length; p++) {
      if (at(p, segment)) {
        found = p;
        break;
      }
    }
    if (found < 0) return false;
    position = found + segment.length;
  }
  const lastStart = actual.length - last.length;
  return lastStart >= position && at(lastStart, last);
}

function linesOf(output: string): string[] {
  const lines = output.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (heading)
      anchors.add(
        heading[1]!
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-'),
      );
  }
  return anchors;
}

const examples = DOCS.flatMap((file) => examplesOf(file, readFileSync(join(root, file), 'utf8')));

describe('the documentation examples', () => {
  beforeAll(() => {
    if (process.cwd() !== root) process.chdir(root);
  });

  it('are found in the README (its first command), the tour and the rest of docs/', () => {
    expect(examples.filter((e) => e.file === 'README.md').length).toBeGreaterThanOrEqual(1);
    expect(examples.filter((e) => e.file === 'docs/tour.md').length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((e) => e.file)).size).toBeGreaterThan(5);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line} ${e.command}`, e] as const))(
    '%s prints what the block shows',
    async (_, example) => {
      const run = await cli(example.args);
      const output = linesOf(run.stdout + run.stderr);
      expect(run.code, run.stderr).toBe(example.exitCode);
      if (example.summary !== undefined) expect(run.stdout + run.stderr).toContain(example.summary);
      if (example.summary === undefined || example.expected.length > 0) {
        if (!matchesWithElisions(output, example.expected)) expect(output.join('\n')).toBe(example.expected.join('\n'));
      }
    },
  );
});

describe('the elision convention', () => {
  it('matches a gap of any length, and nothing else', () => {
    expect(matchesWithElisions(['a', 'b', 'c', 'd'], ['a', ELISION, 'd'])).toBe(true);
    expect(matchesWithElisions(['a', 'd'], ['a', ELISION, 'd'])).toBe(true);
    expect(matchesWithElisions(['a', 'b', 'c'], ['a', ELISION, 'b', ELISION])).toBe(true);
    expect(matchesWithElisions(['a', 'b', 'c'], ['a', 'c'])).toBe(false);
    expect(matchesWithElisions(['a', 'b', 'c'], ['a', ELISION, 'b'])).toBe(false);
    expect(matchesWithElisions(['a', 'b'], ['a', ELISION, 'b', ELISION, 'b'])).toBe(false);
  });

  it('reads quoted words and refuses shell syntax', () => {
    expect(shellWords(`attrition check --by "mid-April 2025" --x 'a b'`)).toEqual([
      'attrition',
      'check',
      '--by',
      'mid-April 2025',
      '--x',
      'a b',
    ]);
    expect(() => shellWords('attrition extract - < x.txt')).toThrow(/without a shell/);
  });
});

describe('relative links', () => {
  const links = DOCS.flatMap((file) => {
    const markdown = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => [file, m[1]!] as const);
  }).filter(([, target]) => !/^[a-z]+:/.test(target));

  it.each(links)('%s → %s exists', (file, target) => {
    const [path, anchor] = target.split('#') as [string, string | undefined];
    const resolved = path === '' ? join(root, file) : resolve(dirname(join(root, file)), path);
    expect(existsSync(resolved), `${relative(root, resolved)} does not exist`).toBe(true);
    if (anchor !== undefined && resolved.endsWith('.md')) {
      expect([...anchorsOf(readFileSync(resolved, 'utf8'))]).toContain(anchor);
    }
  });
});

describe('the files the documented commands read', () => {
  // Every `$ attrition …` line of every block, run or not: the files it names must be there, so a
  // reader can run it. What a command writes (--ledger, --svg) and names meant to be missing are not.
  const WRITTEN = new Set(['--ledger', '--svg']);
  const paths = DOCS.flatMap((file) => {
    const blocks = readFileSync(join(root, file), 'utf8').match(/```[^\n]*\n[\s\S]*?```/g) ?? [];
    return blocks.flatMap((block) =>
      block
        .split('\n')
        .filter((line) => /^\$ (?:npx )?attrition /.test(line))
        .flatMap((line) => {
          const words = line.replace(/\s+#.*$/, '').match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
          return words
            .filter((w, i) => !WRITTEN.has(words[i - 1] ?? '') && !w.startsWith('-') && !/^["']/.test(w))
            .filter((w) => /\.(?:txt|html?|json|csv|ndjson)$/.test(w) && !/(?:^|\/)no-such/.test(w))
            .map((w) => [file, line.slice(0, 60), w] as const);
        }),
    );
  });

  it('are found', () => {
    expect(paths.length).toBeGreaterThan(15);
  });

  it.each(paths)('%s: %s… reads %s, which exists', (_, __, path) => {
    expect(existsSync(join(root, path)), `${path} does not exist`).toBe(true);
  });
});
