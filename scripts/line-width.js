// Lists every line wider than the formatter's width (120 columns) in the tracked source, tests and
// scripts, and exits 1 if there is any. Biome cannot break long string literals, so this keeps them split.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX_COLUMNS = 120;
const PATTERNS = ['src/**/*.ts', 'test/**/*.ts', 'scripts/*.js', 'bench/*.js'];

const files = execFileSync('git', ['ls-files', '--', ...PATTERNS.map((pattern) => `:(glob)${pattern}`)], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file !== '');

const overlong = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line, index) => ({ file, line: index + 1, columns: [...line].length }))
    .filter(({ columns }) => columns > MAX_COLUMNS),
);

for (const { file, line, columns } of overlong) {
  console.log(`${file}:${line}: ${columns} columns (at most ${MAX_COLUMNS})`);
}
if (overlong.length > 0) {
  console.error(`${overlong.length} line(s) over ${MAX_COLUMNS} columns`);
  process.exit(1);
}
