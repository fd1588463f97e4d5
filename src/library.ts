/**
 * The library's functions with the shape of their arguments checked first: a missing or wrongly typed field throws
 * InputError naming the function and the field, as the CLI names the flag. The commands call the core directly.
 */
import {
  arrayOf,
  checkArguments,
  date,
  dateOrRange,
  day,
  either,
  func,
  InputError,
  number,
  numberOrRange,
  object,
  oneOf,
  optional,
  text,
  type Shape,
} from './core/input-shape.js';
import { project as rawProject, projectTrajectory as rawProjectTrajectory } from './core/projection/project.js';
import { check as rawCheck } from './core/check/run-checks.js';
import { auditLedger as rawAuditLedger } from './core/check/audit.js';
import { parseLedger as rawParseLedger } from './core/ledger/ledger.js';
import { selectClaims as rawSelectClaims } from './core/ledger/select-claims.js';
import { parseDuration as rawParseDuration } from './core/parse/durations.js';
import { parseQualified as rawParseQualified } from './core/parse/qualified.js';
import { parseWindow as rawParseWindow } from './core/parse/periods.js';
import { sweep as rawSweep } from './core/projection/sweep-input.js';
import { monteCarlo as rawMonteCarlo } from './core/projection/montecarlo.js';
import { fit as rawFit, readReports as rawReadReports } from './core/series/fit.js';
import { fitSeries as rawFitSeries } from './core/series/fit-series.js';
import { readSeries as rawReadSeries, selectSpan as rawSelectSpan } from './core/series/read-series.js';
import { backtest as rawBacktest } from './core/series/backtest.js';
import { partitionSeries as rawPartitionSeries } from './core/series/segments.js';
import { calibrate as rawCalibrate } from './core/series/calibrate.js';
import { extractFigures as rawExtractFigures } from './extract/extract.js';
import { readClaim as rawReadClaim } from './extract/claim.js';
import { readArticle as rawReadArticle } from './extract/html/article.js';
import { addClaims as rawAddClaims, emptyLedger as rawEmptyLedger } from './extract/add-claims.js';
import { checkClaim as rawCheckClaim } from './extract/check-claim.js';
import { checkAgainstLedger as rawCheckAgainstLedger } from './core/check/against-ledger/against-ledger.js';
import { claimCheckJson } from './extract/check-claim-json.js';
import { duel as rawDuel, squareLawAt as rawSquareLawAt } from './core/duel/duel.js';
import { duelFit as rawDuelFit } from './core/duel/fit.js';
import { readDuelSeries as rawReadDuelSeries } from './core/duel/series.js';
import { parseLaw as rawParseLaw } from './core/duel/laws.js';
import {
  figureSubjects as rawFigureSubjects,
  subjectOfDescription as rawSubjectOfDescription,
} from './extract/subject.js';

export { InputError };

const ledgerFrame = object({ schemaVersion: number, subject: text, claims: arrayOf(object({})) });

/** A ledger: what parseLedger accepts, or one with no claims yet (as emptyLedger makes). */
const ledger: Shape = (value, path) => {
  const frame = ledgerFrame(value, path);
  if (frame) return frame;
  if ((value as { claims: unknown[] }).claims.length === 0) return null;
  const parsed = rawParseLedger(value);
  return parsed.ok ? null : [path, `is not a valid ledger: ${parsed.problem}`];
};

/** One grid, or a list of them: a problem is named inside the grid. */
const grids =
  (grid: Shape): Shape =>
  (value, path) =>
    Array.isArray(value) ? arrayOf(grid)(value, path) : grid(value, path);

const SCENARIO_FIELDS: Record<string, Shape> = {
  phases: optional(arrayOf(object({ from: date, rate: number }))),
  reinforcements: optional(arrayOf(object({ on: date, troops: number }))),
  returnToDuty: optional(object({ share: number, days: optional(number) })),
  killedShare: optional(number),
  model: optional(oneOf('constant', 'decay')),
  horizonDays: optional(number),
  on: optional(date),
};

const projectInput = object({
  force: numberOrRange,
  rate: numberOrRange,
  start: date,
  threshold: optional(number),
  casualties: optional(numberOrRange),
  asOf: optional(date),
  ...SCENARIO_FIELDS,
});

