/**
 * Issue #19, 1: text from content never ends a <script> element. A copy of the project is built
 * with `</script><script>alert(…)</script>` in a translated heading (it reaches the chapter's
 * JSON-LD) and in the report's English title (it reaches the JSON-LD and the cite panel's data);
 * in Chromium no dialog opens, the JSON still parses to the text as written, and the pages show it as text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildEnv } from '../support/dist.ts';
import { META, TRANSLATIONS, badFixture } from '../support/edition-copy.ts';

const { heading, title } = YAML.parse(readFileSync(badFixture('script-breakout.yaml'), 'utf8')) as { heading: string; title: string };

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'edition-xss-'));
  for (const entry of ['src', 'seeds', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(entry)) cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  const replace = (file: string, from: RegExp, to: string) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toMatch(from);
    writeFileSync(join(dir, file), text.replace(from, () => to));
  };
  replace(`${TRANSLATIONS}/stretch-1.yaml`, /^p1: .*$/mu, `p1: ${JSON.stringify(heading)}`);
  replace(META, /^( {2}en: )Report on the Work of the Quzhou Municipal Government \(2015\)$/mu, `  en: ${JSON.stringify(title)}`);
  const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, encoding: 'utf8', env: buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }) });
  if (run.status !== 0) throw new Error(`the build of the copy failed:\n${run.stdout}\n${run.stderr}`);
  server = await serveStatic(join(dir, 'dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
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
      await page.goto(server.origin + path, { waitUntil: 'load' });
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
    await page.goto(`${server.origin}/en/quzhou-2015/part-1/`);
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
    await page.goto(`${server.origin}/en/quzhou-2015/`);
    expect(await page.title()).toContain('</script><script>alert(6)</script>');
    expect(await page.locator('h1').first().textContent()).toContain(title);
    await page.close();
  });
});
