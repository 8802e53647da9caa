/**
 * Issue #19, 1: text from content never ends a <script> element. The variant copy (tests/support/
 * variant-copy.ts, built once by the global setup) has `</script><script>alert(…)</script>` in a
 * translated heading (it reaches the chapter's JSON-LD) and in the report's English title (it reaches
 * the JSON-LD and the cite panel's data); in Chromium no dialog opens, the JSON still parses to the
 * text as written, and the pages show it as text.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { BASE, HOSTILE } from '../support/variant-copy.ts';

const { heading, title } = HOSTILE;
const { dir } = inject('variant');

let server: StaticServer;
let browser: Browser;
/** The site's address: the copy is served from a sub-path. */
let origin: string;

beforeAll(async () => {
  server = await serveStatic(join(dir, 'dist'), { base: BASE });
  origin = server.origin + BASE.slice(0, -1);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = ['/en/quzhou-2015/part-1/', '/zh/quzhou-2015/part-1/', '/en/quzhou-2015/', '/zh/quzhou-2015/', '/en/quzhou-2015/part-1/parallel/', '/en/'];

describe('script-ending text in content', () => {
  for (const path of PAGES) {
    it(`${path}: runs nothing, and every JSON in a script element still parses`, async () => {
      const page = await browser.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(origin + path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      // Give a script that an injection would have started the time to run.
      await page.waitForTimeout(200);
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script')].map((s) => ({ type: s.type, text: s.textContent ?? '' })),
      );
      await page.close();
      expect(dialogs).toEqual([]);
      for (const script of scripts.filter((s) => s.type.includes('json'))) expect(() => JSON.parse(script.text), script.text.slice(0, 80)).not.toThrow();
      expect(scripts.filter((s) => s.type !== 'application/ld+json' && s.type !== 'application/json' && s.text.includes('alert('))).toEqual([]);
    });
  }

  it('the chapter keeps the heading as written: in its JSON-LD, and as the text of its heading', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/en/quzhou-2015/part-1/`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd.alternativeHeadline).toBe(heading);
    // A part page's name is the report's title with the part's (messages citationPartTitle).
    expect(jsonLd.name).toBe(`${title}, ${heading}`);
    expect(await page.locator('h1').first().textContent()).toContain('</script><script>alert(5)</script>');
    const cite = JSON.parse((await page.locator('#cite-data').textContent()) ?? '{}');
    expect(JSON.stringify(cite.templates)).toContain(JSON.stringify(title).slice(1, -1));
    await page.close();
  });

  it('the report page shows the title as text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/en/quzhou-2015/`);
    expect(await page.title()).toContain('</script><script>alert(6)</script>');
    expect(await page.locator('h1').first().textContent()).toContain(title);
    await page.close();
  });
});
