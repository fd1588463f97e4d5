import { chartPoints, type Chart } from './model.js';
import { isoDate, type Day } from '../../core/dates.js';
import { dayTickLabel, dayTicks, niceTicks } from './scale.js';

/** The times and values a chart's axes cover, with round values to mark on the value axis. */
export interface Frame {
  time: [number, number];
  value: [number, number];
  valueTicks: number[];
}

/** A chart shorter than this many days is widened, so the date axis has room for day ticks. */
const MIN_DAYS = 7;
/** Room after the last point, as a share of the time span, so the final marker is not on the edge. */
const TIME_PADDING = 0.05;

export function chartFrame(chart: Chart, valueTickCount: number): Frame {
  const points = chartPoints(chart);
  const times = points.map((p) => p.at);
  const values = points.map((p) => p.value);
  if (chart.threshold) values.push(chart.threshold.value);
  const first = Math.min(...times);
  const span = Math.max(Math.max(...times) - first, MIN_DAYS);
  const valueTicks = niceTicks(Math.min(chart.valueFloor ?? 0, ...values), Math.max(...values), valueTickCount);
  return {
    time: [first, first + span * (1 + TIME_PADDING)],
    value: [valueTicks[0]!, valueTicks[valueTicks.length - 1]!],
    valueTicks,
  };
}

export interface AxisLabel {
  /** Where the label's tick is, in the axis's units (columns, pixels). */
  at: number;
  text: string;
  /** Key labels are always placed, on a second line if they must; others only where they fit. */
  key: boolean;
}

export interface PlacedLabel extends AxisLabel {
  /** Left edge of the text. */
  left: number;
  line: number;
}

/**
 * Puts labels under their ticks without overlaps: key labels first, in order, then the others
 * where they fit on the first line. Each label is centred on its tick, shifted to stay within
 * [min, max]. `widthOf` measures text in the axis's units.
 */
export function placeLabels(
  labels: AxisLabel[],
  extent: [number, number],
  widthOf: (text: string) => number,
  gap: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const fits = (left: number, right: number, line: number): boolean =>
    placed.every((p) => p.line !== line || right + gap <= p.left || left >= p.left + widthOf(p.text) + gap);
  const ordered = [...labels.filter((l) => l.key), ...labels.filter((l) => !l.key)];
  for (const label of ordered) {
    const width = widthOf(label.text);
    const left = Math.max(extent[0], Math.min(extent[1] - width, Math.round(label.at - width / 2)));
    if (placed.some((p) => p.text === label.text && p.at === label.at)) continue;
    for (let line = 0; line < (label.key ? 3 : 1); line++) {
      if (fits(left, left + width, line)) {
        placed.push({ ...label, left, line });
        break;
      }
    }
  }
  return placed.sort((a, b) => a.line - b.line || a.left - b.left);
}

/**
 * Labels for a date axis: the key days in full (start, projected date), and calendar ticks
 * between them in short form ("Feb 2025"). `spacings` are plot widths per tick, tried in turn:
 * sparse ticks first, denser ones only when no tick between the key days found room.
 */
export function placeDateLabels(
  keyDays: Day[],
  time: [number, number],
  plotWidth: number,
  position: (day: Day) => number,
  extent: [number, number],
  widthOf: (text: string) => number,
  gap: number,
  spacings: readonly number[],
): PlacedLabel[] {
  const keys: AxisLabel[] = keyDays.map((day) => ({ at: position(day), text: isoDate(day), key: true }));
  const lo = Math.min(...keyDays);
  const hi = Math.max(...keyDays);
  let sparsest: PlacedLabel[] | undefined;
  for (const spacing of spacings) {
    const ticks = dayTicks(time[0], time[1], Math.max(1, Math.floor(plotWidth / spacing)));
    const others = ticks.days
      .filter((d) => !keyDays.includes(d))
      .map((day) => ({ at: position(day), text: dayTickLabel(day, ticks.unit), key: false, day }));
    const placed = placeLabels([...keys, ...others], extent, widthOf, gap);
    if (others.some((o) => o.day > lo && o.day < hi && placed.some((p) => !p.key && p.at === o.at))) return placed;
    sparsest ??= placed;
  }
  // No room between the key days at any spacing (or no days between them): the most regular axis.
  return sparsest ?? placeLabels(keys, extent, widthOf, gap);
}
