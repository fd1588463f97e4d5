// Writes seeds/general-staff-personnel.json, the General Staff's personnel series as check "TEXT"
// reads it (a first day and one cumulative count a day), from examples/general-staff/. Run after
// the example file changes: npm run general-staff-seed (a test fails while the two differ).
import { readFileSync, writeFileSync } from 'node:fs';

const rows = JSON.parse(readFileSync('examples/general-staff/russia_losses_personnel.json', 'utf8'));
const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 864e5;
rows.forEach((row, i) => {
  if (i > 0 && day(row.date) !== day(rows[i - 1].date) + 1) throw new Error(`a day is missing before ${row.date}`);
});
const seed = {
  source: 'examples/general-staff/russia_losses_personnel.json (MIT; see examples/general-staff/LICENSE)',
  first: rows[0].date,
  counts: rows.map((row) => row.personnel),
};
writeFileSync('seeds/general-staff-personnel.json', `${JSON.stringify(seed)}\n`);
console.log('wrote seeds/general-staff-personnel.json');
