// The rules of the source's layout that Biome cannot state, checked on every import in src/ (npm run lint):
//
// - Dependencies point one way: cli → main → commands → render → extract → core; shell is used by
//   cli, main and the commands only; errors.ts (UsageError, the exit codes) by the shell and above;
//   the library API (index.ts, library.ts) re-exports core and extract.
// - A module is imported from the file that defines it: no folder index files (barrels).
// - attrition's own errors are told apart by their code (isError, src/core/coded-error.ts), never by
//   instanceof or their name: each CLI bundle holds its own copy of a class several bundles import.
//   Each of them declares its code.
//
// Prints each breach as file:line and exits 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each layer, and the layers it may import (itself included). */
export const LAYERS = {
  core: ['core'],
  extract: ['extract', 'core'],
  render: ['render', 'extract', 'core'],
  errors: ['errors', 'core'],
  shell: ['shell', 'errors', 'render', 'extract', 'core'],
  commands: ['commands', 'shell', 'errors', 'render', 'extract', 'core'],
  main: ['main', 'commands', 'shell', 'errors', 'render', 'extract', 'core'],
  cli: ['cli', 'main', 'commands', 'shell', 'errors', 'render', 'extract', 'core'],
  library: ['library', 'extract', 'core'],
};

/** The layer of a file under src/, by its path: src/core/… is core, src/main.ts and src/program.ts are main. */
export function layerOf(path) {
  const [top, ...rest] = path.split('/');
  if (rest.length > 0) return top;
  const name = top.replace(/\.[jt]s$/, '');
  return { program: 'main', index: 'library', library: 'library' }[name] ?? name;
}

/** Every import of a module's text, static or dynamic, with its line. */
export function importsOf(text) {
  const found = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'([^']+)'/gm)) {
    found.push({ specifier: match[1], line: text.slice(0, match.index).split('\n').length });
  }
  return found;
}

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/** The breaches of one file's text, given the names of attrition's error classes. */
export function breaches(file, text, errorClasses) {
  const found = [];
  const from = layerOf(file);
  const allowed = LAYERS[from];
  if (allowed === undefined) found.push({ line: 1, problem: `src/${file} is in no layer; add its folder to LAYERS` });
  if (/(^|\/)index\.ts$/.test(file) && file !== 'index.ts') {
    found.push({ line: 1, problem: 'a folder index (barrel): import each module from its own file instead' });
  }
  for (const { specifier, line } of importsOf(text)) {
    if (!specifier.startsWith('.')) continue;
    const target = normalize(join(dirname(file), specifier));
    if (target.startsWith('..')) continue; // seeds/, package.json
    if (/(^|\/)index\.js$/.test(specifier)) {
      found.push({ line, problem: `imports a folder index (${specifier}): import the file that defines the name` });
    }
    const to = layerOf(target);
    if (allowed !== undefined && !allowed.includes(to)) {
      found.push({ line, problem: `${from} imports ${to} (${specifier}): ${from} may import ${allowed.join(', ')}` });
    }
  }
  for (const match of text.matchAll(/\binstanceof\s+([A-Za-z_$][\w$]*)/g)) {
    if (errorClasses.has(match[1])) {
      found.push({
        line: lineOf(text, match.index),
        problem: `instanceof ${match[1]}: tell errors apart by their code, isError(error, ${match[1]})`,
      });
    }
  }
  for (const match of text.matchAll(/\.name\s*[!=]==?\s*['"`]([A-Za-z_$][\w$]*)['"`]/g)) {
    if (errorClasses.has(match[1])) {
      found.push({
        line: lineOf(text, match.index),
        problem: `an error told by its name (${match[1]}): tell it by its code, isError(error, ${match[1]})`,
      });
    }
  }
  for (const match of text.matchAll(/\bclass\s+([A-Za-z_$][\w$]*)\s+extends\s+\w*Error\s*\{([\s\S]*?)\n\}/g)) {
    if (!/\bstatic readonly code = [^;]+;/.test(match[2])) {
      found.push({
        line: lineOf(text, match.index),
        problem: `${match[1]} declares no code: give it static readonly code = '…', readonly code = ${match[1]}.code`,
      });
    }
  }
  return found;
}

/** Every .ts file under src/, relative to src/. */
export const sourceFiles = () =>
  readdirSync(join(root, 'src'), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.split('\\').join('/'))
    .sort();

/** The names of the error classes src/ declares. */
export function errorClassesOf(texts) {
  const names = new Set();
  for (const text of texts) {
    for (const match of text.matchAll(/\bclass\s+([A-Za-z_$][\w$]*)\s+extends\s+\w*Error\b/g)) names.add(match[1]);
  }
  return names;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const files = sourceFiles();
  const texts = new Map(files.map((file) => [file, readFileSync(join(root, 'src', file), 'utf8')]));
  const errorClasses = errorClassesOf(texts.values());
  let count = 0;
  for (const [file, text] of texts) {
    for (const { line, problem } of breaches(file, text, errorClasses)) {
      console.log(`src/${file}:${line}: ${problem}`);
      count += 1;
    }
  }
  if (count > 0) {
    console.error(`${count} breach(es) of the layer, import and error rules (scripts/layers.js)`);
    process.exit(1);
  }
}