const stated = object({ qualifier: text, low: number, high: number });
const window = object({ first: day, last: day });
const checkInput = object({
  force: optional(stated),
  rate: optional(stated),
  start: day,
  casualties: optional(stated),
  killed: optional(stated),
  wounded: optional(stated),
  asOf: optional(window),
  asOfText: optional(text),
  by: optional(window),
  byText: optional(text),
  within: optional(object({ qualifier: text, low: number, high: number, unit: text })),
  withinText: optional(text),
  tolerance: optional(number),
});

const numberAxis = either(
  'a number, a list of numbers or steps { from, to, step }',
  number,
  arrayOf(number),
  object({ from: number, to: number, step: number }),
);
const dateAxis = either(
  'a date string, a list of them or steps { from, to, step }',
  date,
  arrayOf(date),
  object({ from: date, to: date, step: number }),
);
const sweepInput = object({
  name: optional(text, true),
  force: numberAxis,
  rate: numberAxis,
  start: optional(dateAxis),
  threshold: optional(numberAxis),
  casualties: optional(numberAxis, true),
  asOf: optional(dateAxis, true),
  ...SCENARIO_FIELDS,
});

const monteCarloInput = object({
  force: numberOrRange,
  rate: numberOrRange,
  start: dateOrRange,
  threshold: optional(number),
  casualties: optional(numberOrRange),
  asOf: optional(date),
  samples: number,
  seed: number,
  dist: optional(oneOf('uniform', 'triangular')),
  by: optional(date),
  ...SCENARIO_FIELDS,
});

const report = object({ date: date, casualties: number, source: optional(text) });
const reports = arrayOf(report);
const figure = object({ kind: text, qualifier: text, unit: text, span: arrayOf(number), text: text });
const claimReading = object({
  text: text,
  figures: arrayOf(object({ id: text, kind: text, stated, text: text })),
  setAside: arrayOf(object({ kind: text, text: text, reason: text })),
  published: optional(day),
});
const givenFigures = optional(object({}));
const claimOptions = optional(
  object({
    given: givenFigures,
    published: optional(day),
    baseline: optional(object({ start: day, id: text, claimant: text, note: text })),
  }),
);

/** A function whose arguments are checked against `shapes` (one per argument, by name) before it runs. */
function guarded<F extends (...args: never[]) => unknown>(name: string, fn: F, shapes: [string, Shape][]): F {
  const wrapped = (...args: Parameters<F>) => {
    checkArguments(name, args, shapes);
    return fn(...args);
  };
  return wrapped as unknown as F;
}

