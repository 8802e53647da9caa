/**
 * The learner mode on the built site (scripts/pinyin-mode.ts, edition/chapter-pinyin.ts): the switch stands
 * on every page that shows the Chinese and nowhere else; the pages carry no pinyin; in a real browser the
 * chapter's pinyin file is fetched only when the switch is pressed, the words of a sentence get their ruby
 * (河长制 with its glossary reading), copying the sentence gives exactly its Chinese, print follows the switch,
 * the choice is kept for the next page, and without JavaScript there is no switch and no request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, fileOfPage, pagePaths } from '../support/dist.ts';
import { edition } from '../support/edition.ts';
import { launchBrowser } from '../support/browser.ts';
import { runAxe, useSite } from '../support/site.ts';

const site = useSite();
const quzhou = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;
const sentence = quzhou.units.find((u) => u.id === 'p1-2-s3')!;
const PINYIN_FILE = '/data/pinyin/quzhou-2015/part-1.json';

describe('the pinyin switch in the built pages', () => {
  const paths = pagePaths();
  const chapterPages = paths.filter((p) => /^\/(zh|en)\/quzhou-2015\/(part|appendix)-\d+\/(parallel\/)?$/u.test(p));
  // Every chapter page, and one page of each other kind (parsing all of them would cost seconds, for nothing more).
  const otherPages = ['/', '/zh/', '/en/quzhou-2015/', '/zh/glossary/', '/zh/glossary/he-zhang-zhi/', '/en/figures/', '/zh/search/', '/en/about/'];

  it('stands, hidden without scripts, on the Chinese reading pages and every parallel page, and nowhere else', () => {
    expect(chapterPages.length).toBeGreaterThanOrEqual(12);
    expect(paths).toEqual(expect.arrayContaining(otherPages));
    for (const path of [...chapterPages, ...otherPages]) {
      // Read as text: parsing twenty pages of 200 kB would cost seconds and show nothing more.
      const html = readFileSync(fileOfPage(path), 'utf8');
      const toggles = [...html.matchAll(/<p class="kicker"[^>]*>(?:(?!<\/p>).)*<span class="pinyin-switch js-only"><button type="button" class="pinyin-toggle" aria-pressed="false" data-pinyin-src="([^"]+)">/gsu)];
      const shouldHave = chapterPages.includes(path) && (path.startsWith('/zh/') || path.endsWith('/parallel/'));
      expect(toggles.length, path).toBe(shouldHave ? 1 : 0);
      if (shouldHave) expect(toggles[0]![1], path).toBe(`/data/pinyin/quzhou-2015/${path.split('/')[3]}.json`);
      // The pages themselves carry no pinyin: it comes only when asked for.
      expect(html, path).not.toMatch(/<(ruby|rt)\b/u);
    }
  });

  it('has a pinyin file for every chapter, keyed by anchor (sizes in the README)', () => {
    for (const chapter of quzhou.chapters) {
      const data = JSON.parse(readFileSync(join(DIST, 'data', 'pinyin', 'quzhou-2015', `${chapter.slug}.json`), 'utf8')) as Record<string, [string, string][]>;
      expect(Object.keys(data).length, chapter.slug).toBeGreaterThan(0);
      for (const id of Object.keys(data)) expect(quzhou.units.some((u) => u.id === id), id).toBe(true);
    }
  });
});

describe('the learner mode in the browser', () => {
  it('fetches the pinyin only when switched on, sets it over the words, copies only the Chinese, prints as shown and is remembered', async () => {
    const { context } = site.browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const tab = await context.newPage();
    const fetched: string[] = [];
    const scripts: string[] = [];
    tab.on('request', (request) => {
      if (request.url().includes('/data/pinyin/')) fetched.push(new URL(request.url()).pathname);
      if (/\/pinyin-mode\.[\w-]+\.js$/u.test(request.url())) scripts.push(new URL(request.url()).pathname);
    });
    await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-1/`);
    const toggle = tab.locator('button.pinyin-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    // The script comes with the switch; the pinyin does not.
    await expect.poll(() => scripts.length).toBe(1);
    expect(fetched).toEqual([]);
    expect(await tab.locator('ruby').count()).toBe(0);

    // By keyboard: a real button.
    await toggle.focus();
    await tab.keyboard.press('Enter');
    await tab.locator('ruby.pinyin').first().waitFor();
    expect(fetched).toEqual([PINYIN_FILE]);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // Over the sentence: 河长制 (inside its glossary button) read by its entry, the pinyin above the characters.
    const term = tab.locator('[id="p1-2-s3"] ruby.pinyin', { hasText: '河长制' });
    expect(await term.locator('rt').textContent()).toBe('hézhǎngzhì');
    const [base, rt] = await term.evaluate((ruby) => [ruby.getBoundingClientRect(), ruby.querySelector('rt')!.getBoundingClientRect()].map((b) => ({ top: b.top, bottom: b.bottom })));
    expect(rt!.bottom).toBeLessThanOrEqual(base!.top + (base!.bottom - base!.top) / 2);
    expect(await tab.locator('[id="p1-2-s3"] ruby.pinyin').count()).toBeGreaterThan(30);

    // Copying the sentence: its characters, not the pinyin (nor the note marker).
    await tab.evaluate((id) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id)!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, sentence.id);
    expect(await tab.evaluate(() => getSelection()!.toString())).toBe(sentence.zh);
    await tab.keyboard.press('Control+C');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(sentence.zh);

    // Accessible with the mode on (the button's state, the rt's language); axe over a page of 2,000 rubies takes
    // seconds, so it runs with the exhaustive checks (npm run test:full).
    if (process.env.TEST_FULL === '1') for (const scope of ['header.site-header', 'p:has(> [id="p1-2-s3"])']) expect(await runAxe(tab, scope), scope).toEqual([]);

    // Print shows the pinyin while the mode is on, and not once it is off.
    await tab.emulateMedia({ media: 'print' });
    expect(await term.locator('rt').isVisible()).toBe(true);
    expect(await toggle.isVisible()).toBe(false);
    await tab.emulateMedia({ media: 'screen' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await tab.emulateMedia({ media: 'print' });
    expect(await term.locator('rt').isVisible()).toBe(false);
    await tab.emulateMedia({ media: 'screen' });
    expect(await term.locator('rt').isVisible()).toBe(false);

    // Off is remembered too: a reload fetches nothing.
    fetched.length = 0;
    await tab.reload();
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(fetched).toEqual([]);
    // Where a link to a sentence lands with the mode off…
    const cited = `${site.server.origin}/zh/quzhou-2015/part-1/#p1-4-s12`;
    const citedTop = () => tab.evaluate(() => document.getElementById('p1-4-s12')!.getBoundingClientRect().top);
    await tab.goto(cited);
    const landed = await citedTop();
    expect(landed).toBeGreaterThan(0);

    // On is remembered: after a reload the pinyin comes back without a click, and on the next page as well.
    await toggle.click();
    await tab.locator('ruby.pinyin').first().waitFor();
    await tab.reload();
    await tab.locator('[id="p1-2-s3"] ruby.pinyin').first().waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // …it lands with the mode on, the pinyin set after the page scrolled to it notwithstanding.
    await tab.goto(`${site.server.origin}/zh/`);
    await tab.goto(cited);
    await tab.locator('[id="p1-4-s12"] ruby.pinyin').first().waitFor();
    await expect.poll(() => tab.evaluate(() => document.documentElement.classList.contains('pinyin-on'))).toBe(true);
    expect(Math.abs((await citedTop()) - landed)).toBeLessThan(2);
    await tab.goto(`${site.server.origin}/en/quzhou-2015/part-2/parallel/`);
    await tab.locator('ruby.pinyin').first().waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // Only the Chinese column: the English sentences keep their text as it was.
    expect(await tab.locator('p.cell[lang="en"] ruby').count()).toBe(0);
    expect(await tab.locator('[data-pair="p2-s1"] ruby.pinyin').count()).toBeGreaterThan(5);
    // The English reading page has no Chinese, no switch: with the mode on it loads neither the script nor any pinyin.
    fetched.length = 0;
    scripts.length = 0;
    await tab.goto(`${site.server.origin}/en/quzhou-2015/part-2/`);
    await tab.waitForLoadState('networkidle');
    expect([...fetched, ...scripts]).toEqual([]);
    expect(await tab.locator('ruby').count()).toBe(0);
    await tab.close();
  });

  it('without JavaScript: no switch, no pinyin, no request for it', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const tab = await noScript.context.newPage();
      const fetched: string[] = [];
      tab.on('request', (request) => {
        if (request.url().includes('/data/pinyin/')) fetched.push(request.url());
      });
      await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-1/`);
      expect(await tab.locator('button.pinyin-toggle').count()).toBe(1);
      expect(await tab.locator('button.pinyin-toggle').isVisible()).toBe(false);
      expect(await tab.locator('ruby').count()).toBe(0);
      expect(fetched).toEqual([]);
    } finally {
      await noScript.close();
    }
  });
});
