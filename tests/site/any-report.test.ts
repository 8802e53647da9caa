/**
 * Any report of the genre, through the real commands (issue #16): in the variant copy (tests/support/
 * variant-copy.ts, built once by the global setup), `npm run report:add` added other reports of
 * tests/fixtures/reports/ and one real build published them with the Quzhou report, the drafted metadata
 * files unedited. Each report is published whole, with the chapters its divisions make; a term of
 * Sichuan's 名词解释 opens the report's own explanation in a toggletip, in the static HTML and in Chromium;
 * the new pages are valid HTML and axe finds nothing on a sample of them (their links are checked with every
 * other page of the copy in variant-build.test.ts). `npm test` adds the three reports that hold every layout
 * the tests below look at; test:full all six. The copy is served from a sub-path (BASE).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { HtmlValidate } from 'html-validate';
import { page as pageIn, type PublishedReport } from '../support/dist.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { runAxe } from '../support/site.ts';
import { OTHER_REPORTS, withoutWhitespace } from '../support/report-fixtures.ts';
import { ADDED_REPORTS, BASE, CODE } from '../support/variant-copy.ts';
import { FULL } from '../support/full.ts';
import type { TermTips } from '../../src/scripts/toggletips.ts';

const { dir: copy, output, added } = inject('variant');
const dist = join(copy, 'dist');

const page = (path: string) => pageIn(path, dist);
const HAN_FREE = (text: string) => !/\p{Script=Han}/u.test(text);
const data = (slug: string) => JSON.parse(readFileSync(join(dist, 'data', `${slug}.json`), 'utf8')) as PublishedReport;

describe('report:add, then one build with every report added', () => {
  it('adds each report and drafts its metadata', () => {
    expect(added.map((a) => a.slug)).toEqual(ADDED_REPORTS.map((f) => f.slug));
    expect(added).toHaveLength(FULL ? OTHER_REPORTS.length : 3);
    for (const a of added) {
      expect(a.status, a.output).toBe(0);
      expect(a.output).toMatch(/whole \(the parsed units give back every character\)/u);
    }
  });

  it('builds with the drafted metadata as it stands, warning (not failing) about the missing English', () => {
    // The build succeeded, or the global setup would have stopped the run with its output.
    for (const fixture of ADDED_REPORTS) expect(output).toMatch(new RegExp(`${fixture.slug} \\(en\\): no translation yet of title`, 'u'));
  });

  for (const fixture of ADDED_REPORTS) {
    it(`${fixture.slug}: published whole, one chapter per part and appendix, every anchor on its page`, () => {
      const published = data(fixture.slug);
      expect(withoutWhitespace(published.units.map((u) => u.zh).join(''))).toBe(withoutWhitespace(readFileSync(fixture.file, 'utf8')));
      expect(published.chapters.map((c) => c.id)).toEqual([...fixture.parts.map((_, i) => `part-${i + 1}`), ...fixture.appendices.map((_, i) => `appendix-${i + 1}`)]);
      expect(published.chapters.filter((c) => c.kind === 'part').map((c) => c.title.zh)).toEqual(fixture.parts);
      const missing = published.units.filter((u) => !selectAll(`[id="${u.id}"]`, page(`/zh/${fixture.slug}/${u.chapter}/`)).length).map((u) => u.id);
      expect(missing).toEqual([]);
    });
  }
});

describe('a term the report explains itself', () => {
  // A term is a link to its explanation; its toggletip's content is in the report's toggletip file (toggletip-data.ts).
  const toggletip = (lang: 'zh' | 'en') => {
    const tree = page(`/${lang}/sichuan-2025/part-2/`);
    const link = selectAll('a.term', tree).find((b) => toString(b) === '两重');
    const tips = JSON.parse(readFileSync(join(dist, lang, 'sichuan-2025', 'toggletips.json'), 'utf8')) as TermTips;
    return { tree, link, tip: tips[String(link?.properties.dataTerm)] };
  };

  it('is marked in the text and its toggletip gives the report’s own explanation, linked to it', () => {
    const { link, tip } = toggletip('zh');
    expect(link?.properties.dataTerm).toBe('explained-a1-i6');
    expect(link?.properties.href).toBe(`${BASE}zh/sichuan-2025/appendix-1/#a1-i6`);
    expect(tip?.definition.map((p) => p.text).join('')).toBe('是指国家重大战略实施和重点领域安全能力建设。');
    expect(tip?.more.href).toBe(`${BASE}zh/sichuan-2025/appendix-1/#a1-i6`);
  });

  it('shows the Chinese explanation, marked as Chinese, on the English page', () => {
    const { tip } = toggletip('en');
    expect(tip?.definition).toEqual([{ text: '是指国家重大战略实施和重点领域安全能力建设。', lang: 'zh-Hans', pending: true }]);
  });

  it('leaves the edition’s glossary marking its own terms beside it', () => {
    const targets = selectAll('a.term', page('/zh/sichuan-2025/part-1/')).map((b) => String(b.properties.dataTerm));
    expect(targets.some((t) => !t.startsWith('explained-'))).toBe(true);
    expect(targets.some((t) => t.startsWith('explained-'))).toBe(true);
  });

  it('is not a term link inside the list that explains it', () => {
    const targets = selectAll('a.term', page('/zh/sichuan-2025/appendix-1/')).map((b) => String(b.properties.dataTerm));
    expect(targets.filter((t) => t.startsWith('explained-'))).toEqual([]);
  });

  it('is listed with every other on the report’s title page', () => {
    const list = select('.explained-terms', page('/zh/sichuan-2025/'));
    const links = selectAll('dt a', list!);
    expect(links).toHaveLength(50);
    expect(links[5]?.properties.href).toBe(`${BASE}zh/sichuan-2025/appendix-1/#a1-i6`);
  });
});

describe('a report with no English yet, on its English pages (issue #16, item 5)', () => {
  const notices = (path: string) => selectAll('.pending-notice', page(path)).map((n) => toString(n));

  it('says so once, at the top of its title page, of each chapter and of each parallel view', () => {
    for (const path of ['/en/sichuan-2025/', '/en/sichuan-2025/part-1/', '/en/sichuan-2025/part-1/parallel/', '/en/yunnan-2025/appendix-1/']) {
      expect(notices(path), path).toEqual(['This report has not been translated into English yet: its text is shown in Chinese, and the terms marked in it open their explanation from the glossary.']);
    }
  });

  it('does not count its sentences as waiting, chapter by chapter, nor mark them one by one', () => {
    const chapter = page('/en/sichuan-2025/part-1/');
    expect(selectAll('.chapter.untranslated', chapter)).toHaveLength(1);
    // The sentences keep their language and pending class (for readers of the markup and for print); the notice replaces their marking.
    const first = select('[id="open-s1"]', chapter)!;
    expect(first.properties.lang).toBe('zh-Hans');
    expect(first.properties.className).toContain('pending');
  });

  it('shows the Chinese with the glossary’s toggletips, in English', () => {
    const chapter = page('/en/sichuan-2025/part-2/');
    expect(selectAll('a.term', chapter).length).toBeGreaterThan(10);
    const tips = JSON.parse(readFileSync(join(dist, 'en', 'sichuan-2025', 'toggletips.json'), 'utf8')) as TermTips;
    expect(selectAll('a.term[data-term="sheng-wei"]', chapter).length).toBeGreaterThan(0);
    expect(HAN_FREE(tips['sheng-wei']!.definition.map((p) => p.text).join(''))).toBe(true);
  });

  it('says nothing of the kind on the pages of the translated report', () => {
    // Part 2: in part 1 the copy leaves one sentence untranslated, which its chapter counts (variant-build.test.ts).
    expect(notices('/en/quzhou-2015/part-2/')).toEqual([]);
    expect(selectAll('.untranslated', page('/en/quzhou-2015/part-2/'))).toEqual([]);
  });
});

describe('in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  /** The site's address: the copy is served from a sub-path. */
  let origin: string;
  beforeAll(async () => {
    server = await serveStatic(dist, { base: BASE });
    origin = server.origin + BASE.slice(0, -1);
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the report’s own explanation from the term, by keyboard', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${origin}/zh/sichuan-2025/part-2/`);
    const term = tab.locator('a.term[data-term="explained-a1-i6"]');
    await term.focus();
    await tab.keyboard.press('Enter');
    const tip = tab.locator('#term-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('.toggletip-definition').textContent()).toBe('是指国家重大战略实施和重点领域安全能力建设。');
    await tab.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await tab.close();
  });

  const axePages = ['/zh/sichuan-2025/', '/en/sichuan-2025/', '/zh/sichuan-2025/appendix-1/', '/en/yunnan-2025/appendix-2/', '/en/guangdong-2025/appendix-1/parallel/', ...(FULL ? ['/zh/zhejiang-2025/part-2/'] : [])];
  for (const path of axePages) {
    it(`${path}: 0 axe-core violations`, async () => {
      const tab = await browser.context.newPage();
      expect((await tab.goto(origin + path))?.status(), path).toBe(200);
      // The copy's third language is the made-up code xx (add-language.test.ts), which axe rightly finds no language
      // for: its link in the language switch is the one violation that is the copy's, not the report's.
      const madeUpLanguage = `valid-lang: lang attribute must have a valid value (a[lang="${CODE}"])`;
      expect((await runAxe(tab)).filter((violation) => violation !== madeUpLanguage)).toEqual([]);
      await tab.close();
    });
  }
});

describe('the new reports’ pages', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  const reportPages = () => ADDED_REPORTS.flatMap((f) => ['zh', 'en'].flatMap((lang) => files(join(dist, lang, f.slug)))).filter((f) => f.endsWith('.html'));

  it('are valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const messages: string[] = [];
    expect(reportPages().length).toBeGreaterThan(50);
    for (const file of reportPages()) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${file.slice(dist.length)} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`)));
    }
    expect(messages).toEqual([]);
  });
});
