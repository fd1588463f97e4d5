// Bundles the CLI and the library with esbuild, then writes the library's type declarations.
//
// The CLI is one CommonJS file: on Node 20 it starts measurably faster than an ES module
// bundle (no ES module loader, lazily compiled functions), and start-up matters for a tool
// run in loops. The library stays an ES module.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };

// The web-page reader's libraries stay out of the bundles: they are runtime dependencies, loaded
// from node_modules only when a command reads an HTML page, so plain text never parses them. The
// CLI bundle turns their import() into require(): it is run through vm.Script on Node 20 (see
// bin/load-cached.cjs), which has no loader for import().
const PAGE_READER = ['linkedom', '@mozilla/readability'];

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.cjs', format: 'cjs', external: PAGE_READER, supported: { 'dynamic-import': false } }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', format: 'esm', external: PAGE_READER }),
]);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

// The V8 code cache for Node 20 (bin/load-cached.cjs), made after running the reference case and
// the help so the functions they use are compiled into it.
const { createCodeCache } = createRequire(import.meta.url)('../bin/load-cached.cjs');
const sink = { write: () => true, isTTY: false };
const cache = await createCodeCache(resolve('dist/cli.cjs'), async ({ main }) => {
  const io = { stdout: sink, stderr: sink, env: {} };
  await main(['project', '--force', '12000', '--rate', '92'], io);
  await main(['--help'], io);
});
writeFileSync('dist/cli.cjs.cache', cache);
