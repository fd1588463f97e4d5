/** The library API: the same objects `attrition … --json` prints under `result`. */
export { ProjectionError, MILESTONE_SHARES } from './core/projection/project.js';
export {
  project,
  projectTrajectory,
  check,
  auditLedger,
  parseLedger,
  selectClaims,
  parseQualified,
  parseDuration,
  parseWindow,
  sweep,
  monteCarlo,
  fit,
  readReports,
  fitSeries,
  readSeries,
  selectSpan,
  backtest,
  partitionSeries,
  calibrate,
  extractFigures,
  readClaim,
  readArticle,
  addClaims,
  emptyLedger,
  checkClaim,
  checkAgainstLedger,
  InputError,
} from './library.js';
export type { ProjectInput, ProjectResult, Milestone, Point, StrengthPoint } from './core/projection/project.js';
export type { ScenarioOptions, ScenarioInput, ScenarioResult, ScenarioExtras } from './core/projection/scenario.js';
export type { Range } from './core/figures/range.js';
export { DEFAULT_START_SOURCE } from './core/projection/baseline.js';
export { CheckError } from './core/check/run-checks.js';
export type { CheckInput, CheckResult } from './core/check/run-checks.js';
export type { CheckRow, RowValue } from './core/check/check-rows.js';
export type { AuditResult, AuditRow, ClaimRef } from './core/check/audit.js';
export { ledgerSchema, ledgerJsonSchema } from './core/ledger/ledger.js';
export type { Ledger, Claim } from './core/ledger/ledger.js';
export { CLAIM_KINDS, LOSS_KINDS, QUALIFIERS } from './core/figures/vocabulary.js';
export type { ClaimKind, LossKind, Qualifier } from './core/figures/vocabulary.js';
export type { Stated } from './core/figures/amount.js';
export type { AxisInput, SweepInput, SweepResult } from './core/projection/sweep-input.js';
export type { SweepRow } from './core/projection/sweep.js';
export { MonteCarloError } from './core/projection/montecarlo.js';
export type { MonteCarloInput, MonteCarloResult, Quantiles, HistogramBin } from './core/projection/montecarlo.js';
export { FitError } from './core/series/fit.js';
export type { Report, FitResult, FittedReport, FitWarning, FitProjection } from './core/series/fit.js';
export { SEGMENTATION_METHOD } from './core/series/fit-series.js';
export type {
  SeriesFitResult,
  SeriesFitOptions,
  SeriesProjection,
  Segment,
  CurrentRate,
} from './core/series/fit-series.js';
export type { SeriesReport, SeriesColumns, SeriesReading, SeriesFormat } from './core/series/read-series.js';
export { BacktestError, CALIBRATION_METHOD } from './core/series/backtest.js';
export type { BacktestOptions, BacktestResult, BacktestRow, HorizonSummary } from './core/series/backtest.js';
export type { OutlookRow } from './core/series/outlook.js';
export { FIGURE_KINDS, FIGURE_QUALIFIERS } from './extract/types.js';
export type {
  CountPeriod,
  DateRef,
  DateRelation,
  ExtractOptions,
  Figure as ExtractedFigure,
  FigureKind,
  FigureQualifier,
} from './extract/types.js';
export { ClaimTextError } from './extract/claim.js';
export type {
  ClaimOptions,
  ClaimReading,
  ClaimBaseline,
  FieldNamer,
  GivenFigures,
  SetAside,
  Source as ClaimSource,
  Cue,
} from './extract/claim.js';
export { PageLimitError, PAGE_LIMITS } from './extract/html/article.js';
export type { PageArticle } from './extract/html/article.js';
export type { PublishedSource } from './extract/html/published.js';
export type { AddedClaims, FigureSource, SkippedFigure } from './extract/add-claims.js';
export { NothingComparableError } from './core/check/against-ledger/against-ledger.js';
export type {
  ClaimFigure,
  Comparison,
  FigureVerdict,
  LedgerCheckResult,
  LedgerClaimReading,
  LedgerRef,
} from './core/check/against-ledger/types.js';
export type { ClaimCheckJson } from './extract/check-claim-json.js';
export { DuelError, DUEL_HORIZON, INTEGRATION_METHOD } from './core/duel/duel.js';
export { duel, duelFit, readDuelSeries, parseLaw, squareLawAt } from './library.js';
export type { DuelInput, DuelResult, DuelDay, Reinforcement, SideOutcome, ThresholdReached } from './core/duel/duel.js';
export { FIT_CRITERION } from './core/duel/fit.js';
export type {
  DuelFitInput,
  DuelFitResult,
  DuelSeriesDay,
  Estimate,
  FitDay,
  FitMethod,
  FitSideDay,
  LawFit,
} from './core/duel/fit.js';
export type { DuelColumns } from './core/duel/series.js';
export { SQUARE, LINEAR } from './core/duel/laws.js';
export type { Law } from './core/duel/laws.js';

// Subjects: whose losses a figure counts; series references for claims.
export { FORCES, FORCE_NAMES } from './core/subjects.js';
export type { Force, Scope, Subject } from './core/subjects.js';
export type { SeriesReference } from './core/check/against-series/series-reference.js';
export { figureSubjects, subjectOfDescription } from './library.js';