export const project = guarded('project', rawProject, [['input', projectInput]]);
export const projectTrajectory = guarded('projectTrajectory', rawProjectTrajectory, [['input', projectInput]]);
export const check = guarded('check', rawCheck, [['input', checkInput]]);
export const auditLedger = guarded('auditLedger', rawAuditLedger, [
  ['ledger', ledger],
  ['tolerance', optional(number)],
]);
export const parseLedger = rawParseLedger;
export const selectClaims = guarded('selectClaims', rawSelectClaims, [
  ['ledger', ledger],
  ['filter', optional(object({ claimant: optional(text), kind: optional(text) }))],
]);
export const parseQualified = guarded('parseQualified', rawParseQualified, [
  ['text', text],
  ['single', func],
]);
export const parseDuration = guarded('parseDuration', rawParseDuration, [['text', text]]);
export const parseWindow = guarded('parseWindow', rawParseWindow, [['text', text]]);
export const sweep = guarded('sweep', rawSweep, [['input', grids(sweepInput)]]);
export const monteCarlo = guarded('monteCarlo', rawMonteCarlo, [['input', monteCarloInput]]);
export const fit = guarded('fit', rawFit, [
  ['reports', reports],
  ['options', optional(object({ force: optional(number) }))],
]);
export const readReports = guarded('readReports', rawReadReports, [['text', text]]);
export const fitSeries = guarded('fitSeries', rawFitSeries, [
  ['reports', reports],
  [
    'options',
    optional(
      object({ force: optional(number), target: optional(number), window: optional(number), level: optional(number) }),
    ),
  ],
]);
export const readSeries = guarded('readSeries', rawReadSeries, [
  ['text', text],
  ['name', text],
  ['columns', optional(object({ date: optional(text), value: optional(text), qualifier: optional(text) }))],
]);
export const selectSpan = guarded('selectSpan', rawSelectSpan, [
  ['reports', reports],
  ['since', optional(day)],
  ['until', optional(day)],
]);
export const backtest = guarded('backtest', rawBacktest, [
  ['reports', reports],
  ['options', object({ window: number, horizons: arrayOf(number), level: number })],
]);
export const partitionSeries = guarded('partitionSeries', rawPartitionSeries, [
  ['series', object({ days: arrayOf(day), counts: arrayOf(number) })],
  ['minSpan', optional(number)],
]);
export const calibrate = guarded('calibrate', rawCalibrate, [
  ['origins', arrayOf(object({ day: day, error: optional(number, true) }))],
  ['horizon', number],
  ['level', number],
  ['options', optional(object({ minErrors: optional(number), step: optional(number) }))],
]);
export const extractFigures = guarded('extractFigures', rawExtractFigures, [
  ['text', text],
  ['options', optional(object({ published: optional(day), baseline: optional(day) }))],
]);
export const readClaim = guarded('readClaim', rawReadClaim, [
  ['text', text],
  ['options', claimOptions],
]);
/** Asynchronous: a shape problem is a rejected promise, as any other failure of it is. */
export const readArticle: typeof rawReadArticle = async (html) => {
  checkArguments('readArticle', [html], [['html', text]]);
  return rawReadArticle(html);
};
export const emptyLedger = guarded('emptyLedger', rawEmptyLedger, [['subject', text]]);
export const addClaims = guarded('addClaims', rawAddClaims, [
  ['ledger', ledger],
  ['figures', arrayOf(figure)],
  ['source', object({ document: text, claimant: text, published: optional(day), subject: optional(text) })],
]);
const guardedCheckClaim = guarded('checkClaim', rawCheckClaim, [
  ['claim', either('a claim as text, or a reading of one', text, claimReading)],
  ['ledger', ledger],
  [
    'options',
    optional(
      object({
        tolerance: optional(number),
        published: optional(either('a day number or a date string', day, date)),
        given: givenFigures,
        claimant: optional(text),
        series: optional(arrayOf(object({ id: text, name: text, claimant: text, days: arrayOf(number) }))),
      }),
    ),
  ],
]);
const guardedCheckAgainstLedger = guarded('checkAgainstLedger', rawCheckAgainstLedger, [
  ['reading', claimReading],
  ['ledger', ledger],
  ['options', optional(object({ tolerance: optional(number) }))],
]);
/** A claim checked against a ledger: what `check "TEXT" --json` prints under `result`. */
export const checkClaim = (...args: Parameters<typeof rawCheckClaim>) => claimCheckJson(guardedCheckClaim(...args));
/** A claim's reading checked against a ledger, its figures named as checkClaim's. */
export const checkAgainstLedger = (...args: Parameters<typeof rawCheckAgainstLedger>) =>
  claimCheckJson(guardedCheckAgainstLedger(...args));

const law = either('a law name ("square", "linear") or { p, q }', text, object({ p: number, q: number }));
const sideReinforcements = optional(arrayOf(object({ on: date, troops: number })));
const duelInput = object({
  x: number,
  y: number,
  a: number,
  b: number,
  law: optional(law),
  start: date,
  days: optional(number),
  threshold: optional(number),
  reinforcements: optional(object({ x: sideReinforcements, y: sideReinforcements })),
  stepsPerDay: optional(number),
});
const duelFitInput = object({
  days: arrayOf(object({ date: date })),
  x0: optional(number),
  y0: optional(number),
  xEnd: optional(number),
  yEnd: optional(number),
  law: optional(law),
  level: optional(number),
});

export const duel = guarded('duel', rawDuel, [['input', duelInput]]);
export const duelFit = guarded('duelFit', rawDuelFit, [['input', duelFitInput]]);
export const readDuelSeries = guarded('readDuelSeries', rawReadDuelSeries, [
  ['text', text],
  ['columns', object({})],
]);
export const parseLaw = guarded('parseLaw', rawParseLaw, [['text', text]]);
export const squareLawAt = guarded('squareLawAt', rawSquareLawAt, [
  ['x0', number],
  ['y0', number],
  ['a', number],
  ['b', number],
  ['t', number],
]);

export const figureSubjects = guarded('figureSubjects', rawFigureSubjects, [
  ['text', text],
  ['spans', arrayOf(arrayOf(number))],
  ['options', optional(object({ claimant: optional(text) }))],
]);
export const subjectOfDescription = guarded('subjectOfDescription', rawSubjectOfDescription, [['description', text]]);
