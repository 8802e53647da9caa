/**
 * The cite panel's behaviour: a cite link (a.cite) still moves the address to the sentence's
 * permalink; with this script it also opens the panel with that sentence's citations filled in.
 * Copy buttons write to the clipboard and say so in a live region; closing returns focus to the link.
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
  /** Each sentence of the page as published, by anchor, then by the language tag of each language that has it. */
  sentences: Record<string, Record<string, string>>;
  /** The version in which a sentence's translation was revised, for those revised since the first release. */
  revised: Record<string, string>;
}

export function openCitePanelFromLinks(): void {
  const panel = document.getElementById('cite-panel');
  const dataElement = document.getElementById('cite-data');
  if (!panel || !dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as CiteData;
  const origin = data.origin || location.origin;
  const status = panel.querySelector<HTMLElement>('.cite-status')!;
  const t = translator(data.page.messages, data.page.locale);
  const tCitation = translator(data.citation.messages, data.citation.locale);
  let invoker: HTMLElement | null = null;

  let values: Record<string, string> = {};
  const fill = (id: string) => {
    const locator = anchorLabel(id, t);
    const permalink = `${origin}${data.path}#${id}`;
    const texts = Object.values(data.sentences[id] ?? {});
    values = { permalink, sentence: texts.join('\n') };
    // The sentence in one language, or in all, followed by its permalink: what a reader pastes into notes.
    for (const [lang, text] of Object.entries(data.sentences[id] ?? {})) values[`sentence-${lang}`] = `${text}\n${permalink}`;
    values['sentence-all'] = [...texts, permalink].join('\n');
    const citationLocator = anchorLabel(id, tCitation);
    for (const [format, template] of Object.entries(data.templates)) {
      values[format] = fillCitation(template, { origin, anchor: id, locator: citationLocator, pageLocator: locator, apaLocator: citationLocator.replace('§', ''), accessed: today() });
    }
    for (const element of panel.querySelectorAll<HTMLElement>('[data-format]')) element.textContent = values[element.dataset.format!] ?? '';
    // Each language of the sentence in its own element with its `lang`, so that it is read and set in its language.
    panel.querySelector('[data-format="sentence"]')?.replaceChildren(
      ...Object.entries(data.sentences[id] ?? {}).map(([lang, text]) => Object.assign(document.createElement('span'), { lang, textContent: text, className: 'cite-sentence' })),
    );
    panel.querySelector('#cite-panel-title')!.textContent = t('citeTitle', { where: locator });
    const revised = panel.querySelector<HTMLElement>('.cite-revised');
    if (revised) {
      const version = data.revised[id];
      revised.hidden = version === undefined;
      revised.textContent = version === undefined ? '' : t('revisedIn', { version });
    }
    status.textContent = '';
  };

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.cite');
    if (!link) return;
    invoker = link;
    fill(link.getAttribute('href')!.slice(1));
    panel.showPopover();
    panel.querySelector<HTMLElement>('[data-copy]')?.focus();
  });

  panel.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
    if (!button) return;
    const text = values[button.dataset.copy!] ?? panel.querySelector<HTMLElement>(`[data-format="${button.dataset.copy}"]`)?.textContent ?? '';
    await navigator.clipboard.writeText(text);
    status.textContent = t('copied');
  });

  panel.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') invoker?.focus();
  });
}
