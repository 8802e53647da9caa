/**
 * Reading comfort on chapter pages: the language switch keeps your place (it carries the
 * sentence in view, or the one in the address, to the other language), and the chapter's
 * table of contents marks the section being read. Without JavaScript the switch still
 * leads to the same page, and the table of contents still works as links.
 */
const UNITS = ':is(.report-text, .parallel) :is(.s, h1, h2, h3, h4, h5, h6)[id]';

const inView = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
};

/** The anchor a reader is at: the one in the address if it is on screen, else the first unit on screen. */
export function currentAnchor(): string | undefined {
  const hashed = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (hashed && hashed.matches(UNITS) && inView(hashed)) return hashed.id;
  for (const unit of document.querySelectorAll(UNITS)) if (inView(unit)) return unit.id;
  return undefined;
}

export function keepPlaceOnLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch, a.view-switch')) {
    link.addEventListener('click', () => {
      const anchor = currentAnchor();
      if (anchor) link.hash = anchor;
    });
  }
}

export function markCurrentSection(): void {
  const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('.chapter-toc a[href^="#"]')].map((a) => [a.hash.slice(1), a]));
  if (links.size === 0) return;
  const visible = new Set<string>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const id = entry.target.getAttribute('aria-labelledby') ?? '';
        if (entry.isIntersecting) visible.add(id);
        else visible.delete(id);
      }
      const current = [...links.keys()].find((id) => visible.has(id));
      if (!current) return;
      for (const [id, link] of links) {
        if (id === current) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const section of document.querySelectorAll('.report-text section[aria-labelledby]')) observer.observe(section);
}
