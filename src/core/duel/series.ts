import { readCsv } from '../series/csv.js';
import { parseNumber } from '../parse/numbers.js';
import type { DuelSeriesDay } from './fit.js';
import { echo, shorten } from '../wording.js';

/** Which CSV column holds each of a battle series' figures, by header name. */
export interface DuelColumns {
  date: string;
  xLosses?: string;
  xStrength?: string;
  xAdded?: string;
  yLosses?: string;
  yStrength?: string;
  yAdded?: string;
}

export type DuelSeriesRead =
  | { ok: true; days: DuelSeriesDay[] }
  | { ok: false; field: keyof DuelColumns | null; problem: string };

const FIGURES = ['xLosses', 'xStrength', 'xAdded', 'yLosses', 'yStrength', 'yAdded'] as const;

/**
 * A battle's daily series from CSV with a header: one row a day, the columns named by `columns`.
 * An empty cell of an added-troops column is 0. A problem names the column's field.
 */
export function readDuelSeries(text: string, columns: DuelColumns): DuelSeriesRead {
  const csv = readCsv(text);
  if (!csv.ok) return { ok: false, field: null, problem: `line ${csv.line} ${csv.problem}` };
  const [header, ...rows] = csv.records;
  if (header === undefined) return { ok: false, field: null, problem: 'is empty; expected CSV with a header row' };
  const names = header.fields.map((f) => f.trim());
  const indexOf = (field: keyof DuelColumns): number | undefined | { problem: string } => {
    const name = columns[field];
    if (name === undefined) return undefined;
    const at = names.indexOf(name);
    return at >= 0 ? at : { problem: `names no column of the file: ${names.map((n) => shorten(n, 12)).join(', ')}` };
  };
  const date = indexOf('date') as number | { problem: string };
  if (typeof date !== 'number') return { ok: false, field: 'date', problem: date.problem };
  const at: Partial<Record<(typeof FIGURES)[number], number>> = {};
  for (const field of FIGURES) {
    const i = indexOf(field);
    if (typeof i === 'object') return { ok: false, field, problem: i.problem };
    if (i !== undefined) at[field] = i;
  }
  const days: DuelSeriesDay[] = [];
  for (const row of rows) {
    const day: DuelSeriesDay = { date: (row.fields[date] ?? '').trim() };
    for (const field of FIGURES) {
      const i = at[field];
      if (i === undefined) continue;
      const cell = (row.fields[i] ?? '').trim();
      if (cell === '' && field.endsWith('Added')) continue;
      const parsed = parseNumber(cell);
      if (!parsed.ok) {
        return {
          ok: false,
          field,
          problem: `has ${echo(cell)} on line ${row.line}, which ${parsed.problem}`,
        };
      }
      day[field] = parsed.value;
    }
    days.push(day);
  }
  return { ok: true, days };
}
