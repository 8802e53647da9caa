/**
 * The cite panel's behaviour: a cite link (a.cite) still moves the address to the sentence's
 * permalink; with this script it also opens the panel with that sentence's citations filled in.
 * Copy buttons write to the clipboard and say so in a live region; closing returns focus to the link.
 */
import { fillCitation } from '../citations/tokens.ts';
import { anchorLabel } from '../pipeline/anchors.ts';

interface CiteData {
  lang: 'zh' | 'en';
  origin: string;
  path: string;
  templates: Record<string, string>;
  labels: { title: string; copied: string };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function openCitePanelFromLinks(): void {
  const panel = document.getElementById('cite-panel');
  const dataElement = document.getElementById('cite-data');
  if (!panel || !dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as CiteData;
  const origin = data.origin || location.origin;
  const status = panel.querySelector<HTMLElement>('.cite-status')!;
  let invoker: HTMLElement | null = null;

  const fill = (id: string) => {
    const locator = anchorLabel(id, data.lang);
    const values: Record<string, string> = { permalink: `${origin}${data.path}#${id}` };
    for (const [format, template] of Object.entries(data.templates)) {
      values[format] = fillCitation(template, { origin, anchor: id, locator, apaLocator: anchorLabel(id, 'en').replace('§', ''), accessed: today() });
    }
    for (const element of panel.querySelectorAll<HTMLElement>('[data-format]')) element.textContent = values[element.dataset.format!] ?? '';
    panel.querySelector('#cite-panel-title')!.textContent = data.labels.title.replace('{where}', () => locator);
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
    const text = panel.querySelector<HTMLElement>(`[data-format="${button.dataset.copy}"]`)?.textContent ?? '';
    await navigator.clipboard.writeText(text);
    status.textContent = data.labels.copied;
  });

  panel.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') invoker?.focus();
  });
}
