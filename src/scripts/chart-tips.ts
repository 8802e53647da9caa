/**
 * Charts: hovering or focusing a bar shows, under the chart, its value and what it is (the mark's
 * accessible name) and, when this page holds it, the sentence that states it. The sentence is cited
 * once, by the mark's link to its anchor, not copied into every bar. The chart itself needs no script.
 */
function sentenceOnThisPage(mark: Element): string | undefined {
  const url = new URL(mark.getAttribute('href') ?? '', location.href);
  if (url.pathname !== location.pathname || !url.hash) return undefined;
  const sentence = document.getElementById(decodeURIComponent(url.hash.slice(1)))?.cloneNode(true) as Element | undefined;
  // Its note markers are not its text.
  sentence?.querySelectorAll('.note-ref').forEach((note) => note.remove());
  return sentence?.textContent ?? undefined;
}

export function showChartTips(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) {
    const tip = figure.querySelector<HTMLElement>('.chart-tip');
    if (!tip || figure.dataset.tips) continue;
    figure.dataset.tips = 'on';
    const show = (event: Event) => {
      const mark = (event.target as Element).closest('a.chart-mark');
      if (!mark) return;
      const sentence = sentenceOnThisPage(mark);
      tip.textContent = `${mark.getAttribute('aria-label') ?? ''}${sentence ? `: ${sentence}` : ''}`;
      tip.hidden = false;
    };
    figure.addEventListener('mouseover', show);
    figure.addEventListener('focusin', show);
    figure.addEventListener('mouseleave', () => (tip.hidden = true));
    figure.addEventListener('focusout', () => (tip.hidden = true));
  }
}
