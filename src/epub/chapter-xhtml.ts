/**
 * One chapter of the EPUB: the chapter's reading view in the source language and in the
 * translation, each annotated by the site's chapter plugins (write-chapters.ts), zipped into one
 * bilingual body — each paragraph of the report in Chinese followed by its translation, each
 * heading in both. The two trees have the same shape (both are the same divisions' units), so they
 * are walked side by side; a shape that differs is a bug and throws.
 * What the plugins made for a web page becomes what an e-reader knows:
 *   a glossary mark (<Term>)     the first in the chapter, per language: a link to its entry in the glossary
 *                                appendix (or to the report's own explanation); the others plain marks
 *   a note marker                <a epub:type="noteref">, the chapter's notes <aside epub:type="footnote">s
 *   <Chart>                      the chart as SVG with its table (chart-figure.ts), once, after the pair
 * The source keeps the anchor ids as they are; the translation's ids get the language as a suffix
 * (`p1-2-s7-en`), links within it likewise, so each id stands once in the book.
 * Keys on node.data (chapter-tree.ts, remark-glossary-terms.ts, remark-editorial-notes.ts).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toggletipId, type TermRef } from '../pipeline/remark-glossary-terms.ts';
import { attributeOf } from '../pipeline/mdx-jsx.ts';
import { el, isElement, type XElement, type XNode } from './xhtml.ts';

export interface ChapterSide {
  /** The annotated reading view in this language. */
  tree: Root;
  /** Its `lang` tag. */
  langTag: string;
  /** What its ids and same-page links get appended: '' for the source, `-en` for English. */
  idSuffix: string;
}

