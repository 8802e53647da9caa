/**
 * Adding a language is data (issue #15, 4). In the variant copy (tests/support/variant-copy.ts, built
 * once by the global setup), a third language `xx` was added by the README's “Adding a language” steps
 * alone — a table entry, a strings file (the English one with a few strings changed, so the pages show
 * whose strings they use), and the translations of three sentences — and the copy was built by the real
 * build entry. The built site then has every page in `/xx/` with `lang="xx"`, the three sentences in
 * xx, every other sentence in Chinese marked pending, and the language switch offering every language;
 * the published data gains the added fields; and the steps changed no file but the three they wrote
 * (none under src/pipeline/ or src/edition/). The copy is served from a sub-path (BASE), which its
 * links and published URLs carry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import { filesUnder, publishedReports, unitTextOf, type PublishedReport } from '../support/dist.ts';
import { edition } from '../support/edition.ts';
import { ADDED_REPORTS, BASE, CHANGED_STRINGS, CODE, SITE, SLUG, STEP_FILES, TRANSLATED, UNTRANSLATED } from '../support/variant-copy.ts';

const { dir, output: buildOutput, changedByLanguageSteps: changedFiles } = inject('variant');

const parsed = new Map<string, Root>();
function page(path: string): Root {
  let tree = parsed.get(path);
  if (!tree) parsed.set(path, (tree = fromHtml(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'))));
  return tree;
}
/** The lang of a page's <html> element, from its start tag (the pages are the build's, so the tag comes first after the doctype). */
const htmlLang = (path: string) => /^<!DOCTYPE html>\s*<html\b[^>]*?\slang="([^"]*)"/iu.exec(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'))?.[1];
const data = () => JSON.parse(readFileSync(join(dir, 'dist', 'data', `${SLUG}.json`), 'utf8')) as PublishedReport & Record<string, unknown>;

