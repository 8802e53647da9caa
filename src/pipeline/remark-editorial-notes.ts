/**
 * remarkEditorialNotes: the chapter's editorial notes, numbered in reading order, each with a
 * marker in its unit and the note in a list at the end of the chapter:
 *   <span class="s" id="p2-3-s4">积极引导工商资本和的<sup class="note-ref" data-pagefind-ignore><a id="note-ref-p2-3-s4-1"
 *     href="#note-p2-3-s4-1" aria-label="Note 1">1</a></sup>高素质人才…</span>
 *   <section class="editorial-notes"> <ol> <li id="note-p2-3-s4-1"> … <a href="#note-ref-p2-3-s4-1">↩</a></li> </ol></section>
 * The marker stands after the note's phrase in the text's language when the note gives one, else
 * at the end of the unit's text; never inside another mark (a glossary term, an original-term
 * span): it then stands after that mark. The marker is not part of the sentence: search ignores it
 * (data-pagefind-ignore), copying skips it (CSS), and the tests that compare a unit's text with the
 * report's leave out `sup.note-ref` by name. Keys on `data.unit` (chapter-tree.ts); only the element
 * that carries the anchor gets markers, so every note has one marker and one back link per page.
 * Pure: the notes and the words come in as options.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit, SKIP } from 'unist-util-visit';
import type { LocalizedText } from '../schemas/localized-text.ts';
import type { NoteKind } from '../schemas/notes.ts';
import { localize } from '../i18n/localize.ts';
import { HTML_LANG, SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import { parseInlineTranslation } from './inline-translation.ts';
import { jsxFlow, jsxText, text } from './mdx-jsx.ts';

/** A note as the plugin needs it (load-notes.ts checks it before). */
export interface ChapterNote {
  anchor: string;
  phrase?: LocalizedText;
  kind: NoteKind;
  text: LocalizedText;
}

export interface EditorialNotesOptions {
  /** The page's language: the notes are shown in it. */
  lang: Lang;
  /** The notes of the units, by anchor id, in their order. */
  notes: Map<string, ChapterNote[]>;
  /** The words of the page's language. */
  labels: {
    heading: string;
    kind: Record<NoteKind, string>;
    /** The accessible name of a marker: “Note 3”. */
    marker: (n: number) => string;
    /** The accessible name of a back link: “Back to note 3 in the text”. */
    back: (n: number) => string;
    /** The anchor as cited: “§2.3, s.4”. */
    where: (id: string) => string;
    /** What stands between a note's head and its text: “: ”. */
    separator: string;
  };
}

const OWN_QUOTES = /^[“‘「『"]/u;

export const noteId = (anchor: string, k: number) => `note-${anchor}-${k}`;
export const noteRefId = (anchor: string, k: number) => `note-ref-${anchor}-${k}`;

declare module 'mdast' {
  interface Data {
    /** Set on a note marker: its text is not the unit's. */
    noteMarker?: true;
    /** Set on the chapter's list of notes, and on each note in it (its id): another output (the EPUB) makes them footnotes. */
    editorialNotes?: true;
    editorialNote?: string;
  }
}

/** The text a node shows, markers left out. */
function textOf(node: PhrasingContent): string {
  if (node.data?.noteMarker) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as PhrasingContent[]).map(textOf).join('') : '';
}

/** Punctuation that may not begin a line, in Chinese and Latin text (clreq 3.1.7). */
const CLOSING = /^[”’）)》〉」』】〕\]，。、；：！？,.;:!?]+/u;

/**
 * A marker is an inline-block (a target of 24 px), and a browser may break a line after one even before
 * a comma; so a marker and the closing punctuation right after it are kept together, in a span the
 * stylesheet does not let break (class note-unit).
 */
function keepWithClosing(children: PhrasingContent[], marker: PhrasingContent): void {
  const at = children.indexOf(marker);
  const next = children[at + 1];
  const closing = next?.type === 'text' ? CLOSING.exec(next.value)?.[0] : undefined;
  if (next?.type !== 'text' || !closing) return;
  next.value = next.value.slice(closing.length);
  children.splice(at, next.value ? 1 : 2, jsxText('span', { class: 'note-unit' }, [marker, text(closing)]));
}

/** Puts `marker` right after the first `offset` characters of the children's text, splitting a text node but never another element. */
function insertAt(children: PhrasingContent[], offset: number, marker: PhrasingContent): void {
  place(children, offset, marker);
  keepWithClosing(children, marker);
}