export interface BilingualChapterOptions {
  source: ChapterSide;
  /** The translation; absent while the report has none in the book's language (the book is then the source alone). */
  translation?: ChapterSide;
  /** The link a glossary mark becomes. */
  termHref: (term: TermRef) => string;
  /** A chart, by id. */
  chart: (id: string) => XElement;
  /** The heading of the chapter's notes. */
  notesHeading: XNode[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: Nodes): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Attributes that only mean something on the site (popover buttons, Pagefind, the print locator); a mark's term stays. */
const SITE_ONLY = /^(data-(?!term$)|popover|type$)/u;

/** Which term a mark stands for, as the site's repeated marks name it (`data-term`): an entry's id, or `explained-<anchor>`. */
const termKey = (term: TermRef) => (term.report === undefined ? term.id : toggletipId(term));

export function bilingualChapter(options: BilingualChapterOptions): XNode[] {
  const { source, translation } = options;
  /** The terms already linked in this chapter, by language. */
  const linked = new Set<string>();
  const body = zip(contentOf(source.tree), translation && contentOf(translation.tree));
  const notes = [source, ...(translation ? [translation] : [])].flatMap((side) => footnotes(side));
  if (notes.length > 0) body.push(el('section', { class: 'notes', 'epub:type': 'footnotes' }, [el('h2', {}, options.notesHeading), ...notes]));
  return body;

  /** The chapter's text: without its list of notes (which becomes footnotes). */
  function contentOf(tree: Root): RootContent[] {
    return tree.children.filter((node) => !node.data?.editorialNotes);
  }

  function footnotes(side: ChapterSide): XNode[] {
    const list = side.tree.children.find((node) => node.data?.editorialNotes);
    if (!list) return [];
    const items: XNode[] = [];
    visitJsx(list as Nodes, (node) => {
      const id = node.data?.editorialNote;
      if (!id) return false;
      items.push(el('aside', { id: `${id}${side.idSuffix}`, class: attributeOf(node, 'class') ?? undefined, 'epub:type': 'footnote', role: 'doc-footnote', lang: side.langTag }, node.children.flatMap((c) => convert(c as Nodes, side))));
      return true;
    });
    return items;
  }

  /** The source's blocks, each followed by its translation; headings in both; charts once. */
  function zip(sourceNodes: RootContent[], translationNodes: RootContent[] | undefined): XNode[] {
    const twins = translationNodes?.filter((node) => !isChart(node));
    let next = 0;
    const out: XNode[] = [];
    for (const node of sourceNodes) {
      if (isChart(node)) {
        out.push(options.chart(attributeOf(node as Jsx, 'id')!));
        continue;
      }
      const twin = twins?.[next++];
      if (twins && (!twin || twin.type !== node.type || (isJsx(node) && (!isJsx(twin) || twin.name !== node.name)))) {
        throw new Error(`the chapter's ${translation!.langTag} tree differs in shape from its source tree at ${describe(node)}`);
      }
      const heading = unitHeading(node);
      if (heading) out.push(bilingualHeading(heading, twin && unitHeading(twin)));
      else if (node.data?.unitBlock) out.push(el('div', { class: 'pair' }, [sideBlock(node, source), ...(twin ? [sideBlock(twin, translation!)] : [])]));
      else if (isJsx(node)) out.push(el(node.name!, attributes(node, source), zip(node.children as RootContent[], twin && ((twin as Jsx).children as RootContent[]))));
      else throw new Error(`unexpected ${describe(node)} in a chapter tree`);
    }
    return out;
  }

  function sideBlock(node: RootContent, side: ChapterSide): XNode {
    const [element] = convert(node, side).filter(isElement);
    if (!element) throw new Error(`a block of the chapter has no element: ${describe(node)}`);
    const classes = [element.attrs.class, side === source ? undefined : 'tr'].filter(Boolean).join(' ');
    return el(element.name, { ...element.attrs, lang: side.langTag, class: classes || undefined }, element.children);
  }

  function bilingualHeading(heading: Jsx, twin: Jsx | undefined): XElement {
    const part = (node: Jsx, side: ChapterSide, cls?: string) => {
      const [element] = convert(node, side) as XElement[];
      return el('span', { ...element!.attrs, lang: side.langTag, class: cls }, element!.children);
    };
    return el(heading.name!, {}, [part(heading, source), ...(twin ? [part(twin, translation!, 'tr')] : [])]);
  }

  /** One node of an annotated chapter as XHTML for the book (a paragraph that only wraps an element gives that element). */
  function convert(node: Nodes, side: ChapterSide): XNode[] {
    if (node.type === 'text') return [node.value];
    if (node.type === 'paragraph') {
      const children = node.children.flatMap((c) => convert(c, side));
      return node.children.length === 1 && isJsx(node.children[0]!) ? children : [el('p', {}, children)];
    }
    if (!isJsx(node)) throw new Error(`unexpected ${describe(node)} in a chapter tree`);
    if (node.name === 'Chart') return [];
    const children = node.children.flatMap((c) => convert(c as Nodes, side));
    if (node.data?.term && node.name === 'Term') {
      // The site makes the first mark of each sentence a <Term> link; the book links the first of the chapter, in each language.
      const term = termKey(node.data.term);
      const key = `${side.idSuffix}/${term}`;
      if (linked.has(key)) return [el('span', { class: 'term term-repeat', 'data-term': term }, children)];
      linked.add(key);
      return [el('a', { class: 'term', href: options.termHref(node.data.term), 'data-term': term }, children)];
    }
    const attrs = attributes(node, side);
    if (node.data?.noteMarker) {
      // The marker's link is the note reference: an e-reader opens the footnote in place.
      const link = children.find(isElement)!;
      return [el('sup', { class: 'note-ref' }, [{ ...link, attrs: { ...link.attrs, 'epub:type': 'noteref', role: 'doc-noteref' } }])];
    }
    return [el(node.name!, attrs, children)];
  }
}

const isChart = (node: RootContent) => isJsx(node) && node.name === 'Chart';

/** A heading of the report: a paragraph that only wraps an h1–h6 holding a unit. */
function unitHeading(node: RootContent): Jsx | undefined {
  const inner = node.type === 'paragraph' && node.children.length === 1 ? node.children[0]! : undefined;
  return inner && isJsx(inner) && /^h[1-6]$/u.test(inner.name ?? '') && inner.data?.unit ? inner : undefined;
}

/** An element's attributes in the book: the site's own left out; ids, and links within the page, with the side's suffix. */
function attributes(node: Jsx, side: ChapterSide): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || SITE_ONLY.test(attribute.name)) continue;
    const { name, value } = attribute;
    if (name === 'id' || name === 'aria-labelledby') attrs[name] = `${value}${side.idSuffix}`;
    else if (name === 'href' && value.startsWith('#')) attrs[name] = `${value}${side.idSuffix}`;
    else attrs[name] = value;
  }
  return attrs;
}

function describe(node: Nodes): string {
  const id = isJsx(node) ? attributeOf(node, 'id') : undefined;
  return `${node.type}${isJsx(node) ? ` <${node.name}>` : ''}${id ? ` #${id}` : ''}`;
}

function visitJsx(node: Nodes, visitor: (node: Jsx) => boolean): void {
  if (isJsx(node) && visitor(node)) return;
  if ('children' in node) for (const child of node.children) visitJsx(child as Nodes, visitor);
}

