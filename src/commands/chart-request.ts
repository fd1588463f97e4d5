import { UsageError } from '../errors.js';

/** What a command was asked to draw. Checked before any work, so a refused request costs nothing. */
export interface ChartRequest {
  /** Draw the chart in the terminal after the report. */
  chart: boolean;
  /** Write an SVG: a file name, or - for stdout (then stdout carries only the SVG). */
  svg: string | undefined;
  /** Mark a ledger's dated casualty figures: true for the seeds ledger, or a ledger file. */
  ledgerPoints: string | true | undefined;
}

/**
 * The chart flags given (--chart, --svg, --ledger-points), checked against each other and --json;
 * undefined when no chart is asked for. stdout carries one thing: the report (with its chart), one
 * JSON document, or one SVG. This module stays small: the chart code is imported only when drawn.
 */
export function chartRequest(raw: Record<string, unknown>, json: boolean): ChartRequest | undefined {
  const chart = raw.chart === true;
  const svg = typeof raw.svg === 'string' ? raw.svg : undefined;
  const ledgerPoints = raw.ledgerPoints === true || typeof raw.ledgerPoints === 'string' ? raw.ledgerPoints : undefined;
  if (!chart && svg === undefined) {
    if (ledgerPoints !== undefined)
      throw new UsageError('--ledger-points marks figures on a chart; add --chart or --svg FILE');
    return undefined;
  }
  if (svg === '') throw new UsageError('--svg "" is not a file name; give one such as chart.svg, or - for stdout');
  if (svg === '-' && json) {
    throw new UsageError('--svg "-" writes the SVG to stdout, where --json writes; give a file such as chart.svg');
  }
  if (svg === '-' && chart) {
    throw new UsageError('--svg "-" writes the SVG to stdout, where --chart draws; give a file such as chart.svg');
  }
  if (chart && json)
    throw new UsageError('--chart draws on stdout, where --json writes its document; leave out one of them');
  if (ledgerPoints === '') {
    throw new UsageError('--ledger-points "" is not a file name; give a ledger, or no value for the seeds');
  }
  return { chart, svg, ledgerPoints };
}
