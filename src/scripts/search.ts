/**
 * The search page. Exact matches come from the edition's own data (dist/data/*.json, fetched
 * when a search starts): every sentence whose text contains the query — precise for Chinese,
 * where a slogan is not a dictionary word — with the hit marked and a link to its anchor.
 * A query that is a glossary term (its Chinese, pinyin or English rendering) is shown first as a
 * card, and brings the sentences of that term: by its forms in the Chinese, by its rendering in the
 * English. Pagefind's full-text index adds the looser matches, under their own heading. Nothing of
 * this loads before a search starts.
 * What counts as a match, and in which order, is exact-search.ts (pure, tested in Node).
 */
import { exactHits, matchEntries, type Entry, type Hit, type Lang, type ReportData, type SearchLanguage } from './exact-search.ts';
import { translator, type Messages } from '../i18n/messages.ts';

export type { SearchLanguage };
/** What the page hands this script (src/pages/[lang]/search.astro). */
export interface SearchConfig {
  lang: Lang;
  locale: string;
  languages: SearchLanguage[];
  /** The language of the glossary's renderings (an entry's `en`): a term's sentences are found by it in that language's text. */
  renderingLang: Lang;
  reports: string[];
  glossary: string;
  pagefind: string;
  messages: Partial<Messages>;
}

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
  const shortOf = (e: Entry) => {
    const own = e.short[config.lang];
    return own !== undefined ? el('p', {}, own) : el('p', {}, el('span', { lang: languageOf.get(source)!.htmlLang, className: 'pending' }, e.short[source] ?? ''));
  };
  const form = app.querySelector<HTMLFormElement>('#search-form')!;
  const input = app.querySelector<HTMLInputElement>('#search-q')!;
  const status = app.querySelector<HTMLElement>('#search-status')!;
  const results = app.querySelector<HTMLElement>('#search-results')!;
  const filters = app.querySelector<HTMLElement>('#search-filters')!;
  const chapterSelect = app.querySelector<HTMLSelectElement>('#search-chapter')!;
  app.hidden = false;

  let data: Promise<[ReportData[], Entry[]]> | undefined;
  const load = () =>
    (data ??= Promise.all([
      Promise.all(config.reports.map((url) => fetch(url).then((r) => r.json() as Promise<ReportData>))),
      fetch(config.glossary).then((r) => r.json()).then((g: { entries: Entry[] }) => g.entries),
    ]));
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
    if (!query) {
      status.textContent = '';
      return;
    }
    const id = ++run;
    status.textContent = t('searchLoading');
    const [reports, entries] = await load();
    if (id !== run) return;
    if (chapterSelect.options.length <= 1) {
      for (const report of reports) for (const chapter of report.chapters) chapterSelect.append(el('option', { value: `${report.report.slug}/${chapter.id}`, textContent: chapter.title[config.lang] ?? chapter.title[source] ?? '' }));
    }
    const langs = checked('lang');
    const kinds = checked('kind');
    const chapter = chapterSelect.value;
    const hits = kinds.includes('report')
      ? exactHits(reports, entries, query, config.lang, config.languages, config.renderingLang).filter((h) => langs.includes(h.lang) && (!chapter || `${h.report.report.slug}/${h.unit.chapter}` === chapter))
      : [];
    const terms = kinds.includes('glossary') ? matchEntries(entries, query) : [];

    if (terms.length > 0) {
      const cards = el('ul', { className: 'search-cards' });
      for (const e of terms) {
        cards.append(
          el('li', { className: 'search-card' },
            el('a', { href: e.url[config.lang] }, el('span', { lang: languageOf.get(source)!.htmlLang, className: 'search-card-term' }, e.term), ' ', el('span', { lang: 'zh-Latn-pinyin' }, e.pinyin), ' · ', el('span', { lang: 'en' }, e.en)),
            shortOf(e),
          ),
        );
      }
      results.append(el('section', { className: 'search-terms' }, el('h2', { textContent: t('searchGlossaryCards') }), cards));
    }

    const exact = el('section', { className: 'search-exact' }, el('h2', { textContent: t('searchExact') }));
    if (hits.length === 0) exact.append(el('p', { textContent: t('searchNone', { query }) }));
    let group: HTMLOListElement | undefined;
    let groupKey = '';
    for (const hit of hits) {
      const key = `${hit.lang}/${hit.report.report.slug}/${hit.unit.chapter}`;
      if (key !== groupKey) {
        groupKey = key;
        const chapterInfo = hit.report.chapters.find((c) => c.id === hit.unit.chapter)!;
        group = el('ol', { className: 'search-hits' });
        exact.append(
          el('h3', {}, `${chapterInfo.title[hit.lang] ?? chapterInfo.title[source]}`, el('span', { className: 'search-lang' }, ` · ${languageOf.get(hit.lang)!.label}`)),
          group,
        );
      }
      group!.append(
        el('li', { className: 'search-hit' },
          el('a', { href: hit.unit.url[hit.lang], lang: languageOf.get(hit.lang)!.htmlLang }, highlighted(hit.text, hit.ranges)),
          el('span', { className: 'search-where' }, `${hit.unit.label} · ${t('searchExact')}`),
        ),
      );
    }
    results.append(exact);
    status.textContent = t('searchStatus', { count: hits.length, query });

    // Looser matches from the full-text index, for what the exact search does not find.
    const loose = el('section', { className: 'search-loose' }, el('h2', { textContent: t('searchLoose') }));
    results.append(loose);
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
      if (list.children.length > 0) loose.append(list);
      else loose.remove();
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
