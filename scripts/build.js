// Bundles the CLI and the library with esbuild, checks the seeds ledger, writes the library's type
// declarations and the CLI's code caches.
//
// The CLI is CommonJS: on Node 20 it starts measurably faster than an ES module bundle (no ES
// module loader, lazily compiled functions), and start-up matters for a tool run in loops. It is
// cut into bundles where the source imports dynamically: dist/cli.cjs holds the shell and every
// command's flags; each `import('./x.js')` in src becomes its own bundle, dist/chunk-<path>.cjs,
// loaded only when a run reaches that import (a command's work, charts, the ledger, the Monte Carlo
// sampler, the check of a claim written as text …), so a run parses only the code it uses. A module
// several bundles import is copied into each: errors are told apart by their code, not instanceof.
// The library stays one ES module.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { asciiSource } from './ascii-bundle.js';
import { profileNames, warmEverything } from './warm-up.js';

const require = createRequire(import.meta.url);
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};
const root = resolve('.');

// The web-page reader's libraries stay out of the bundles: they are runtime dependencies, loaded
// from node_modules only when a command reads an HTML page, so plain text never parses them. The
// CLI bundles turn their import() into require(): they are run through vm.Script on Node 20 (see
// bin/attrition.cjs), which has no loader for import().
const PAGE_READER = ['linkedom', '@mozilla/readability'];

/** dist/chunk-commands-project-run.cjs for src/commands/project/run.ts; packages by their path. */
function chunkFile(source) {
  const name = relative(root, source)
    .replace(/^src\//, '')
    .replace(/\.[cm]?[jt]s$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-');
  return `chunk-${name}.cjs`;
}

/**
 * Turns each dynamic import into a require of its own bundle through bin/attrition.cjs, and
 * records the bundles still to build.
 */
function chunksPlugin(found) {
  return {
    name: 'attrition-chunks',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const target = await b.resolve(args.path, {
          kind: 'import-statement',
          resolveDir: args.resolveDir,
          importer: args.importer,
        });
        if (target.errors.length > 0) return { errors: target.errors };
        if (target.external) return undefined;
        found.set(target.path, chunkFile(target.path));
        return { path: chunkFile(target.path), namespace: 'attrition-chunk' };
      });
      b.onLoad({ filter: /.*/, namespace: 'attrition-chunk' }, (args) => ({
        // Run by bin/attrition.cjs, a bundle's require carries the loader; required by Node itself
        // (Node 22+, the build), it asks for bin/attrition.cjs, which is the loader.
        contents:
          `const load = require.attritionLoad ?? ` +
          `require(require('node:path').join(__dirname, '..', 'bin', 'attrition.cjs')).load;\n` +
          `module.exports = load(\`\${__dirname}/${args.path}\`);\n`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The build refuses an invalid seeds ledger. The CLI ships the file as it is, and runs read it
 * without validating it: a test checks that it is what the ledger's schema makes of it.
 */
async function checkSeedsLedger() {
  const { parseLedger } = await import(`${new URL('../dist/index.js', import.meta.url)}`);
  const parsed = parseLedger(JSON.parse(readFileSync('seeds/ledger.json', 'utf8')));
  if (!parsed.ok) throw new Error(`seeds/ledger.json is not a valid ledger: ${parsed.problem}`);
}

/**
 * Node modules some runs need and most don't, loaded on first use: commander requires
 * node:child_process when it loads (for sub-commands that are separate programs; attrition has
 * none), which brings net, dgram and their bindings; node:worker_threads is needed only by a sweep
 * big enough for threads; fs/promises loads readline and the file watchers (about 1.5 ms), and only
 * writing a ledger uses it (files are read with readFileSync). Each export is a getter that loads
 * the real module, which behaves as the source's import of it does.
 */
const LAZY_BUILTINS = ['child_process', 'worker_threads', 'fs/promises'];
const lazyBuiltins = {
  name: 'attrition-lazy-builtins',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`) }, (args) =>
      // The getters' own require is the real module.
      args.namespace === 'attrition-lazy'
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^node:/, ''), namespace: 'attrition-lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'attrition-lazy' }, ({ path }) => ({
      contents: Object.keys(require(`node:${path}`))
        .map(
          (key) =>
            `Object.defineProperty(exports, ${JSON.stringify(key)}, { enumerable: true, get: () => ` +
            `require('node:${path}')[${JSON.stringify(key)}] });`,
        )
        .join('\n'),
      loader: 'js',
    }));
  },
};

/** The CLI's bundles: the entry, then every chunk its dynamic imports reach, wave by wave. */
async function buildCli(extra) {
  const found = new Map([[resolve('src/cli.ts'), 'cli.cjs']]);
  const built = new Set();
  for (;;) {
    const wave = [...found].filter(([source]) => !built.has(source));
    if (wave.length === 0) return [...found.values()].map((file) => join('dist', file));
    await Promise.all(
      wave.map(([source, file]) => {
        built.add(source);
        return build({
          ...common,
          entryPoints: [source],
          outfile: join('dist', file),
          format: 'cjs',
          external: PAGE_READER,
          supported: { 'dynamic-import': false },
          plugins: [chunksPlugin(found), ...extra],
        });
      }),
    );
  }
}

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  format: 'esm',
  external: PAGE_READER,
});
await checkSeedsLedger();
const bundles = await buildCli([lazyBuiltins]);
// Each bundle in ASCII, so V8 holds its source one byte a character (scripts/ascii-bundle.js).
for (const file of bundles) writeFileSync(file, asciiSource(readFileSync(file, 'utf8'), file));

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});

// The V8 code caches for Node 20 (bin/attrition.cjs), made after running commands so the functions
// a run uses are compiled into them: each command's own (dist/caches/COMMAND/), each made in a
// process of its own, two at a time; then the caches beside the bundles from every run, and for a
// bundle no run reached, its top level.
const { createCodeCaches, createColdCodeCache } = require('../bin/attrition.cjs');
const profileCaches = (name) =>
  new Promise((done, fail) => {
    execFile(process.execPath, ['scripts/profile-caches.js', name], (error, _stdout, stderr) =>
      error ? fail(new Error(`the code caches of ${name}: ${stderr || error.message}`)) : done(),
    );
  });
// One process for attrition itself and for each command of the registry, as the built CLI holds it.
const names = profileNames(require(resolve('dist/cli.cjs')).COMMANDS.map((command) => command.name));
await Promise.all(
  [0, 1].map(async (lane) => {
    for (const name of names.filter((_, i) => i % 2 === lane)) await profileCaches(name);
  }),
);
const caches = await createCodeCaches(resolve('dist/cli.cjs'), warmEverything);
for (const file of bundles.map((b) => resolve(b))) {
  writeFileSync(`${file}.cache`, caches.get(file) ?? createColdCodeCache(file));
}
const stray = readdirSync('dist').filter((f) => f.endsWith('.cjs') && !bundles.includes(join('dist', f)));
if (stray.length > 0) throw new Error(`bundles without a code cache: ${stray.join(', ')}`);
