/**
 * remarkReportChapter: a unified plugin that replaces the tree with one chapter of the
 * report in one language, as mdast with MDX JSX elements that carry the anchor ids:
 *   part heading    → <h1 id="p1">          section heading → <h2 id="p1-2">
 *   sentence        → <span class="s" id="p1-2-s7">…</span> inside <p>
 *   title block     → <header class="title-block"><p class="front" id="front-1">…
 * An English unit with no translation yet shows the Chinese, marked `pending`, with lang="zh-Hans".
 * Pure: the chapter and the translations come in as options.
 */
import type { Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Chapter } from './chapters.ts';
import type { Paragraph, Unit } from './report-tree.ts';
import { parseInlineTranslation } from './inline-translation.ts';

export type { Lang } from '../i18n/langs.ts';
import type { Lang } from '../i18n/langs.ts';

export interface ReportChapterOptions {
  chapter: Chapter;
  lang: Lang;
  /** The English text of a unit, or undefined while it is untranslated. */
  translationOf: (id: string) => string | undefined;
}

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

function attributes(record: Record<string, string | undefined>): MdxJsxAttribute[] {
  return Object.entries(record)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => attribute(name, value));
}

function flow(name: string, attrs: Record<string, string | undefined>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(attrs), children };
}

function inline(name: string, attrs: Record<string, string | undefined>, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(attrs), children };
}

/**
 * An element written on a line of its own with its content on the same line: MDX then
 * reads the content as phrasing, so no <p> is wrapped inside a heading or a paragraph.
 */
const oneLine = (element: MdxJsxTextElement): MdParagraph => ({ type: 'paragraph', children: [element] });

export function remarkReportChapter(options: ReportChapterOptions) {
  const { chapter, lang, translationOf } = options;

  /** The text of a unit in the page's language, and whether it is still the Chinese. */
  function textOf(unit: Unit): { children: PhrasingContent[]; pending: boolean } {
    if (lang === 'zh') return { children: [{ type: 'text', value: unit.zh }], pending: false };
    const en = translationOf(unit.id);
    if (en === undefined) return { children: [{ type: 'text', value: unit.zh }], pending: true };
    const children: PhrasingContent[] = parseInlineTranslation(en).map((piece) =>
      piece.type === 'text'
        ? { type: 'text', value: piece.value }
        : inline('span', { lang: 'zh-Hans', class: 'original-term' }, [{ type: 'text', value: piece.value }]),
    );
    return { children, pending: false };
  }

  function sentence(unit: Unit): MdxJsxTextElement {
    const { children, pending } = textOf(unit);
    return inline('span', { class: pending ? 's pending' : 's', id: unit.id, lang: pending ? 'zh-Hans' : undefined }, children);
  }

  function paragraph(p: Paragraph): MdParagraph {
    const children: PhrasingContent[] = [];
    p.units.forEach((unit, i) => {
      // English sentences are separated by a space; Chinese ones never are.
      if (i > 0 && lang === 'en') children.push({ type: 'text', value: ' ' });
      children.push(sentence(unit));
    });
    return oneLine(inline('p', { class: p.address ? 'address' : undefined }, children));
  }

  function heading(level: 1 | 2, unit: Unit): MdParagraph {
    const { children, pending } = textOf(unit);
    return oneLine(inline(`h${level}`, { id: unit.id, class: pending ? 'pending' : undefined, lang: pending ? 'zh-Hans' : undefined }, children));
  }

  return (tree: Root): void => {
    const body: RootContent[] = [];
    if (chapter.front.length > 0) {
      body.push(
        flow(
          'header',
          { class: 'title-block' },
          chapter.front.map((unit, i) => {
            const { children, pending } = textOf(unit);
            const classes = pending ? `front front-${i + 1} pending` : `front front-${i + 1}`;
            return oneLine(inline('p', { class: classes, id: unit.id, lang: pending ? 'zh-Hans' : undefined }, children));
          }),
        ),
      );
    }
    body.push(...chapter.opening.map(paragraph));
    body.push(heading(1, chapter.part.heading));
    for (const block of chapter.part.blocks) {
      if (block.type === 'paragraph') {
        body.push(paragraph(block));
        continue;
      }
      body.push(
        flow('section', { class: 'report-section', 'aria-labelledby': block.id }, [
          heading(2, block.heading),
          ...block.paragraphs.map(paragraph),
        ]),
      );
    }
    tree.children = body;
  };
}
