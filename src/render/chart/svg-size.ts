/** The SVG chart's size in pixels. Help states it too, so this module stays free of imports. */
export const SVG_WIDTH = 800;
export const SVG_HEIGHT = 450;
