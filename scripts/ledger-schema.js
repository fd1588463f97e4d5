// Writes seeds/ledger.schema.json from the zod schema in src/core/ledger/ledger.ts.
// Run after changing the schema: npm run ledger-schema (a test fails while the two differ).
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const bundled = await build({
  entryPoints: ['src/core/ledger/ledger.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const source = Buffer.from(bundled.outputFiles[0].text).toString('base64');
const { ledgerJsonSchema } = await import(`data:text/javascript;base64,${source}`);
writeFileSync('seeds/ledger.schema.json', `${JSON.stringify(ledgerJsonSchema(), null, 2)}\n`);
console.log('wrote seeds/ledger.schema.json');
