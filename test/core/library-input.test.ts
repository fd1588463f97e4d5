import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { InputError } from '../../src/index.js';

const LEDGER = { schemaVersion: 1, subject: 'test', claims: [] };
const REPORTS = [
  { date: '2024-12-15', casualties: 920 },
  { date: '2025-01-16', casualties: 3864 },
];

/** Each exported function, called with inputs that miss a field or give it the wrong type, and the field named. */
const BAD_CALLS: [string, () => unknown, RegExp][] = [
  ['figureSubjects', () => library.figureSubjects('Russia lost 1,000', 'x' as never), /^figureSubjects: spans must be/],
  ['subjectOfDescription', () => library.subjectOfDescription(7 as never), /^subjectOfDescription: description must/],
  ['duel', () => library.duel({ x: 100, y: 80, a: 0.05, b: 0.01 } as never), /^duel: input\.start is required/],
  ['duel', () => library.duel({ x: '100', y: 80, a: 0.05, b: 0.01, start: '1945-02-19' } as never), /input\.x must be/],
  ['duelFit', () => library.duelFit({} as never), /^duelFit: input\.days is required/],
  [
    'readDuelSeries',
    () => library.readDuelSeries(undefined as never, {} as never),
    /^readDuelSeries: text is required/,
  ],
  ['parseLaw', () => library.parseLaw(3 as never), /^parseLaw: text must be/],
  ['squareLawAt', () => library.squareLawAt(100, 80, 0.05, 0.01, undefined as never), /^squareLawAt: t is required/],
  ['project', () => library.project({ force: 12000, rate: 92 } as never), /^project: input\.start is required: a date/],
  ['project', () => library.project(undefined as never), /^project: input is required: an object/],
  [
    'project',
    () => library.project({ force: '12000', rate: 92, start: '2024-12-06' } as never),
    /input\.force must be/,
  ],
  [
    'project',
    () => library.project({ force: 12000, rate: 92, start: '2024-12-06', phases: [{ from: '2025-01-17' }] } as never),
    /^project: input\.phases\[0\]\.rate is required/,
  ],
  ['projectTrajectory', () => library.projectTrajectory({ rate: 92 } as never), /input\.force is required/],
  ['check', () => library.check({ start: '2024-12-06' } as never), /^check: input\.start must be a day number/],
  ['check', () => library.check({ start: 0, force: 12000 } as never), /^check: input\.force must be an object/],
  ['auditLedger', () => library.auditLedger({} as never), /^auditLedger: ledger\.schemaVersion is required/],
  [
    'auditLedger',
    () => library.auditLedger({ ...LEDGER, claims: [{ id: 'x' }] } as never),
    /^auditLedger: ledger is not a valid ledger: /,
  ],
  ['auditLedger', () => library.auditLedger(LEDGER as never, '10%' as never), /^auditLedger: tolerance must be/],
  ['selectClaims', () => library.selectClaims(undefined as never), /^selectClaims: ledger is required/],
  [
    'parseQualified',
    () => library.parseQualified(12 as never, library.parseDuration as never),
    /^parseQualified: text/,
  ],
  ['parseDuration', () => library.parseDuration(undefined as never), /^parseDuration: text is required/],
  ['parseWindow', () => library.parseWindow(20250101 as never), /^parseWindow: text must be a string/],
  ['sweep', () => library.sweep({ force: 12000 } as never), /^sweep: input\.rate is required/],
  [
    'sweep',
    () => library.sweep([{ force: 'x', rate: 92 }] as never),
    /^sweep: input\[0\]\.force must be a number, a list/,
  ],
  ['monteCarlo', () => library.monteCarlo({ force: 12000, rate: 92, start: '2024-12-06' } as never), /input\.samples/],
  ['fit', () => library.fit(undefined as never), /^fit: reports is required: an array/],
  ['fit', () => library.fit([{ date: '2025-01-01' }] as never), /^fit: reports\[0\]\.casualties is required/],
  ['readReports', () => library.readReports(undefined as never), /^readReports: text is required/],
  ['fitSeries', () => library.fitSeries([{ casualties: 1 }] as never), /^fitSeries: reports\[0\]\.date is required/],
  ['readSeries', () => library.readSeries('2025-01-01,1', undefined as never), /^readSeries: name is required/],
  ['selectSpan', () => library.selectSpan(REPORTS, '2025-01-01' as never), /^selectSpan: since must be a day number/],
  ['backtest', () => library.backtest(REPORTS, {} as never), /^backtest: options\.window is required/],
  ['partitionSeries', () => library.partitionSeries({ days: [1, 2] } as never), /series\.counts is required/],
  ['calibrate', () => library.calibrate([{ error: 0.1 }] as never, 30, 0.9), /^calibrate: origins\[0\]\.day/],
  ['extractFigures', () => library.extractFigures(undefined as never), /^extractFigures: text is required/],
  [
    'extractFigures',
    () => library.extractFigures('12,000 troops', { published: '2025-01-16' } as never),
    /^extractFigures: options\.published must be a day number/,
  ],
  ['readClaim', () => library.readClaim(null as never), /^readClaim: text must be a string; got null/],
  ['emptyLedger', () => library.emptyLedger(undefined as never), /^emptyLedger: subject is required/],
  ['addClaims', () => library.addClaims(LEDGER as never, [], {} as never), /^addClaims: source\.document/],
  ['checkClaim', () => library.checkClaim(undefined as never, LEDGER), /^checkClaim: claim is required/],
  ['checkClaim', () => library.checkClaim('2,500 killed', undefined), /^checkClaim: ledger is required/],
  ['checkAgainstLedger', () => library.checkAgainstLedger({} as never, LEDGER as never), /reading\.text is required/],
];

describe('the library names a missing or wrongly typed field', () => {
  for (const [name, call, expected] of BAD_CALLS) {
    it(`${name}: ${expected.source}`, () => {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InputError);
      expect(thrown).not.toBeInstanceOf(TypeError);
      expect((thrown as Error).message).toMatch(expected);
    });
  }

  it('rejects readArticle without text with the same error', async () => {
    await expect(library.readArticle(undefined as never)).rejects.toThrow(/^readArticle: html is required/);
  });

  it('covers every function the library exports', () => {
    const functions = Object.entries(library)
      .filter(([, value]) => typeof value === 'function' && !/^[A-Z]/.test(value.name || 'x'))
      .map(([name]) => name)
      // parseLedger takes anything and says what is wrong; ledgerJsonSchema takes nothing.
      .filter((name) => !/Error$/.test(name) && name !== 'parseLedger' && name !== 'ledgerJsonSchema');
    const tested = new Set([...BAD_CALLS.map(([name]) => name), 'readArticle']);
    expect(functions.filter((name) => !tested.has(name))).toEqual([]);
  });

  it('lets well-formed input through to the answer', () => {
    expect(library.project({ force: 12000, rate: 92, start: '2024-12-06' }).date).toBe('2025-04-15');
    expect(library.parseLedger(undefined).ok).toBe(false);
  });
});
