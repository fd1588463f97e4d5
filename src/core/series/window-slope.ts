import type { DailySeries } from './daily.js';

/**
 * Least-squares slopes of a cumulative count on the day over runs of consecutive reports, each in
 * constant time from prefix sums (days counted from the first report, so whole counts keep the
 * sums exact well past 10,000 days of counts in the millions).
 */
export interface SlopeSums {
  slope(first: number, last: number): number;
  /** The least-squares line over reports first..last: the count it gives for a day. */
  line(first: number, last: number): (day: number) => number;
  /** The slope's standard error under independent errors (the textbook t interval's), NaN below three reports. */
  naiveStandardError(first: number, last: number): number;
}

export function slopeSums(series: DailySeries): SlopeSums {
  const { days, counts } = series;
  const n = days.length;
  const sx = new Float64Array(n + 1);
  const sy = new Float64Array(n + 1);
  const sxx = new Float64Array(n + 1);
  const sxy = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = days[i]! - days[0]!;
    const y = counts[i]!;
    sx[i + 1] = sx[i]! + x;
    sy[i + 1] = sy[i]! + y;
    sxx[i + 1] = sxx[i]! + x * x;
    sxy[i + 1] = sxy[i]! + x * y;
  }
  const line = (first: number, last: number) => {
    const m = last - first + 1;
    const x = sx[last + 1]! - sx[first]!;
    const y = sy[last + 1]! - sy[first]!;
    const spread = m * (sxx[last + 1]! - sxx[first]!) - x * x;
    const slope = spread > 0 ? (m * (sxy[last + 1]! - sxy[first]!) - x * y) / spread : NaN;
    return { m, slope, intercept: (y - slope * x) / m, spread: spread / m };
  };
  return {
    slope: (first, last) => line(first, last).slope,
    line(first, last) {
      const { slope, intercept } = line(first, last);
      return (day) => intercept + slope * (day - days[0]!);
    },
    naiveStandardError(first, last) {
      const { m, slope, intercept, spread } = line(first, last);
      if (m < 3 || !(spread > 0)) return NaN;
      // Residuals are summed directly: differences of prefix sums of squared counts lose the digits that matter.
      let sse = 0;
      for (let i = first; i <= last; i++) sse += (counts[i]! - (intercept + slope * (days[i]! - days[0]!))) ** 2;
      return Math.sqrt(sse / (m - 2) / spread);
    },
  };
}

/**
 * For each report i, the index of the first report dated within the `window` days ending on its
 * day (day − window + 1 through day), or −1 when the series does not reach that far back yet.
 * Two pointers: linear in the number of reports.
 */
export function windowStarts(series: DailySeries, window: number): Int32Array {
  const { days } = series;
  const starts = new Int32Array(days.length).fill(-1);
  let first = 0;
  for (let i = 0; i < days.length; i++) {
    const opens = days[i]! - window + 1;
    while (days[first]! < opens) first++;
    if (opens >= days[0]!) starts[i] = first;
  }
  return starts;
}
