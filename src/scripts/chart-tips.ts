/**
 * Charts: hovering or focusing a bar shows its value and the sentence that states it
 * (the mark's data-source) under the chart. The chart itself needs no script to be seen.
 */
export function showChartTips(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) {
    const tip = figure.querySelector<HTMLElement>('.chart-tip');
    if (!tip || figure.dataset.tips) continue;
    figure.dataset.tips = 'on';
    const show = (event: Event) => {
      const mark = (event.target as Element).closest('a.chart-mark');
      if (!mark) return;
      tip.textContent = mark.getAttribute('data-source') ?? '';
      tip.hidden = false;
    };
    figure.addEventListener('mouseover', show);
    figure.addEventListener('focusin', show);
    figure.addEventListener('mouseleave', () => (tip.hidden = true));
    figure.addEventListener('focusout', () => (tip.hidden = true));
  }
}
