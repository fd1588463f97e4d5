import type { Document, Element } from '@xmldom/xmldom';
import { elements, numberAttr } from './xml.js';
import { day as dayOf } from './dates.js';

/** The date axis as the SVG draws it, read back from two of its ticks: pixels per day. */
export function dateAxisOf(doc: Document): (at: number) => number {
  const ticks = elements(doc, 'g', 'tick', 'x').map((g) => ({
    day: dayOf(g.getAttribute('data-day')!),
    x: numberAttr(g.getElementsByTagName('line')[0]!, 'x1'),
  }));
  // The two ticks furthest apart, so the rounding of their positions matters least.
  ticks.sort((p, q) => p.day - q.day);
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return (at) => a.x + ((at - a.day) * (b.x - a.x)) / (b.day - a.day);
}

/** The value axis read back from its gridlines. */
export function valueAxisOf(doc: Document): (value: number) => number {
  const ticks = elements(doc, 'g', 'tick', 'y').map((g) => ({
    value: Number(g.getAttribute('data-value')),
    y: numberAttr(g.getElementsByTagName('line')[0]!, 'y1'),
  }));
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return (value) => a.y + ((value - a.value) * (b.y - a.y)) / (b.value - a.value);
}

/** Where a marker is drawn, read back from its shape. */
export function centreOf(marker: Element): [number, number] {
  const circle = marker.getElementsByTagName('circle')[0];
  if (circle) return [numberAttr(circle, 'cx'), numberAttr(circle, 'cy')];
  const [x, y] = marker
    .getElementsByTagName('path')[0]!
    .getAttribute('d')!
    .slice(1)
    .split(/[ LM]+/)
    .map(Number);
  // A cross starts at its top left corner, (x − 5, y − 5); the diamond at its top point, (x, y − 7).
  if ((marker.getAttribute('class') ?? '').split(' ').includes('reported')) return [x! + 5, y! + 5];
  return [x!, y! + 7];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The legend's box, from its translation and its frame. */
export function legendBoxOf(doc: Document): Box {
  const legend = elements(doc, 'g', 'legend')[0]!;
  const [x, y] = legend
    .getAttribute('transform')!
    .match(/translate\(([\d.]+) ([\d.]+)\)/)!
    .slice(1)
    .map(Number);
  const rect = legend.getElementsByTagName('rect')[0]!;
  return { x0: x!, y0: y!, x1: x! + numberAttr(rect, 'width'), y1: y! + numberAttr(rect, 'height') };
}
