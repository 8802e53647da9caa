/**
 * The cite panel's behaviour. A cite link (a.cite) is a plain permalink without this script;
 * with it, the link opens the panel as a modal dialog for its sentence instead of jumping: the
 * address takes the sentence's anchor by history.replaceState (a jump would scroll and move
 * focus to <body>), focus goes into the panel and stays there, and Escape or Close return it to
 * the link. Copy buttons write to the clipboard and say so in a live region. The panel waits in a
 * <template> until a reader first cites, so that it is not part of every page's DOM. The sentences it copies
 * come from the chapter's sentence file, fetched when a reader first points at or focuses a cite link.
 */
import { fillCitation, today } from '../citations/tokens.ts';
import { anchorLabel } from '../i18n/anchor-label.ts';
import { translator, type Messages } from '../i18n/messages.ts';

/** Messages in one language, for the shared translator. */
interface MessagesIn {
  locale: string;
  messages: Partial<Messages>;
}

/** What the page hands this script (src/components/CitePanel.astro). */
export interface CiteData {
  origin: string;
  path: string;
  templates: Record<string, string>;
  /** The page's language: the panel's title and the anchor as cited in it. */
  page: MessagesIn;
  /** The citations' language (English): the locators of the English styles. */
  citation: MessagesIn;
  /** The address of the chapter's sentences (ChapterSentences). */
  sentences: string;
  /** The version in which a sentence's translation was revised, for those revised since the first release. */
  revised: Record<string, string>;
}

/** Each sentence of a chapter as published, by anchor, then by the language tag of each language that has it. */
export type ChapterSentences = Record<string, Record<string, string>>;

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function openCitePanelFromLinks(): void {
  const template = document.getElementById('cite-panel-template');
  const dataElement = document.getElementById('cite-data');
  if (!(template instanceof HTMLTemplateElement) || !dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as CiteData;
  let sentences: Promise<ChapterSentences> | undefined;
  const loadSentences = () =>
    (sentences ??= fetch(data.sentences).then((response) => (response.ok ? (response.json() as Promise<ChapterSentences>) : Promise.reject(new Error(`${data.sentences}: ${response.status}`)))));
  let cite: ((link: HTMLAnchorElement) => void) | undefined;

  const citeLinkOf = (event: Event) => (event.target as Element | null)?.closest?.('a.cite') ?? null;
  for (const type of ['pointerover', 'focusin'] as const) document.addEventListener(type, (event) => void (citeLinkOf(event) && loadSentences().catch(() => undefined)), { passive: true });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.cite');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // A modified click (new tab, new window) keeps the link's own meaning: the permalink.
    event.preventDefault();
    // The panel enters the page when first used: until then it is not part of every chapter's DOM.
    cite ??= citePanel(template, data, loadSentences);
    cite(link);
  });
}

/** Puts the panel in the page, in place of its template, and returns what cites a sentence in it. */
function citePanel(template: HTMLTemplateElement, data: CiteData, loadSentences: () => Promise<ChapterSentences>): (link: HTMLAnchorElement) => void {
  template.replaceWith(template.content.cloneNode(true));
  const panel = document.getElementById('cite-panel') as HTMLDialogElement;
  const origin = data.origin || location.origin;
  const status = panel.querySelector<HTMLElement>('.cite-status')!;
  const t = translator(data.page.messages, data.page.locale);
  const tCitation = translator(data.citation.messages, data.citation.locale);
  let invoker: HTMLElement | null = null;
  let cited: Element | null = null;

  let values: Record<string, string> = {};
  // The current sentence's texts, once its chapter's sentences have come: a copy waits for them.
  let sentenceValues: Promise<void> = Promise.resolve();
  const fillSentence = async (id: string, permalink: string) => {
    const languages = (await loadSentences())[id] ?? {};
    if (!values.permalink?.endsWith(`#${id}`)) return; // another sentence was cited meanwhile
    const texts = Object.values(languages);
    values.sentence = texts.join('\n');
    // The sentence in one language, or in all, followed by its permalink: what a reader pastes into notes.
    for (const [lang, text] of Object.entries(languages)) values[`sentence-${lang}`] = `${text}\n${permalink}`;
    values['sentence-all'] = [...texts, permalink].join('\n');
    // Each language of the sentence in its own element with its `lang`, so that it is read and set in its language.
    panel.querySelector('[data-format="sentence"]')?.replaceChildren(
      ...Object.entries(languages).map(([lang, text]) => Object.assign(document.createElement('span'), { lang, textContent: text, className: 'cite-sentence' })),
    );
  };
  const fill = (id: string) => {
    const locator = anchorLabel(id, t);
    const permalink = `${origin}${data.path}#${id}`;
    values = { permalink };
    const citationLocator = anchorLabel(id, tCitation);
    for (const [format, template] of Object.entries(data.templates)) {
      values[format] = fillCitation(template, { origin, anchor: id, locator: citationLocator, pageLocator: locator, apaLocator: citationLocator.replace('§', ''), accessed: today() });
    }
    for (const element of panel.querySelectorAll<HTMLElement>('[data-format]')) element.textContent = values[element.dataset.format!] ?? '';
    sentenceValues = fillSentence(id, permalink).catch(() => undefined);
    panel.querySelector('#cite-panel-title')!.textContent = t('citeTitle', { where: locator });
    const revised = panel.querySelector<HTMLElement>('.cite-revised');
    if (revised) {
      const version = data.revised[id];
      revised.hidden = version === undefined;
      revised.textContent = version === undefined ? '' : t('revisedIn', { version });
    }
    status.textContent = '';
  };

  // A modal dialog makes the page inert, but Tab from its last control would leave for the browser's own interface.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const stops = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    } else if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    }
  });

  panel.addEventListener('click', async (event) => {
    // A click on the backdrop lands on the dialog itself: close, as a popover would.
    if (event.target === panel) {
      const box = panel.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) panel.close();
      return;
    }
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
    if (!button) return;
    const format = button.dataset.copy!;
    if (format.startsWith('sentence')) await sentenceValues;
    const text = values[format] ?? panel.querySelector<HTMLElement>(`[data-format="${format}"]`)?.textContent ?? '';
    // Emptied first, so a second copy of the same format is announced again.
    status.textContent = '';
    await navigator.clipboard.writeText(text);
    status.textContent = t('copied');
    // The button says so too, for whoever is looking at it rather than listening.
    button.dataset.label ??= button.textContent ?? '';
    button.textContent = t('copied');
    setTimeout(() => (button.textContent = button.dataset.label!), 2000);
  });

  panel.addEventListener('close', () => {
    invoker?.focus();
  });

  return (link) => {
    const id = link.hash.slice(1);
    invoker = link;
    fill(id);
    history.replaceState(history.state, '', `#${id}`);
    // :target does not follow replaceState, so the cited sentence is marked by a class.
    cited?.classList.remove('is-cited');
    cited = document.getElementById(id);
    cited?.classList.add('is-cited');
    panel.showModal();
    panel.querySelector<HTMLElement>('[data-copy]')?.focus();
  };
}