describe('the steps of “Adding a language”', () => {
  it('are the README’s, and write data only: the table, a strings file and translations', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = /^## Adding a language\n([\s\S]*?)^## /mu.exec(readme)?.[1] ?? '';
    for (const named of ['src/i18n/languages.json', 'src/i18n/strings/<code>.json', 'content/translations/<slug>/<code>/']) expect(section).toContain(named);
    for (const file of STEP_FILES) expect(file).toMatch(/^(?:content\/|src\/i18n\/)/u);
  });

  it('change no file but those they wrote: none under src/pipeline/ or src/edition/', () => {
    expect(changedFiles).toEqual([...STEP_FILES].sort());
    expect(changedFiles.filter((file) => /^src\/(?:pipeline|edition)\//u.test(file))).toEqual([]);
  });

  it('give a build that prints the language’s coverage', () => {
    expect(buildOutput).toMatch(new RegExp(`${SLUG} \\(${CODE}\\): translated 3 of \\d+ sentences \\(and 0 of \\d+ headings`, 'u'));
  });
});

describe('the built site in the new language', () => {
  it('has every page of the other languages, each with lang="xx"', () => {
    const pagesIn = (lang: string) => filesUnder(join(dir, 'dist', lang)).filter((f) => f.endsWith('index.html')).map((f) => f.slice(join(dir, 'dist', lang).length));
    const xx = pagesIn(CODE);
    // Per language: home, search, figures, About, glossary index, each glossary entry, and per report its title page and each chapter in two views.
    // The copy's reports are the edition's and the ones any-report.test.ts added: their chapters are in the copy's data.
    const reports = publishedReports(join(dir, 'dist'));
    expect(reports.map((r) => r.report.slug).sort()).toEqual([SLUG, ...ADDED_REPORTS.map((f) => f.slug)].sort());
    expect(xx.length).toBe(5 + edition.glossary.entries.length + reports.reduce((n, r) => n + 1 + 2 * r.chapters.length, 0));
    expect(xx.sort()).toEqual(pagesIn('zh').sort());
    for (const path of xx) expect(htmlLang(`${CODE}${path.replace(/index\.html$/u, '')}`), path).toBe(CODE);
    expect(htmlLang('zh/')).toBe('zh-Hans');
    expect(htmlLang('en/')).toBe('en');
  });

  it('uses its own strings file', () => {
    const home = page(`${CODE}/`);
    expect(toString(select('.site-name', home)!)).toBe(CHANGED_STRINGS.editionName);
    expect(toString(select('.skip-link', home)!)).toBe(CHANGED_STRINGS.skipToContent);
    expect(toString(select('.view-switch', page(`${CODE}/${SLUG}/part-1/`))!)).toBe(CHANGED_STRINGS.parallelView);
  });

  it('shows the three translated sentences in the new language', () => {
    const published = data();
    for (const [id, text] of Object.entries(TRANSLATED)) {
      const unit = published.units.find((u) => u.id === id)!;
      const element = select(`[id="${id}"]`, page(`${CODE}/${SLUG}/${unit.chapter}/`))!;
      expect(unitTextOf(element).text, id).toBe(text);
      expect(element.properties.lang, id).toBeUndefined(); // the page's own language
      expect(element.properties.className, id).not.toContain('pending');
    }
  });

  it('shows every other sentence and heading in Chinese, marked untranslated', () => {
    const untranslated = data().units.filter((u) => !(u.id in TRANSLATED));
    expect(untranslated.length).toBe(data().units.length - 3);
    for (const unit of untranslated) {
      const element = select(`[id="${unit.id}"]`, page(`${CODE}/${SLUG}/${unit.chapter}/`))!;
      expect(element, unit.id).toBeDefined();
      expect(element.properties.lang, unit.id).toBe('zh-Hans');
      expect(element.properties.className, unit.id).toContain('pending');
      expect(unitTextOf(element).text, unit.id).toBe(unit.zh);
      expect(unitTextOf(element).markers, unit.id).toBe(unit.notes.length);
    }
    expect(toString(select('.pending-notice', page(`${CODE}/${SLUG}/part-1/`))!)).toMatch(/^\d+ of \d+ sentences in this chapter are not translated yet/u);
  });

  it('sets the new language beside the source in the parallel view', () => {
    const parallel = page(`${CODE}/${SLUG}/part-1/parallel/`);
    expect(toString(select('[id="p1-1-s2"]', parallel)!)).toBe(TRANSLATED['p1-1-s2']);
    expect(toString(select('p.cell[lang="zh-Hans"] [data-pair="p1-1-s2"]', parallel)!)).toMatch(/^全市实现生产总值 1121 亿元/u);
    // The source language's page still sets the first translation, English, beside it.
    const zhParallel = page(`zh/${SLUG}/part-1/parallel/`);
    expect(toString(select('p.cell[lang="en"] [data-pair="p1-1-s2"]', zhParallel)!)).toMatch(/^The city's gross domestic product/u);
    expect(select(`p.cell[lang="${CODE}"]`, zhParallel)).toBeUndefined();
  });

  it('marks metadata it has no text for as the Chinese, with its lang and the pending mark', () => {
    const title = select('h1 span[lang="zh-Hans"].pending', page(`${CODE}/${SLUG}/`));
    expect(title && toString(title)).toBe('2015年衢州市政府工作报告');
  });
});

describe('the language switch', () => {
  const switchOf = (path: string) =>
    selectAll('a.lang-switch', page(path)).map((a) => ({ href: a.properties.href, hreflang: a.properties.hrefLang, lang: a.properties.lang, label: toString(a) }));
  const offer = (lang: string, path: string) => {
    const htmlLangs: Record<string, string> = { zh: 'zh-Hans', en: 'en', [CODE]: CODE };
    const labels: Record<string, string> = { zh: '中文', en: 'English', [CODE]: 'Xxish' };
    return { href: `${BASE}${lang}/${path}`, hreflang: htmlLangs[lang], lang: htmlLangs[lang], label: labels[lang] };
  };

  it('offers every other language on every language’s page, keeping the page', () => {
    for (const path of [`${SLUG}/part-2/`, `${SLUG}/part-1/parallel/`, 'glossary/', '']) {
      expect(switchOf(`${CODE}/${path}`), `${CODE}/${path}`).toEqual([offer('zh', path), offer('en', path)]);
      expect(switchOf(`zh/${path}`), `zh/${path}`).toEqual([offer('en', path), offer(CODE, path)]);
      expect(switchOf(`en/${path}`), `en/${path}`).toEqual([offer('zh', path), offer(CODE, path)]);
    }
  });

  it('leads from the edition’s threshold to every translation', () => {
    expect(switchOf('').map((a) => a.href)).toEqual([`${BASE}en/`, `${BASE}${CODE}/`]);
  });
});

describe('the published data', () => {
  it('adds the language’s fields and keeps version 1’s', () => {
    const published = data();
    expect(published.format).toEqual({ name: 'bilingual-report', version: 1 });
    const languages = published.languages as { code: string; lang: string; source?: true; coverage?: PublishedReport['coverage'] }[];
    expect(languages.map((l) => l.code)).toEqual(['zh', 'en', CODE]);
    expect(languages[0]).toEqual({ code: 'zh', lang: 'zh-Hans', source: true });
    expect(languages[2]!.coverage!.sentences.translated).toBe(3);
    expect(published.coverage).toEqual(languages[1]!.coverage);
    for (const unit of published.units) {
      const text = (unit as unknown as Record<string, string | null>)[CODE];
      expect(text, unit.id).toBe(TRANSLATED[unit.id] ?? null);
      expect(unit.url[CODE]).toBe(`${SITE}${BASE}${CODE}/${SLUG}/${unit.chapter}/#${unit.id}`);
      // English keeps its translations, but the one the variant copy leaves out.
      if (unit.id !== UNTRANSLATED) expect(unit.en, unit.id).not.toBeNull();
    }
    expect(published.units.find((u) => u.id === 'p1-1-s2')!.label).toBe('§1.1, s.2');
  });
});
