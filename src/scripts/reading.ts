/**
 * Reading comfort on chapter pages: the language and view switches keep your place (they carry the
 * first sentence in view below the sticky header, or the one in the address, to the other page), and the chapter's
 * table of contents marks the section being read. Without JavaScript the switch still
 * leads to the same page, and the table of contents still works as links.
 */
const UNITS = ':is(.report-text, .parallel) :is(.s, h1, h2, h3, h4, h5, h6)[id]';

/** Where the text starts being visible: below the sticky header bar, which covers the top of the page. */
const visibleTop = () => document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;

const inView = (element: Element, top = visibleTop()) => {
  const box = element.getBoundingClientRect();
  return box.bottom > top && box.top < innerHeight;
};

/** The anchor a reader is at: the one in the address if it is on screen, else the first unit on screen. */
export function currentAnchor(): string | undefined {
  const hashed = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  // An editorial note has the same id in every language and view (remark-editorial-notes.ts), so it is a place too.
  if (hashed && hashed.matches(`${UNITS}, .editorial-notes li`) && inView(hashed)) return hashed.id;
  const top = visibleTop();
  for (const unit of document.querySelectorAll(UNITS)) if (inView(unit, top)) return unit.id;
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
