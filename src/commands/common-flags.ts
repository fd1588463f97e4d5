import { SVG_HEIGHT, SVG_WIDTH } from '../render/chart/svg-size.js';
import type { FlagTable } from './flag-table.js';

/** --json, for a command whose output is `instead` otherwise. */
export const jsonFlag = (instead = 'the report') =>
  ({ json: { help: `print one JSON document instead of ${instead}` } }) as const satisfies FlagTable;

/** --chart and --svg, for a command that draws a chart; `chart` says what the terminal chart shows. */
export const chartFlags = (chart: string) =>
  ({
    chart: { help: chart },
    svg: {
      value: '<file>',
      help: `write the chart as an ${SVG_WIDTH} × ${SVG_HEIGHT} SVG file; - writes only the SVG to stdout`,
    },
  }) as const satisfies FlagTable;
