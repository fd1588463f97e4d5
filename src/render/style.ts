/** How emphasis is drawn. Renderers take one, so they stay pure and colour stays a shell decision. */
export interface Style {
  strong(text: string): string;
  dim(text: string): string;
  heading(text: string): string;
  good(text: string): string;
  warn(text: string): string;
  bad(text: string): string;
}

const same = (text: string): string => text;

export const plainStyle: Style = { strong: same, dim: same, heading: same, good: same, warn: same, bad: same };

/**
 * How every command's human report is drawn: from its document (what --json prints), with a Style,
 * in at most `width` columns (the terminal's, 40 to 100; 80 when not a terminal).
 */
export type Renderer<D> = (doc: D, style: Style, width: number) => string;

/** How much colour a Style draws with: none, 16 colours, 256, or true colour. */
export type ColorLevel = 0 | 1 | 2 | 3;
