import { SVG_HEIGHT, SVG_WIDTH } from './svg-size.js';

/** Several standalone SVG charts one above the other, as one SVG document. */
export function stackSvg(charts: readonly string[]): string {
  const height = SVG_HEIGHT * charts.length;
  const panels = charts.map((svg, i) =>
    svg
      .replace(/^<\?xml[^>]*>\s*/, '')
      .replace(/^<svg /, `<svg y="${i * SVG_HEIGHT}" `)
      .replaceAll('chart-title', `chart-title-${i + 1}`),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 ` +
    `0 ${SVG_WIDTH} ${height}">\n${panels.join('\n')}\n</svg>\n`
  );
}
