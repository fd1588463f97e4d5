import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** Every & must start a reference: xmldom lets a bare "A & B" through, an XML parser must not. */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;

/** Parses XML strictly: any warning or error (unclosed tag, bad entity, stray text) throws. */
export function parseXml(text: string): Document {
  if (BARE_AMPERSAND.test(text)) throw new Error(`bare & at ${text.search(BARE_AMPERSAND)}`);
  if (text.includes(']]>')) throw new Error(']]> outside a CDATA section');
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'application/xml');
}

/** Elements with a tag name whose class list holds every class given. */
export function elements(doc: Document, tag: string, ...classes: string[]): Element[] {
  return Array.from(doc.getElementsByTagName(tag)).filter((e) => {
    const own = (e.getAttribute('class') ?? '').split(/\s+/);
    return classes.every((c) => own.includes(c));
  });
}

/** A number attribute (NaN when it is missing, which fails any comparison). */
export const numberAttr = (e: Element, name: string): number => Number(e.getAttribute(name) ?? NaN);
