/**
 * remarkGlossaryTerms: marks every occurrence of a glossary term in the chapter's
 * sentences and headings, and adds one toggletip per term per page.
 *   <button type="button" class="term" popovertarget="term-wu-shui-gong-zhi">五水共治</button>
 *   <div id="term-wu-shui-gong-zhi" popover class="toggletip">term · pinyin · English · definition · link</div>
 * The HTML popover attribute opens the toggletip without any script, by keyboard, touch or mouse.
 * A term repeated within one sentence is marked (class term-repeat) but is not a second button,
 * so a screen reader announces it once. Never inside another mark or an original-term span.
 * Pure: the entries, the matcher and the entry URLs come in as options.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit, SKIP } from 'unist-util-visit';
import type { Lang } from '../i18n/langs.ts';
import type { TermMatcher } from './term-matcher.ts';

export interface ToggletipEntry {
  id: string;
  term: string;
  pinyin: string;
  en: string;
  short: { zh: string; en: string };
}

export interface GlossaryTermsOptions {
  lang: Lang;
  entries: Map<string, ToggletipEntry>;
  matcher: TermMatcher;
  entryUrl: (id: string) => string;
  /** The toggletip's link text, in the page's language. */
  moreLabel: string;
}

export const toggletipId = (termId: string) => `term-${termId}`;

const attr = (name: string, value: string | null): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const element = (name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes,
  children,
});
const attributeOf = (node: MdxJsxTextElement, name: string) =>
  node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/** The elements whose text is the report's: sentences and headings. */
const isTextUnit = (node: MdxJsxTextElement) =>
  (node.name === 'span' && String(attributeOf(node, 'class') ?? '').split(' ').includes('s')) || node.name === 'h1' || node.name === 'h2';

export function remarkGlossaryTerms(options: GlossaryTermsOptions) {
  const { lang, entries, matcher, entryUrl, moreLabel } = options;

  function markUnit(unit: MdxJsxTextElement, used: Set<string>) {
    // A pending sentence on an English page is Chinese: it is searched with the Chinese forms.
    const textLang: Lang = attributeOf(unit, 'lang') === 'zh-Hans' ? 'zh' : lang;
    const seen = new Set<string>();
    const children: PhrasingContent[] = [];
    for (const child of unit.children) {
      if (child.type !== 'text') {
        children.push(child); // an original-term span or other markup: never marked inside
        continue;
      }
      let last = 0;
      for (const match of matcher.find(child.value, textLang)) {
        if (!entries.has(match.id)) continue;
        if (match.start > last) children.push(text(child.value.slice(last, match.start)));
        const repeat = seen.has(match.id);
        children.push(
          repeat
            ? element('span', [attr('class', 'term term-repeat'), attr('data-term', match.id)], [text(match.text)])
            : element('button', [attr('type', 'button'), attr('class', 'term'), attr('popovertarget', toggletipId(match.id))], [text(match.text)]),
        );
        seen.add(match.id);
        used.add(match.id);
        last = match.end;
      }
      if (last < child.value.length) children.push(text(child.value.slice(last)));
    }
    unit.children = children;
  }

  function toggletip(entry: ToggletipEntry): MdxJsxFlowElement {
    const line = (el: MdxJsxTextElement): Paragraph => ({ type: 'paragraph', children: [el] });
    return {
      type: 'mdxJsxFlowElement',
      name: 'div',
      attributes: [attr('id', toggletipId(entry.id)), attr('popover', null), attr('class', 'toggletip'), attr('data-pagefind-ignore', null)],
      children: [
        line(
          element('p', [attr('class', 'toggletip-head')], [
            element('span', [attr('class', 'toggletip-term'), attr('lang', 'zh-Hans')], [text(entry.term)]),
            text(' '),
            element('span', [attr('class', 'toggletip-pinyin'), attr('lang', 'zh-Latn-pinyin')], [text(entry.pinyin)]),
          ]),
        ),
        line(element('p', [attr('class', 'toggletip-en'), attr('lang', 'en')], [text(entry.en)])),
        line(element('p', [attr('class', 'toggletip-definition')], [text(entry.short[lang])])),
        line(element('p', [attr('class', 'toggletip-more')], [element('a', [attr('href', entryUrl(entry.id))], [text(moreLabel)])])),
      ],
    };
  }

  return (tree: Root): void => {
    const used = new Set<string>();
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      if (!isTextUnit(node)) return undefined;
      markUnit(node, used);
      return SKIP;
    });
    // One toggletip per term per page, in the order the terms first appear.
    const tips: RootContent[] = [...used].map((id) => toggletip(entries.get(id)!));
    if (tips.length > 0) {
      tree.children.push({ type: 'mdxJsxFlowElement', name: 'div', attributes: [attr('class', 'toggletips')], children: tips as MdxJsxFlowElement['children'] });
    }
  };
}
