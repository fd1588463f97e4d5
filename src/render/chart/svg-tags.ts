import type { Chart, ChartMarker } from './model.js';
import { drawnPixels, escapeXml, INK, num, overlaps, textWidth, type Box, type Plot } from './svg-ink.js';

const TAG_SIZE = 11;
const TAG_HEIGHT = 13;
/** Half the size of the space a marker takes, which no tag may cover. */
const MARKER_CLEARANCE = 6;

/**
 * Each tag beside its marker: in the first of eight places around it (right, left, above, below,
 * then the corners) that stays in the plot and covers no other tag, marker or the legend, preferring
 * places that fewer lines cross. Where all eight are taken, a tag goes further above or below (or
 * beside, a row up or down) with a thin leader line to its marker. A tag with no place at all is
 * left out; its marker keeps its tooltip.
 */
export function tags(chart: Chart, plot: Plot, legendBox: Box | undefined): string[] {
  const tagged = chart.markers.filter((m) => m.tag !== undefined);
  if (tagged.length === 0) return [];
  const clearance = (m: ChartMarker): Box => {
    const x = plot.x(m.point.at);
    const y = plot.y(m.point.value);
    return { x0: x - MARKER_CLEARANCE, y0: y - MARKER_CLEARANCE, x1: x + MARKER_CLEARANCE, y1: y + MARKER_CLEARANCE };
  };
  const blocked: Box[] = [...(legendBox ? [legendBox] : []), ...chart.markers.map(clearance)];
  const pixels = drawnPixels({ ...chart, markers: [] }, plot);
  const crossings = (b: Box): number =>
    pixels.reduce(
      (sum, [px, py, weight]) => (px >= b.x0 && px <= b.x1 && py >= b.y0 && py <= b.y1 ? sum + weight : sum),
      0,
    );
  const isFree = (b: Box): boolean =>
    b.x0 >= plot.left + 2 &&
    b.x1 <= plot.right &&
    b.y0 >= plot.top &&
    b.y1 <= plot.bottom &&
    !blocked.some((o) => overlaps(b, o));
  const out: string[] = [];
  for (const m of tagged) {
    const index = chart.markers.indexOf(m);
    const x = plot.x(m.point.at);
    const y = plot.y(m.point.value);
    const w = textWidth(m.tag!, TAG_SIZE);
    const h = TAG_HEIGHT;
    const box = ([x0, y0]: number[]): Box => ({ x0: x0!, y0: y0!, x1: x0! + w, y1: y0! + h });
    // Centred above or below, a tag slides sideways to stay in the plot.
    const centred = Math.max(plot.left + 2, Math.min(plot.right - w, x - w / 2));
    const near = [
      [x + 9, y - h / 2],
      [x - 9 - w, y - h / 2],
      [centred, y - 9 - h],
      [centred, y + 9],
      [x + 7, y - 7 - h],
      [x + 7, y + 7],
      [x - 7 - w, y - 7 - h],
      [x - 7 - w, y + 7],
    ]
      .map(box)
      .filter(isFree);
    const far = [1, 2, 3, 4, 5, 6, 7, 8]
      .flatMap((k) => {
        const step = k * (h + 2);
        return [
          [centred, y - 9 - h - step],
          [centred, y + 9 + step],
          [x + 9, y - h / 2 - step],
          [x + 9, y - h / 2 + step],
          [x - 9 - w, y - h / 2 - step],
          [x - 9 - w, y - h / 2 + step],
        ];
      })
      .map(box);
    const place = near.length > 0 ? near.reduce((a, b) => (crossings(b) < crossings(a) ? b : a)) : far.find(isFree);
    if (place === undefined) continue;
    blocked.push(place);
    const data = `data-marker="${index}" data-at="${m.point.at}" data-value="${m.point.value}"`;
    if (near.length === 0) out.push(leader(x, y, place, data));
    out.push(
      `<text class="tag ${m.kind}" ${data} x="${num(place.x0)}" y="${num(place.y1 - 3)}" ` +
        `font-size="${TAG_SIZE}" fill="${INK.text}" stroke="#fff" stroke-width="3" stroke-linejoin="round" ` +
        `paint-order="stroke">${escapeXml(m.tag!)}</text>`,
    );
  }
  return out;
}

/** A thin line from the edge of a marker at (x, y) to the nearest point of its tag's box. */
function leader(x: number, y: number, b: Box, data: string): string {
  const tx = Math.max(b.x0, Math.min(b.x1, x));
  const ty = Math.max(b.y0, Math.min(b.y1, y));
  const length = Math.hypot(tx - x, ty - y);
  const fx = x + ((tx - x) / length) * MARKER_CLEARANCE;
  const fy = y + ((ty - y) / length) * MARKER_CLEARANCE;
  return (
    `<line class="leader" ${data} x1="${num(fx)}" y1="${num(fy)}" x2="${num(tx)}" y2="${num(ty)}" ` +
    `stroke="${INK.muted}" stroke-width="0.75"/>`
  );
}
