/**
 * The search page. Exact matches come from the exact-search index (dist/exact-search/, read a
 * few files at a time when a search starts): every sentence whose text holds the query — precise
 * for Chinese, where a slogan is not a dictionary word — with the hit marked and a link to its
 * anchor, twenty at a time. A query that is a glossary term (its Chinese, pinyin, an English name)
 * is shown first as a card, and brings the sentences of that term. A query in traditional characters
 * is converted (traditional-chinese.ts, a chunk loaded only then). Pagefind's full-text index adds
 * looser matches under their own heading: by itself only when exact search finds few, otherwise when
 * the reader asks. Nothing of this loads before a search starts.
 * What counts as a match, and in which order, is exact-search.ts (pure, tested in Node).
 */
import { createExactSearch, type Entry, type Hit, type Lang, type SearchLanguage } from './exact-search.ts';
import { translator, type Messages } from '../i18n/messages.ts';
import type { IndexCard } from '../pipeline/exact-index.ts';

export type { SearchLanguage };
/** What the page hands this script (src/pages/[lang]/search.astro). */
export interface SearchConfig {
  lang: Lang;
  locale: string;
  languages: SearchLanguage[];
  /** The language of the glossary's renderings (an entry's `en`): a term's sentences are found by it in that language's text. */
  renderingLang: Lang;
  /** The exact-search index's folder. */
  index: string;
  pagefind: string;
  messages: Partial<Messages>;
}

/** Hits shown at a time. */
const PAGE = 20;
/** With fewer exact hits than this (and no glossary term), Pagefind's looser matches are looked up without asking. */
const FEW = 3;

