/**
 * The few DOM members the page reader uses. The project compiles without the DOM library, and
 * linkedom's and Readability's types name DOM types, so the reader speaks to this shape instead.
 */
export interface PageElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: Iterable<PageElement>;
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  after(...nodes: string[]): void;
}

export interface PageDocument {
  readonly title: string;
  readonly body: PageElement | null;
  readonly documentElement: PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
