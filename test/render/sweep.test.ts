import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/core/dates.js';
import { oneValue, parseValues, type Values } from '../../src/core/parse/sweep-values.js';
import { parsePositive } from '../../src/core/parse/numbers.js';
import { createBatch, SweepCursor, sweepRows, type SweepGrid } from '../../src/core/projection/sweep.js';
import { csvField, sweepColumns, sweepWriter, type SweepFormat } from '../../src/render/sweep.js';
import { csvDays } from '../helpers/csv-days.js';

const read = (text: string): Values => {
  const parsed = parseValues(text, parsePositive);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

const grid = (parts: Partial<SweepGrid>): SweepGrid => ({
  name: null,
  force: oneValue(12000),
  rate: oneValue(92),
  start: oneValue(dayFromParts(2024, 12, 6)!),
  threshold: oneValue(1),
  casualties: null,
  asOf: null,
  ...parts,
});

/** Writes every row through the writer with chunks of `chunkBytes` (at least one row's worth). */
function render(format: SweepFormat, grids: SweepGrid[], chunkBytes?: number, batchRows = 4096): string {
  const writer = sweepWriter(format, grids, { input: { test: true }, count: sweepRows(grids).length });
  const size = Math.max(chunkBytes ?? 1 << 16, writer.maxRowBytes);
  const decoder = new TextDecoder();
  let text = writer.head();
  let chunk = { bytes: new Uint8Array(size), length: 0 };
  const cursor = new SweepCursor(grids);
  const batch = createBatch(batchRows);
  while (cursor.fill(batch) > 0) {
    for (let row = 0; (row = writer.rows(batch, row, chunk)) < batch.size; ) {
      text += decoder.decode(chunk.bytes.subarray(0, chunk.length));
      chunk = { bytes: new Uint8Array(size), length: 0 };
    }
  }
  return text + decoder.decode(chunk.bytes.subarray(0, chunk.length)) + writer.tail();
}

describe('csv', () => {
  it('quotes only fields that need it (RFC 4180)', () => {
    expect(csvField('mid-April 2025')).toBe('mid-April 2025');
    expect(csvField('NIS, 13 Jan')).toBe('"NIS, 13 Jan"');
    expect(csvField('the "ISW" case')).toBe('"the ""ISW"" case"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('has a fixed header and one line per row, numbers and dates unquoted', () => {
    const text = render('csv', [grid({ rate: read('80,92') })]);
    expect(text).toBe(
      'force,rate,start,threshold,daysFromStart,date,label\n' +
        '12000,80,2024-12-06,1,150,2025-05-04,early May 2025\n' +
        `12000,92,2024-12-06,1,${csvDays(12000 / 92)},2025-04-15,mid-April 2025\n`,
    );
  });

  it('adds scenario, casualties and as-of columns when they are swept', () => {
    const grids = [
      grid({ name: 'ISW' }),
      grid({
        name: 'NIS, "13 Jan"',
        rate: read('77'),
        casualties: oneValue(3000),
        asOf: oneValue(dayFromParts(2025, 1, 13)!),
      }),
    ];
    expect(sweepColumns(grids)).toEqual([
      'scenario',
      'force',
      'rate',
      'start',
      'threshold',
      'casualties',
      'asOf',
      'daysFromStart',
      'date',
      'label',
    ]);
    const lines = render('csv', grids).split('\n');
    expect(lines[1]).toBe(`ISW,12000,92,2024-12-06,1,,,${csvDays(12000 / 92)},2025-04-15,mid-April 2025`);
    expect(lines[2]).toMatch(
      /^"NIS, ""13 Jan""",12000,77,2024-12-06,1,3000,2025-01-13,155\.883\d+,2025-05-10,early May 2025$/,
    );
  });

  it('writes the same bytes whatever the chunk and batch sizes', () => {
    const grids = [
      grid({ force: read('10000..13000:100'), rate: read('50..60:0.5') }),
      grid({ name: null, rate: read('1..30:1') }),
    ];
    const whole = render('csv', grids);
    expect(whole.split('\n')).toHaveLength(31 * 21 + 30 + 2);
    expect(render('csv', grids, 1, 7)).toBe(whole);
    expect(render('csv', grids, 300, 1)).toBe(whole);
    for (const format of ['ndjson', 'json', 'table'] as const)
      expect(render(format, grids, 1, 5)).toBe(render(format, grids));
  });
});

describe('ndjson and json', () => {
  const grids = [
    grid({ name: 'ISW', rate: read('80,92') }),
    grid({ name: 'NIS', casualties: oneValue(3000), asOf: oneValue(dayFromParts(2025, 1, 13)!) }),
  ];

  it('prints one object per line with the csv columns as keys, equal to the library rows', () => {
    const lines = render('ndjson', grids).trimEnd().split('\n');
    const objects = lines.map((line) => JSON.parse(line));
    expect(objects.map((o) => Object.keys(o))).toEqual(objects.map(() => sweepColumns(grids)));
    expect(objects[0]).toEqual({
      scenario: 'ISW',
      force: 12000,
      rate: 80,
      start: '2024-12-06',
      threshold: 1,
      casualties: null,
      asOf: null,
      daysFromStart: 150,
      date: '2025-05-04',
      label: 'early May 2025',
    });
    const rows = sweepRows(grids);
    expect(objects).toEqual(rows);
  });

  it('prints one JSON document with the input, the count, the columns and the rows', () => {
    const doc = JSON.parse(render('json', grids));
    expect(doc).toMatchObject({
      schemaVersion: 2,
      command: 'sweep',
      input: { test: true },
      result: { count: 3, columns: sweepColumns(grids) },
    });
    expect(doc.result.rows).toEqual(
      render('ndjson', grids)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    );
  });

  it('gives the right date and label when the rows span centuries, and to axes too long to keep', () => {
    const wide = [
      grid({ force: read('12000..12100:1'), rate: { kind: 'list', count: 4, list: [0.01, 0.013, 92, 1000] } }),
    ];
    expect(
      render('ndjson', wide)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(sweepRows(wide));
    const long = [grid({ force: read('1..70000:1') })];
    const lines = render('csv', long).trimEnd().split('\n');
    expect(lines).toHaveLength(70001);
    const last = sweepRows([grid({ force: oneValue(70000) })])[0]!;
    expect(lines.at(-1)).toBe(`70000,92,2024-12-06,1,${csvDays(70000 / 92)},${last.date},${last.label}`);
  });

  it('prints an empty list of rows as valid JSON', () => {
    const writer = sweepWriter('json', [grid({})], { input: null, count: 0 });
    expect(JSON.parse(writer.head() + writer.tail()).result.rows).toEqual([]);
  });
});

describe('table', () => {
  it('aligns grouped numbers, percentages and days to one decimal', () => {
    const text = render('table', [grid({ force: read('9500,12000'), rate: read('92, 100.5') })]);
    expect(text).toMatchSnapshot();
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(' force    rate   start        threshold   days from start   date         period');
    expect(lines[1]).toBe(' 9,500      92   2024-12-06       100 %             103.3   2025-03-19   mid-March 2025');
    expect(new Set(lines.slice(1).map((l) => l.indexOf('2024-12-06'))).size).toBe(1);
  });

  it('fits the width: long headings on two lines, then what every row shares said above, then no period', () => {
    const grids = [grid({ force: read('9500,12000'), rate: read('92, 100.5') })];
    const at = (width: number) => {
      const writer = sweepWriter('table', grids, { input: null, count: 4 }, false, width);
      const chunk = { bytes: new Uint8Array(1 << 16), length: 0 };
      const batch = createBatch();
      new SweepCursor(grids).fill(batch);
      writer.rows(batch, 0, chunk);
      return (writer.head() + new TextDecoder().decode(chunk.bytes.subarray(0, chunk.length))).trimEnd().split('\n');
    };
    for (const width of [100, 90, 80, 60, 50]) {
      const lines = at(width);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      expect(lines.some((l) => l.includes('103.3'))).toBe(true);
    }
    expect(at(90).slice(0, 2)).toEqual([
      '                                                days',
      ' force    rate   start        threshold   from start   date         period',
    ]);
    expect(at(80)[0]).toBe('Every row: start 2024-12-06, threshold 100 %');
    expect(at(50).at(-1)).toBe('12,000  100.5       119.4  2025-04-04');
  });
});
