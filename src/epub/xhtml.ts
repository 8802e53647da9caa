/**
 * The EPUB's documents as a small element tree, written out as XML by xmlbuilder2 (which escapes
 * every text and attribute and keeps the namespaces right). Never pretty-printed: whitespace
 * between two Chinese characters would be read as a space.
 * A `lang` attribute is written as both `lang` and `xml:lang` (XML reading systems read the second,
 * HTML ones the first; EPUB wants them equal), `epub:type` in the OPS namespace, and an `svg`
 * element and everything in it in the SVG namespace.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const OPS_NS = 'http://www.idpf.org/2007/ops';
const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XElement {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
export type XNode = XElement | string;

/** An element; attributes whose value is undefined are left out. */
export function el(name: string, attrs: Record<string, string | undefined> = {}, children: XNode[] = []): XElement {
  const defined = Object.fromEntries(Object.entries(attrs).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { name, attrs: defined, children };
}

export const isElement = (node: XNode): node is XElement => typeof node !== 'string';

// Children take their parent's namespace: so an svg element's are SVG, every other's XHTML.
function write(parent: XMLBuilder, node: XNode): void {
  if (typeof node === 'string') {
    if (node !== '') parent.txt(node);
    return;
  }
  const element = node.name === 'svg' ? parent.ele(SVG_NS, 'svg') : parent.ele(node.name);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'lang') element.att('lang', value).att(XML_NS, 'xml:lang', value);
    else if (name === 'epub:type') element.att(OPS_NS, 'epub:type', value);
    else element.att(name, value);
  }
  for (const child of node.children) write(element, child);
}

/** An XHTML content document: its `<head>` with the title and the stylesheet, and the body. */
export function xhtmlDocument({ lang, title, stylesheet, body }: { lang: string; title: string; stylesheet?: string; body: XNode[] }): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  doc.dtd({ name: 'html' });
  const html = doc.ele(XHTML_NS, 'html').att(XMLNS_NS, 'xmlns:epub', OPS_NS).att('lang', lang).att(XML_NS, 'xml:lang', lang);
  const head = html.ele('head');
  head.ele('meta', { charset: 'utf-8' });
  head.ele('title').txt(title);
  if (stylesheet) head.ele('link', { rel: 'stylesheet', type: 'text/css', href: stylesheet });
  const bodyElement = html.ele('body');
  for (const node of body) write(bodyElement, node);
  return `${doc.end()}\n`;
}

/** Any other XML file of the package (the OPF, container.xml), from one root element. */
export function xmlDocument(root: XElement, namespace: string, namespaces: Record<string, string> = {}): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const element = doc.ele(namespace, root.name);
  for (const [prefix, uri] of Object.entries(namespaces)) element.att(XMLNS_NS, `xmlns:${prefix}`, uri);
  for (const [name, value] of Object.entries(root.attrs)) {
    if (name.startsWith('xml:')) element.att(XML_NS, name, value);
    else element.att(name, value);
  }
  for (const child of root.children) writePlain(element, child, namespaces);
  return `${doc.end()}\n`;
}

function writePlain(parent: XMLBuilder, node: XNode, namespaces: Record<string, string>): void {
  if (typeof node === 'string') {
    parent.txt(node);
    return;
  }
  const prefix = node.name.includes(':') ? node.name.split(':')[0]! : undefined;
  const element = prefix && namespaces[prefix] ? parent.ele(namespaces[prefix], node.name) : parent.ele(node.name);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name.startsWith('xml:')) element.att(XML_NS, name, value);
    else element.att(name, value);
  }
  for (const child of node.children) writePlain(element, child, namespaces);
}
