/**
 * What the search page finds, without the page: exact matches in the published data (every
 * sentence whose text contains the query, Chinese ignoring whitespace, English ignoring case)
 * and the glossary entries a query names. Pure, so the query table runs in Node (tests/unit).
 */
import { phrasePattern } from '../pipeline/term-matcher.ts';
import type { PublishedReport, PublishedUnit } from '../edition/published-data.ts';

export type Unit = PublishedUnit;
export type ReportData = PublishedReport;
export interface Entry {
  id: string;
  term: string;
  aliases: string[];
  pinyin: string;
  en: string;
  short: Record<Lang, string | undefined>;
  url: Record<Lang, string>;
}
export type Lang = string;
/** A language of the edition as the page hands it over; the source language first. */
export interface SearchLanguage {
  code: Lang;
  htmlLang: string;
  label: string;
}
export interface Hit {
  report: ReportData;
  unit: Unit;
  lang: Lang;
  text: string;
  ranges: [number, number][];
}

/** A unit's text in a language: the field named by its code in the published data (null while untranslated). */
const textIn = (unit: Unit, lang: Lang): string | null => (unit as unknown as Record<Lang, string | null | undefined>)[lang] ?? null;

const HAN = /\p{Script=Han}/u;
const squeeze = (s: string) => s.replace(/\s+/gu, '');
// Glossary pinyin is written by GB/T 16159 (words joined, apostrophes, hyphens): a query matches it letters only.
const toneless = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}]+/gu, '').toLowerCase();

/** Where `needle` stands in `text`: Chinese ignoring whitespace (the seed writes “1121 亿元”), English ignoring case. */
export function findAll(text: string, needle: string): [number, number][] {
  if (!needle) return [];
  const pattern = new RegExp(phrasePattern(needle, HAN.test(needle) ? 'zh' : 'en'), 'giu');
  return [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

export function matchEntries(entries: Entry[], query: string): Entry[] {
  const q = query.trim();
  if (!q) return [];
  const lower = q.toLowerCase();
  return entries.filter(
    (e) =>
      [e.term, ...e.aliases].some((f) => squeeze(f) === squeeze(q)) ||
      (q.length >= 3 && e.en.toLowerCase().includes(lower)) ||
      (q.length >= 4 && !HAN.test(q) && toneless(e.pinyin) === toneless(q)),
  );
}

/** Exact hits: the query itself, and for a glossary term every form of it: its Chinese forms in the source text, its rendering in the language of the renderings. */
export function exactHits(reports: ReportData[], entries: Entry[], query: string, pageLang: Lang, languages: SearchLanguage[], renderingLang: Lang): Hit[] {
  const terms = matchEntries(entries, query);
  const source = languages[0]!.code;
  const needles = new Map(languages.map((l) => [l.code, [query]]));
  for (const e of terms) {
    needles.get(source)!.push(e.term, ...e.aliases);
    needles.get(renderingLang)?.push(e.en);
  }
  const hits: Hit[] = [];
  for (const report of reports) {
    for (const unit of report.units) {
      for (const [lang, forms] of needles) {
        const text = textIn(unit, lang);
        if (!text) continue;
        const ranges = forms.filter((n) => n.trim()).flatMap((n) => findAll(text, n.trim()));
        if (ranges.length > 0) hits.push({ report, unit, lang, text, ranges: merge(ranges) });
      }
    }
  }
  // The page's language first; within a language, reading order.
  return hits.sort((a, b) => Number(b.lang === pageLang) - Number(a.lang === pageLang));
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}
