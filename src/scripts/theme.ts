/**
 * The dark-mode toggle: the page follows the system's preference until the reader chooses;
 * the choice is kept (localStorage) and applied before first paint by the inline script in
 * the page head. The toggle is shown only where scripts run (class js-only).
 */
const KEY = 'edition-theme';

export function themeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const root = document.documentElement;
  const isDark = () => (root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  show();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
    show();
  });
}
