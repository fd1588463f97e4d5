import type { ChartBand, ChartPoint } from './model.js';

/** The value of a polyline at time `at`, or undefined outside its time span. */
export function valueAt(points: readonly ChartPoint[], at: number): number | undefined {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (at >= a.at && at <= b.at)
      return b.at === a.at ? b.value : a.value + ((at - a.at) / (b.at - a.at)) * (b.value - a.value);
  }
  return points.length === 1 && points[0]!.at === at ? points[0]!.value : undefined;
}

/** The band's outline: along the upper edge, then back along the lower edge. */
export function bandPolygon(band: ChartBand): ChartPoint[] {
  return [...band.upper, ...[...band.lower].reverse()];
}

/** Even–odd rule: is (at, value) inside the polygon? */
export function insidePolygon(polygon: readonly ChartPoint[], at: number, value: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.value > value !== b.value > value && at < ((b.at - a.at) * (value - a.value)) / (b.value - a.value) + a.at) {
      inside = !inside;
    }
  }
  return inside;
}
