/**
 * XML read back into a small tree for tests of the XML the edition writes (the EPUB's documents, the TEI), with a
 * conforming, namespace-aware parser (saxes) that throws at the first well-formedness or namespace error.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The local name. */
  name: string;
  /** The namespace URI ('' for none). */
  uri: string;
  /** Attributes by their qualified name (`xml:id`, `epub:type`). */
  attributes: Record<string, string>;
  children: XmlNode[];
  parent: XmlElement | undefined;
}
export type XmlNode = XmlElement | string;

/** The document: a `#document` element whose children are the root element (and nothing else but whitespace). */
export function readXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const document: XmlElement = { name: '#document', uri: '', attributes: {}, children: [], parent: undefined };
  let open = document;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: XmlElement = { name: tag.local ?? tag.name, uri: tag.uri ?? '', attributes, children: [], parent: open };
    open.children.push(element);
    open = element;
  });
  parser.on('closetag', () => {
    open = open.parent!;
  });
  parser.on('text', (text) => open.children.push(text));
  parser.write(xml).close();
  return document;
}

/** The document's root element. */
export const rootElement = (document: XmlElement): XmlElement => childElements(document)[0]!;

export const childElements = (node: XmlElement): XmlElement[] => node.children.filter((c): c is XmlElement => typeof c !== 'string');

/** Every element below `node`, in document order; with `name`, those of that local name. */
export function descendants(node: XmlElement, name?: string): XmlElement[] {
  return childElements(node).flatMap((child) => [...(name === undefined || child.name === name ? [child] : []), ...descendants(child, name)]);
}
