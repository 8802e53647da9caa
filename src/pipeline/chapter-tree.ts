/**
 * chapterTree: one chapter of the report in one language as an mdast tree of MDX JSX
 * elements, for the remark plugins to annotate and the MDX serializer to write out.
 * Two views of the same units:
 *   reading   the chapter's part (or appendix) heading <h1 id="p1">, each division below it a
 *             <section class="report-section"><h2 id="p1-2"> (items `report-item`, <h3>…), sentences
 *             <span class="s" id="p1-2-s7"> inside the paragraphs of the report, title block <header>
 *   parallel  one aligned pair per unit (`<div class="pair">`): the page's language in the first
 *             column with the anchor id, the other language in the second with `data-pair`
 * Every element that holds a unit's text carries the unit's facts in `node.data.unit`, and every
 * paragraph or pair is a `unitBlock`: plugins key on those, never on class names or attributes.
 * A unit with no translation in the page's language shows the source text, marked pending.
 * Pure: the chapter and the translations come in as options.
 */
import type { Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { chapterUnits, type Chapter } from './chapters.ts';
import { isDivision, walkDivisions, type Division, type Paragraph, type Unit, type UnitKind } from './report-tree.ts';
import { parseInlineTranslation } from './inline-translation.ts';
import { jsxFlow, jsxText, text, type Attributes } from './mdx-jsx.ts';
import { HTML_LANG, SOURCE_LANG, type Lang } from '../i18n/langs.ts';

/** What the plugins need to know about an element that holds a unit's text. */
export interface UnitData {
  id: string;
  kind: UnitKind;
  /** The language the text is in: the element's column language, or the source language standing in for a missing translation. */
  textLang: Lang;
  /** False where the source text stands in for a missing translation. */
  translated: boolean;
  /** True on the element that carries the anchor id; false on its twin in the parallel view's second column. */
  anchor: boolean;
}

declare module 'mdast' {
  interface Data {
    /** Set on the element that holds a unit's text (see chapter-tree.ts). */
    unit?: UnitData;
    /** Set on a paragraph of the report or an aligned pair: what may stand after a unit stands after this block. */
    unitBlock?: true;
  }
}

export type ChapterView = 'reading' | 'parallel';

export interface ChapterTreeOptions {
  lang: Lang;
  view: ChapterView;
  /** The language of the parallel view's second column. */
  pairLang?: Lang;
  /** A unit's translation into a language other than the source, or undefined while it has none. */
  translationOf: (id: string, lang: Lang) => string | undefined;
}

/**
 * An element written on a line of its own with its content on the same line: MDX then
 * reads the content as phrasing, so no <p> is wrapped inside a heading or a paragraph.
 */
const oneLine = (element: MdxJsxTextElement): MdParagraph => ({ type: 'paragraph', children: [element] });

export function chapterTree(chapter: Chapter, options: ChapterTreeOptions): Root {
  const { lang, view, translationOf } = options;

  /** A unit's text in a column's language, and the facts about it. */
  function shown(unit: Unit, columnLang: Lang, anchor: boolean) {
    const translation = columnLang === SOURCE_LANG ? undefined : translationOf(unit.id, columnLang);
    const translated = columnLang === SOURCE_LANG || translation !== undefined;
    const children: PhrasingContent[] =
      translation === undefined
        ? [text(unit.zh)]
        : parseInlineTranslation(translation).map((piece) =>
            piece.type === 'text' ? text(piece.value) : jsxText('span', { lang: HTML_LANG[SOURCE_LANG], class: 'original-term' }, [text(piece.value)]),
          );
    const data: UnitData = { id: unit.id, kind: unit.kind, textLang: translated ? columnLang : SOURCE_LANG, translated, anchor };
    return { children, data };
  }

  interface UnitElement {
    unit: Unit;
    columnLang: Lang;
    anchor: boolean;
    classes: string[];
    /** The language of the element around it: a `lang` attribute is written only where the text's language differs. */
    contextLang: Lang;
  }

  const unitElement = (name: string, { unit, columnLang, anchor, classes, contextLang }: UnitElement): MdxJsxTextElement => {
    const { children, data } = shown(unit, columnLang, anchor);
    const cls = [...classes, ...(data.translated ? [] : ['pending'])].join(' ') || undefined;
    const idAttrs = anchor ? { id: unit.id } : { 'data-pair': unit.id };
    const element = jsxText(name, { class: cls, ...idAttrs, lang: data.textLang === contextLang ? undefined : HTML_LANG[data.textLang] }, children);
    element.data = { unit: data };
    return element;
  };

  const block = <T extends RootContent>(node: T): T => {
    node.data = { ...node.data, unitBlock: true };
    return node;
  };

  if (view === 'parallel') return { type: 'root', children: parallelPairs() };
  return { type: 'root', children: readingView() };

  function readingView(): RootContent[] {
    const paragraph = (p: Paragraph): MdParagraph => {
      const children: PhrasingContent[] = [];
      p.units.forEach((unit, i) => {
        // Sentences in a language that spaces words are separated by a space; Chinese ones never are.
        if (i > 0 && lang !== SOURCE_LANG) children.push(text(' '));
        children.push(unitElement('span', { unit, columnLang: lang, anchor: true, classes: ['s'], contextLang: lang }));
      });
      return block(oneLine(jsxText('p', { class: p.address ? 'address' : undefined }, children)));
    };
    const heading = (level: number, unit: Unit) => oneLine(unitElement(`h${level}`, { unit, columnLang: lang, anchor: true, classes: [], contextLang: lang }));
    const contents = (division: Division, depth: number): MdxJsxFlowElement['children'] =>
      division.children.map((child) =>
        isDivision(child)
          ? jsxFlow('section', { class: `report-${child.kind}`, 'aria-labelledby': child.id }, [heading(headingLevel(depth + 1), child.heading), ...contents(child, depth + 1)])
          : paragraph(child),
      );

    const body: RootContent[] = [];
    if (chapter.front.length > 0) {
      body.push(jsxFlow('header', { class: 'title-block' }, chapter.front.map((unit, i) => block(oneLine(unitElement('p', { unit, columnLang: lang, anchor: true, classes: ['front', `front-${i + 1}`], contextLang: lang }))))));
    }
    body.push(...chapter.opening.map(paragraph));
    body.push(heading(1, chapter.division.heading));
    body.push(...contents(chapter.division, 0));
    return body;
  }

  function parallelPairs(): RootContent[] {
    const pairLang = options.pairLang;
    if (!pairLang) throw new Error('the parallel view needs pairLang');
    const levels = new Map([...walkDivisions([chapter.division])].map(({ division, depth }) => [division.heading.id, headingLevel(depth)]));
    const cell = (unit: Unit, columnLang: Lang, anchor: boolean): MdParagraph => {
      const level = levels.get(unit.id);
      if (level !== undefined) {
        // Only the anchored column is a heading: the document outline holds each heading once.
        const name = anchor ? `h${level}` : 'p';
        return oneLine(unitElement(name, { unit, columnLang, anchor, classes: anchor ? [] : [`pair-heading-${level}`], contextLang: lang }));
      }
      const span = unitElement('span', { unit, columnLang, anchor, classes: ['s'], contextLang: columnLang });
      return oneLine(jsxText('p', { class: 'cell', lang: HTML_LANG[columnLang] }, [span]));
    };
    const pairs: MdxJsxFlowElement[] = chapterUnits(chapter).map((unit) =>
      block(jsxFlow('div', { class: `pair pair-${unit.kind}` }, [cell(unit, lang, true), cell(unit, pairLang, false)])),
    );
    return [jsxFlow('div', { class: 'parallel' }, pairs)];
  }
}

/** The HTML heading level of a division `depth` below the chapter's own (h1): h2, h3…, never past h6. */
const headingLevel = (depth: number) => Math.min(depth + 1, 6);
