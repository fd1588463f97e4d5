/** The library API: the same objects `attrition … --json` prints under `result`. */
export { project, ProjectionError, MILESTONE_SHARES } from './core/projection/project.js';
export type { ProjectInput, ProjectResult, Milestone, Point, StrengthPoint } from './core/projection/project.js';
export { projectTrajectory } from './core/projection/project.js';
export type { ScenarioOptions, ScenarioInput, ScenarioResult, ScenarioExtras } from './core/projection/scenario.js';
export type { Range } from './core/figures/range.js';
export { DEFAULT_START_SOURCE } from './core/projection/baseline.js';
export { check, CheckError } from './core/check/run-checks.js';
export type { CheckInput, CheckResult } from './core/check/run-checks.js';
export type { CheckRow, Figure } from './core/check/check-rows.js';
export { auditLedger } from './core/check/audit.js';
export type { AuditResult, AuditRow, ClaimRef } from './core/check/audit.js';
export { parseLedger, ledgerSchema, ledgerJsonSchema } from './core/ledger/ledger.js';
export type { Ledger, Claim } from './core/ledger/ledger.js';
export { selectClaims } from './core/ledger/select-claims.js';
export { CLAIM_KINDS, QUALIFIERS } from './core/figures/vocabulary.js';
export type { ClaimKind, Qualifier } from './core/figures/vocabulary.js';
export { parseQualified, parseDuration, parseWindow } from './core/parse/index.js';
export type { Stated } from './core/figures/amount.js';
export { sweep } from './core/projection/sweep-input.js';
export type { AxisInput, SweepInput, SweepResult } from './core/projection/sweep-input.js';
export type { SweepRow } from './core/projection/sweep.js';
export { monteCarlo, MonteCarloError } from './core/projection/montecarlo.js';
export type { MonteCarloInput, MonteCarloResult, Quantiles, HistogramBin } from './core/projection/montecarlo.js';
export { fit, FitError, readReports } from './core/series/fit.js';
export type { Report, FitResult, FittedReport, FitWarning, FitProjection } from './core/series/fit.js';
export { fitSeries, SEGMENTATION_METHOD } from './core/series/fit-series.js';
export type {
  SeriesFitResult,
  SeriesFitOptions,
  SeriesProjection,
  Segment,
  CurrentRate,
} from './core/series/fit-series.js';
export { readSeries, selectSpan } from './core/series/read-series.js';
export type { SeriesReport, SeriesColumns, SeriesReading, SeriesFormat } from './core/series/read-series.js';
export { backtest, BacktestError, CALIBRATION_METHOD } from './core/series/backtest.js';
export type { BacktestOptions, BacktestResult, BacktestRow, HorizonSummary } from './core/series/backtest.js';
export { partitionSeries } from './core/series/segments.js';
export { calibrate } from './core/series/calibrate.js';
export type { OutlookRow } from './core/series/outlook.js';
export { extractFigures, FIGURE_KINDS, FIGURE_QUALIFIERS } from './extract/index.js';
export type {
  CountPeriod,
  DateRef,
  DateRelation,
  ExtractOptions,
  Figure as ExtractedFigure,
  FigureKind,
  FigureQualifier,
  ShareKind,
} from './extract/index.js';
export { readClaim, ClaimTextError } from './extract/claim.js';
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
export { readArticle, PageLimitError, PAGE_LIMITS } from './extract/html/article.js';
export type { PageArticle } from './extract/html/article.js';
export type { PublishedSource } from './extract/html/published.js';
export { addClaims, emptyLedger } from './core/ledger/add-claims.js';
export type { AddedClaims, FigureSource, SkippedFigure } from './core/ledger/add-claims.js';
export { checkClaim } from './extract/check-claim.js';
export { checkAgainstLedger, NothingComparableError } from './core/check/against-ledger/against-ledger.js';
export type {
  ClaimFigure,
  Comparison,
  FigureVerdict,
  LedgerCheckResult,
  LedgerClaimReading,
  LedgerRef,
} from './core/check/against-ledger/types.js';
