// Runs every bench/*.bench.js in turn (npm run bench). Each prints its own paired measurements.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
let failed = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.bench.js')).sort()) {
  if (only !== undefined && !name.includes(only)) continue;
  console.log(`\n# ${name}`);
  const run = spawnSync(process.execPath, [`${dir}${name}`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