function place(children: PhrasingContent[], offset: number, marker: PhrasingContent): void {
  let position = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const length = textOf(child).length;
    if (length === 0 || offset > position + length) {
      position += length;
      continue;
    }
    const cut = offset - position;
    if (child.type === 'text' && cut < length) children.splice(i, 1, text(child.value.slice(0, cut)), marker, text(child.value.slice(cut)));
    else children.splice(i + 1, 0, marker);
    return;
  }
  children.push(marker);
}

/** A text in the page's language, or in the source language with its `lang` and the pending mark where it has none; {{zh:…}} quoted as original terms. */
function shownText(value: LocalizedText, lang: Lang): PhrasingContent[] {
  const shown = localize(value, lang);
  const pieces = parseInlineTranslation(shown.text).map((piece): PhrasingContent =>
    piece.type === 'text' ? text(piece.value) : jsxText('span', { lang: HTML_LANG[SOURCE_LANG], class: 'original-term' }, [text(piece.value)]),
  );
  return shown.pending ? [jsxText('span', { lang: HTML_LANG[shown.lang], class: 'pending' }, pieces)] : pieces;
}

export function remarkEditorialNotes({ lang, notes, labels }: EditorialNotesOptions) {
  return (tree: Root): void => {
    const items: MdxJsxFlowElement[] = [];
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      const unit = node.data?.unit;
      if (!unit) return undefined;
      const ofUnit = unit.anchor ? (notes.get(unit.id) ?? []) : [];
      const unitText = node.children.map(textOf).join('');
      // Numbered in the order the markers stand in this page's text; a note keeps its id (its place in the unit's list) in every language.
      const placed = ofUnit
        .map((note, i) => {
          const phrase = note.phrase?.[unit.textLang];
          const offset = phrase === undefined ? unitText.length : unitText.indexOf(phrase) + phrase.length;
          return { note, k: i + 1, offset };
        })
        .sort((a, b) => a.offset - b.offset || a.k - b.k)
        .map((p, i) => ({ ...p, n: items.length + i + 1 }));
      // From the last place to the first, so earlier offsets stay right; at one place, the later number first.
      for (const { k, n, offset } of [...placed].reverse()) {
        const marker = jsxText('sup', { class: 'note-ref', 'data-pagefind-ignore': null }, [
          jsxText('a', { id: noteRefId(unit.id, k), href: `#${noteId(unit.id, k)}`, 'aria-label': labels.marker(n) }, [text(String(n))]),
        ]);
        marker.data = { noteMarker: true };
        insertAt(node.children, offset, marker);
      }
      for (const { note, k, n } of placed) items.push(noteItem(note, unit.id, k, n));
      return SKIP;
    });
    if (items.length === 0) return;
    const section = jsxFlow('section', { class: 'editorial-notes', 'aria-labelledby': 'editorial-notes-title' }, [
      { type: 'paragraph', children: [jsxText('h2', { id: 'editorial-notes-title' }, [text(labels.heading)])] },
      jsxFlow('ol', {}, items),
    ]);
    section.data = { editorialNotes: true };
    tree.children.push(section as RootContent);
  };

  /** The phrase, quoted: by <q>, unless it carries its own quotation marks (“三河”). */
  function phraseElement(phrase: string): PhrasingContent {
    const langAttr = lang === SOURCE_LANG ? undefined : HTML_LANG[SOURCE_LANG];
    return OWN_QUOTES.test(phrase) ? jsxText('span', { class: 'note-phrase', lang: langAttr }, [text(phrase)]) : jsxText('q', { class: 'note-phrase', lang: langAttr }, [text(phrase)]);
  }

  function noteItem(note: ChapterNote, anchor: string, k: number, n: number): MdxJsxFlowElement {
    const phrase = note.phrase?.[SOURCE_LANG];
    const head: PhrasingContent[] = [
      jsxText('span', { class: `note-kind note-kind-${note.kind}` }, [text(labels.kind[note.kind])]),
      text(' '),
      jsxText('a', { class: 'note-anchor', href: `#${anchor}` }, [text(labels.where(anchor))]),
      ...(phrase === undefined ? [] : [text(' '), phraseElement(phrase)]),
      text(labels.separator),
    ];
    const back = jsxText('a', { class: 'note-back', href: `#${noteRefId(anchor, k)}`, 'aria-label': labels.back(n) }, [text('↩')]);
    const item = jsxFlow('li', { id: noteId(anchor, k), class: `note note-${note.kind}` }, [
      { type: 'paragraph', children: [jsxText('p', {}, [...head, ...shownText(note.text, lang), text(' '), back])] },
    ]);
    item.data = { editorialNote: noteId(anchor, k) };
    return item;
  }
}