function highlighted(text: string, ranges: [number, number][]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const [start, end] of ranges) {
    fragment.append(text.slice(last, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    last = end;
  }
  fragment.append(text.slice(last));
  return fragment;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { lang?: string } = {}, ...children: (Node | string)[]) => {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
};

export function startSearch(): void {
  const app = document.getElementById('search-app');
  const configElement = document.getElementById('search-config');
  if (!app || !configElement) return;
  const config = JSON.parse(configElement.textContent ?? '{}') as SearchConfig;
  const t = translator(config.messages, config.locale);
  const source = config.languages[0]!.code;
  const languageOf = new Map(config.languages.map((l) => [l.code, l]));
  // A definition not yet written in the page's language stands in the source language, marked as such.
  const shortOf = (e: Entry & IndexCard) =>
    e.shortLang === config.lang ? el('p', {}, e.short) : el('p', {}, el('span', { lang: languageOf.get(e.shortLang)!.htmlLang, className: 'pending' }, e.short));
  const form = app.querySelector<HTMLFormElement>('#search-form')!;
  const input = app.querySelector<HTMLInputElement>('#search-q')!;
  const status = app.querySelector<HTMLElement>('#search-status')!;
  const results = app.querySelector<HTMLElement>('#search-results')!;
  const filters = app.querySelector<HTMLElement>('#search-filters')!;
  const chapterSelect = app.querySelector<HTMLSelectElement>('#search-chapter')!;
  app.hidden = false;

  const engine = createExactSearch({
    load: (path) =>
      fetch(config.index + path).then((response) => {
        if (!response.ok) throw new Error(`${response.status}: ${config.index}${path}`);
        return response.json();
      }),
    simplifier: () => import('./traditional-chinese.ts').then((m) => m.toSimplified),
    languages: config.languages,
    renderingLang: config.renderingLang,
    pageLang: config.lang,
  });
  let pagefind: Promise<{ search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }> }> | undefined;
  const loadPagefind = () => (pagefind ??= import(/* @vite-ignore */ config.pagefind).then(async (pf) => (await pf.init?.(), pf)));

  const checked = (name: string) => [...filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);

  let run = 0;
  async function search() {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    results.replaceChildren();
    const id = ++run;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = t('searchLoading');
    if (chapterSelect.options.length <= 1) {
      const listed = new Set<string>();
      for (const chapter of await engine.chapters()) {
        const value = `${chapter.report}/${chapter.id}`;
        if (!listed.has(value)) chapterSelect.append(el('option', { value, textContent: chapter.title[config.lang] ?? chapter.title[source] ?? '' }));
        listed.add(value);
      }
    }
    const kinds = checked('kind');
    const found = await engine.find(query, { langs: kinds.includes('report') ? checked('lang') : [], chapter: chapterSelect.value || undefined });
    if (id !== run) return;
    const terms = kinds.includes('glossary') ? found.entries : [];

    if (found.simplified) results.append(el('p', { className: 'search-simplified', textContent: t('searchSimplified', { query: found.query }) }));
    if (terms.length > 0) {
      const cards = el('ul', { className: 'search-cards' });
      for (const e of terms) {
        cards.append(
          el('li', { className: 'search-card' },
            el('a', { href: e.url }, el('span', { lang: languageOf.get(source)!.htmlLang, className: 'search-card-term' }, e.term), ' ', el('span', { lang: 'zh-Latn-pinyin' }, e.pinyin), ' · ', el('span', { lang: 'en' }, e.en)),
            shortOf(e),
          ),
        );
      }
      results.append(el('section', { className: 'search-terms' }, el('h2', { textContent: t('searchGlossaryCards') }), cards));
    }

    const exact = el('section', { className: 'search-exact' }, el('h2', { textContent: t('searchExact') }));
    results.append(exact);
    if (found.hits.length === 0) exact.append(el('p', { textContent: t('searchNone', { query: found.query }) }));
    let shown = 0;
    let groupKey = '';
    let group: HTMLOListElement | undefined;
    const more = el('button', { type: 'button', className: 'search-more' });
    const showMore = async (focus: boolean) => {
      const page = await engine.texts(found.hits.slice(shown, shown + PAGE));
      if (id !== run) return;
      shown += page.length;
      more.remove();
      const first = appendHits(page);
      const left = found.hits.length - shown;
      if (left > 0) {
        more.textContent = t('searchMore', { count: Math.min(left, PAGE) });
        exact.append(more);
      }
      if (focus) first?.focus();
    };
    const appendHits = (page: Hit[]) => {
      let first: HTMLAnchorElement | undefined;
      for (const hit of page) {
        const key = `${hit.lang}/${hit.chapter.report}/${hit.chapter.id}`;
        if (key !== groupKey) {
          groupKey = key;
          group = el('ol', { className: 'search-hits' });
          exact.append(el('h3', {}, `${hit.chapter.title[hit.lang] ?? hit.chapter.title[source]}`, el('span', { className: 'search-lang' }, ` · ${languageOf.get(hit.lang)!.label}`)), group);
        }
        const link = el('a', { href: hit.url, lang: languageOf.get(hit.lang)!.htmlLang }, highlighted(hit.text, hit.ranges));
        first ??= link;
        group!.append(el('li', { className: 'search-hit' }, link, el('span', { className: 'search-where' }, `${hit.label} · ${t('searchExact')}`)));
      }
      return first;
    };
    more.addEventListener('click', () => void showMore(true));
    await showMore(false);
    if (id !== run) return;
    if (found.suggestions.length > 0) {
      // Not matches: terms the query may have meant, under their own heading, each a new search.
      const list = el('ul', { className: 'search-suggestion-list' });
      for (const e of found.suggestions) list.append(el('li', {}, el('a', { href: `?q=${encodeURIComponent(e.term)}`, lang: languageOf.get(source)!.htmlLang }, e.term)));
      results.append(el('section', { className: 'search-suggestions' }, el('h2', { textContent: t('searchSuggestions') }), list));
    }
    status.textContent = t('searchStatus', { count: found.hits.length, query: found.query });

    // Looser matches from the full-text index: by themselves when exact search finds a few sentences and no
    // glossary term (a known term, or nothing at all, needs none unasked), else on request.
    const loose = el('section', { className: 'search-loose' }, el('h2', { textContent: t('searchLoose') }));
    results.append(loose);
    if (found.entries.length === 0 && found.hits.length > 0 && found.hits.length < FEW) void looseMatches(loose, query, id, false);
    else {
      const ask = el('button', { type: 'button', className: 'search-loose-button', textContent: t('searchLooseButton') });
      ask.addEventListener('click', () => {
        ask.remove();
        void looseMatches(loose, query, id, true);
      });
      loose.append(ask);
    }
  }

  /** Pagefind's matches into `loose`; `focus` (the reader asked for them) moves focus to the first. */
  async function looseMatches(loose: HTMLElement, query: string, id: number, focus: boolean) {
    try {
      const pf = await loadPagefind();
      const found = await pf.search(query);
      if (id !== run) return;
      const list = el('ol', { className: 'search-hits' });
      for (const result of found.results.slice(0, 10)) {
        const page = await result.data();
        const item = el('li', { className: 'search-hit' }, el('a', { href: page.url }, page.meta.title ?? page.url));
        const excerpt = el('p', { className: 'search-excerpt' });
        // Pagefind's excerpt marks its hits with <mark>; everything else in it is text.
        for (const [i, part] of page.excerpt.split(/<\/?mark>/u).entries()) excerpt.append(i % 2 ? el('mark', { textContent: part }) : part);
        item.append(excerpt);
        list.append(item);
      }
      if (list.children.length > 0) {
        loose.append(list);
        if (focus) list.querySelector('a')?.focus();
      } else loose.remove();
    } catch {
      loose.remove();
    }
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      void search();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  filters.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).id === 'search-hide-loose') results.classList.toggle('hide-loose', (event.target as HTMLInputElement).checked);
    else void search();
  });
  // Arrow keys move between results.
  results.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search();
  }
}
