/**
 * The glossary toggletips of a report's pages. Each term is a link to its glossary entry (what a reader
 * without this script follows); with it, the link becomes the button of the page's one toggletip
 * (#term-tip, a popover): activated by click, tap, Enter or Space, it fills the toggletip with the
 * term's entry and opens it beside the term; Escape, a click outside or the term again close it, and
 * the focus stays on the term. The entries come from one file per report and language (its address in
 * the toggletip's data-src), fetched when a reader first points at or focuses a term.
 */

/** A piece of a definition: in the page's language, or with its own `lang` (pending: the source text standing in for a translation). */
export interface DefinitionPiece {
  text: string;
  lang?: string;
  pending?: true;
}

/** What one toggletip shows. */
export interface TermTip {
  term: string;
  pinyin?: string;
  en?: string;
  definition: DefinitionPiece[];
  more: { href: string; label: string };
}

/** A report's toggletips in one language, by the key its terms carry in `data-term`. */
export type TermTips = Record<string, TermTip>;

export function setUpToggletips(): void {
  const tip = document.getElementById('term-tip');
  if (!tip?.dataset.src) return;
  const source = tip.dataset.src;
  let tips: Promise<TermTips> | undefined;
  const load = () => (tips ??= fetch(source).then((response) => (response.ok ? (response.json() as Promise<TermTips>) : Promise.reject(new Error(`${source}: ${response.status}`)))));
  let shownFor: HTMLAnchorElement | undefined;

  for (const term of document.querySelectorAll<HTMLAnchorElement>('a.term')) {
    term.setAttribute('role', 'button');
    term.setAttribute('aria-expanded', 'false');
    term.setAttribute('aria-controls', tip.id);
  }

  const part = (selector: string) => tip.querySelector<HTMLElement>(selector)!;
  const fill = (entry: TermTip) => {
    part('.toggletip-term').textContent = entry.term;
    const pinyin = part('.toggletip-pinyin');
    pinyin.textContent = entry.pinyin ?? '';
    pinyin.hidden = entry.pinyin === undefined;
    const en = part('.toggletip-en');
    en.textContent = entry.en ?? '';
    en.hidden = entry.en === undefined;
    part('.toggletip-definition').replaceChildren(
      ...entry.definition.map(({ text, lang, pending }) =>
        lang === undefined ? text : Object.assign(document.createElement('span'), { lang, textContent: text, className: pending ? 'pending' : '' }),
      ),
    );
    const more = tip.querySelector<HTMLAnchorElement>('.toggletip-more a')!;
    more.href = entry.more.href;
    more.textContent = entry.more.label;
  };

  const toggle = async (term: HTMLAnchorElement) => {
    if (tip.matches(':popover-open')) {
      const same = shownFor === term;
      tip.hidePopover();
      if (same) return;
    }
    let entry: TermTip | undefined;
    try {
      entry = (await load())[term.dataset.term!];
    } catch {
      entry = undefined;
    }
    // Without its entry (the file did not load), the term is what it is without the script: a link.
    if (!entry) {
      location.href = term.href;
      return;
    }
    fill(entry);
    shownFor = term;
    // The term as the popover's source: the toggletip is anchored to it, and Tab from it goes into the toggletip.
    tip.showPopover({ source: term });
  };

  // beforetoggle, not toggle: it comes at once, also on a light dismiss, where toggle comes a task later and a
  // screen reader (or a test) asking in between would hear "expanded" for a closed toggletip.
  tip.addEventListener('beforetoggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    shownFor?.setAttribute('aria-expanded', String(open));
  });
  const termOf = (event: Event) => (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.term[data-term]') ?? null;
  // A press on the term whose toggletip is open closes it by light dismiss before its click: that click must not open it again.
  let closedByPress: HTMLAnchorElement | undefined;
  document.addEventListener('pointerdown', (event) => (closedByPress = tip.matches(':popover-open') ? termOf(event) ?? undefined : undefined), { capture: true, passive: true });
  for (const type of ['pointerover', 'focusin'] as const) document.addEventListener(type, (event) => void (termOf(event) && load().catch(() => undefined)), { passive: true });
  document.addEventListener('click', (event) => {
    const term = termOf(event);
    // A modified click (new tab, new window) keeps the link's own meaning: the glossary entry.
    if (!term || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (closedByPress === term && shownFor === term && !tip.matches(':popover-open')) {
      closedByPress = undefined;
      return;
    }
    void toggle(term);
  });
  // A button is pressed by Space too (a link is not).
  document.addEventListener('keydown', (event) => {
    const term = termOf(event);
    if (!term || event.key !== ' ') return;
    event.preventDefault();
    void toggle(term);
  });
}
