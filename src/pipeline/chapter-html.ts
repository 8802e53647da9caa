/**
 * The generated chapter as a file: the annotated chapter tree (chapter-tree.ts and the remark
 * plugins) written out as the HTML the page shows, with markers where a component renders
 * (`<Chart id="gdp" lang="zh" />`, `<Term id="wu-shui-gong-zhi">五水共治</Term>`: an element whose
 * name starts with a capital, its children the component's slot). The page reads the file when it
 * renders (ChapterBody.astro) and renders the components there, so a link a component makes follows
 * the build's base.
 *
 * Why not MDX: every MDX chapter became a JavaScript module of a few thousand JSX calls, compiled and
 * bundled into the server build with every other chapter of every report. That bundle held about
 * 70 MiB and took about 2 s of CPU per report; this file is read by its one page and then let go.
 *
 * The HTML is the one Astro rendered from the MDX, byte for byte: a text escapes & < > ' " as Astro's
 * escapeHTML does, an attribute value & and " as its addAttribute does, a value-less attribute is
 * bare, an empty element is written open and closed; the blocks of the chapter stand on lines of
 * their own (a newline between two, and one before the first, where MDX had its comment), the
 * children of an element follow each other without one; a paragraph that holds only an element is
 * that element (MDX's unwrapping of a line that is one JSX element).
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

type Element = MdxJsxFlowElement | MdxJsxTextElement;
type Node = RootContent | PhrasingContent;

/** A component's place in a chapter: its name, its attributes and what it holds (its slot). */
export interface ComponentSlot {
  component: string;
  props: Record<string, string>;
  children: ChapterPart[];
}

/** The chapter as the page renders it: HTML, and the components between. */
export type ChapterPart = string | ComponentSlot;

const isComponent = (name: string) => /^[A-Z]/u.test(name);

// Astro's runtime writes these with their name only when given without a value.
const BARE_ATTRIBUTES = /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope|popover|download|hidden)$/iu;
const VOID_ELEMENTS = /^(?:area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/iu;

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
export const escapeText = (text: string) => text.replace(/[&<>'"]/gu, (c) => TEXT_ENTITIES[c]!);
const escapeAttribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');
const unescapeAttribute = (value: string) => value.replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

/** A component's attributes: always written with a value, as chapterParts reads them back. */
function props(element: Element): string {
  return element.attributes
    .map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
        throw new Error(`chapter-html: <${element.name}> has an attribute that is not a plain string`);
      }
      return ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
    })
    .join('');
}

function attributes(element: Element): string {
  return element.attributes
    .map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
        throw new Error(`chapter-html: <${element.name}> has an attribute that is not a plain string`);
      }
      const { name, value } = attribute;
      if (value === null) return BARE_ATTRIBUTES.test(name) ? ` ${name}` : ` ${name}="true"`;
      return value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
    })
    .join('');
}

function element(node: Element): string {
  const name = node.name;
  if (name === null) throw new Error('chapter-html: a fragment (<>) has no place in a chapter');
  if (isComponent(name)) {
    if (node.children.length === 0) return `<${name}${props(node)} />`;
    return `<${name}${props(node)}>${node.children.map((child) => html(child as Node)).join('')}</${name}>`;
  }
  if (node.children.length === 0 && VOID_ELEMENTS.test(name)) return `<${name}${attributes(node)}/>`;
  return `<${name}${attributes(node)}>${node.children.map((child) => html(child as Node)).join('')}</${name}>`;
}

/** A paragraph that is one element on its line is that element; any other is a <p>. */
function paragraph(node: Paragraph): string {
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  if (only?.type === 'mdxJsxTextElement') return element(only);
  return `<p>${node.children.map(html).join('')}</p>`;
}

function html(node: Node): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value);
    case 'paragraph':
      return paragraph(node);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return element(node);
    default:
      throw new Error(`chapter-html: a ${node.type} node has no place in a chapter`);
  }
}

/** The chapter tree as the chapter file: its HTML with the components' markers. */
export function chapterHtml(tree: Root): string {
  return tree.children.map((block) => `\n${html(block)}`).join('');
}

const MARKER = /<([A-Z][A-Za-z0-9]*)((?: [a-zA-Z][\w:-]*="[^"]*")*)( \/)?>|<\/([A-Z][A-Za-z0-9]*)>/gu;
const MARKER_ATTRIBUTE = / ([a-zA-Z][\w:-]*)="([^"]*)"/gu;

/**
 * The chapter file as HTML and components, each component with what it holds. A marker cannot be
 * mistaken for text: every `<` of a text is written `&lt;`, and every element of the HTML has a
 * lower-case name.
 */
export function chapterParts(file: string): ChapterPart[] {
  const root: ChapterPart[] = [];
  const open: { slot: ComponentSlot; parent: ChapterPart[] }[] = [];
  let parts = root;
  let last = 0;
  for (const match of file.matchAll(MARKER)) {
    if (match.index > last) parts.push(file.slice(last, match.index));
    last = match.index + match[0].length;
    const [, name, attributes, selfClosing, closing] = match;
    if (closing !== undefined) {
      const current = open.pop();
      if (current?.slot.component !== closing) throw new Error(`chapter-html: </${closing}> closes ${current ? `<${current.slot.component}>` : 'nothing'}`);
      parts = current.parent;
      continue;
    }
    const slot: ComponentSlot = {
      component: name!,
      props: Object.fromEntries([...attributes!.matchAll(MARKER_ATTRIBUTE)].map((a) => [a[1]!, unescapeAttribute(a[2]!)])),
      children: [],
    };
    parts.push(slot);
    if (selfClosing === undefined) {
      open.push({ slot, parent: parts });
      parts = slot.children;
    }
  }
  if (open.length > 0) throw new Error(`chapter-html: <${open.at(-1)!.slot.component}> is not closed`);
  if (last < file.length) parts.push(file.slice(last));
  return root;
}
