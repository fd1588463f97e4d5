// Writes one command's V8 code caches (dist/caches/COMMAND/), in a process of its own so they hold
// only the functions that command's runs compiled: node scripts/profile-caches.js COMMAND.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { warmProfile } from './warm-up.js';

const require = createRequire(import.meta.url);
const { createCodeCaches } = require('../bin/attrition.cjs');
const name = process.argv[2];
const caches = await createCodeCaches(resolve('dist/cli.cjs'), (cli) => warmProfile(cli, name));
const dir = join('dist', 'caches', name);
mkdirSync(dir, { recursive: true });
for (const [file, bytes] of caches) writeFileSync(join(dir, `${basename(file)}.cache`), bytes);
