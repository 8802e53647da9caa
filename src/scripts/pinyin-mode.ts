/**
 * Learner mode: pinyin above the Chinese, word by word, as <ruby> with <rt>. The chapter's pinyin
 * (edition/chapter-pinyin.ts) is fetched the first time the reader switches the mode on, never before;
 * the choice is kept (localStorage) and applied again on the next page. Switching it off hides the <rt>s
 * (class `pinyin-on` on <html>); the page prints as it shows. Either way the sentence being read stays where
 * it was on the screen. The <rt>s cannot be selected (CSS), so copying a sentence copies its characters only.
 * The switch is shown only where scripts run (class js-only).
 */
import type { ChapterPinyin } from '../edition/chapter-pinyin.ts';
import { currentAnchor } from './reading.ts';

const KEY = 'edition-pinyin';
const ON = 'pinyin-on';
const KEEPS_PLACE = 'pinyin-keeps-place';
/** What inside a unit is not its text: the cite link, a note marker, pinyin already set. */
const NOT_TEXT = '.cite, .note-ref, rt';

export function pinyinMode(): void {
  const button = document.querySelector<HTMLButtonElement>('.pinyin-toggle');
  const source = button?.dataset.pinyinSrc;
  if (!button || !source) return;
  let pinyin: Promise<ChapterPinyin> | undefined;
  let set = false;

  /** Shows the mode as the button says: fetching the pinyin and setting it over the words the first time. */
  const update = async () => {
    const on = button.getAttribute('aria-pressed') === 'true';
    if (on && !set) {
      pinyin ??= fetch(source).then((response) => {
        if (!response.ok) throw new Error(`${source}: ${response.status}`);
        return response.json() as Promise<ChapterPinyin>;
      });
      let data: ChapterPinyin;
      try {
        data = await pinyin;
      } catch {
        // Offline, or a page built without its data: the mode stays off, and the next click tries again.
        pinyin = undefined;
        button.setAttribute('aria-pressed', 'false');
        return;
      }
      if (set) return; // a second click, while this one waited, has set it already
      keepingPlace(() => addRuby(data));
      set = true;
    }
    // The button may have been pressed again while the pinyin came: show what it says now.
    keepingPlace(() => document.documentElement.classList.toggle(ON, button.getAttribute('aria-pressed') === 'true'));
  };

  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    try {
      localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
    void update();
  });
  let kept: string | null = null;
  try {
    kept = localStorage.getItem(KEY);
  } catch {
    // As above: nothing kept.
  }
  if (kept === 'on') {
    button.setAttribute('aria-pressed', 'true');
    void update();
  }
}

/**
 * Makes a change that moves the text (the pinyin, the taller lines) with the sentence being read, or the one in
 * the address, left where it was on the screen. The page does this itself (class KEEPS_PLACE turns off the
 * browser's scroll anchoring, which would move it a second time, and which not every browser has).
 */
function keepingPlace(change: () => void): void {
  document.documentElement.classList.add(KEEPS_PLACE);
  const id = currentAnchor();
  const unit = id ? document.getElementById(id) : null;
  const before = unit?.getBoundingClientRect().top;
  change();
  if (unit && before !== undefined) scrollBy(0, unit.getBoundingClientRect().top - before);
}

/** Sets the words of every Chinese unit on the page (by its id, or in the parallel view its pair's) in <ruby>. */
function addRuby(data: ChapterPinyin): void {
  for (const unit of document.querySelectorAll<HTMLElement>('main [id], main [data-pair]')) {
    const words = data[unit.dataset.pair ?? unit.id];
    if (words && unit.matches(':lang(zh)')) setWords(unit, words);
  }
}

function setWords(unit: HTMLElement, words: ChapterPinyin[string]): void {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(unit, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element ? (node.matches(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const starts: number[] = [];
  let joined = '';
  for (const text of texts) {
    starts.push(joined.length);
    joined += text.data;
  }
  /** The text node and offset of a position in the unit's text; `end` picks the node a word ends in. */
  const at = (position: number, end = false) => {
    let i = starts.length - 1;
    while (i > 0 && (end ? starts[i]! >= position : starts[i]! > position)) i--;
    return { node: texts[i]!, offset: position - starts[i]! };
  };

  const placed: { start: number; end: number; pinyin: string }[] = [];
  let cursor = 0;
  for (const [word, pinyin] of words) {
    const start = joined.indexOf(word, cursor);
    if (start < 0) continue; // the page's text differs from the data's (an old cached file): leave the word bare
    placed.push({ start, end: start + word.length, pinyin });
    cursor = start + word.length;
  }
  // From the last word back: wrapping a word splits only the text after the earlier words' offsets.
  for (const { start, end, pinyin } of placed.reverse()) {
    const from = at(start);
    const to = at(end, true);
    if (from.node === to.node || from.node.parentNode === to.node.parentNode) {
      wrap(from, to, pinyin);
    } else {
      // A word across an element's edge (a note marker inside it): each piece of its own, the pinyin over the first.
      const pieces = texts.filter((t) => t === from.node || t === to.node || (from.node.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING && t.compareDocumentPosition(to.node) & Node.DOCUMENT_POSITION_FOLLOWING));
      pieces.reverse().forEach((t, i) => {
        const first = i === pieces.length - 1;
        wrap({ node: t, offset: t === from.node ? from.offset : 0 }, { node: t, offset: t === to.node ? to.offset : t.data.length }, first ? pinyin : '');
      });
    }
  }
}

function wrap(from: { node: Text; offset: number }, to: { node: Text; offset: number }, pinyin: string): void {
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const ruby = document.createElement('ruby');
  ruby.className = 'pinyin';
  range.surroundContents(ruby);
  const rt = document.createElement('rt');
  rt.lang = 'zh-Latn-pinyin';
  rt.textContent = pinyin;
  ruby.append(rt);
}
