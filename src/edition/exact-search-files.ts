/**
 * The files of the exact-search index (`dist/exact-search/`), from the published data: for each
 * language its shards (pipeline/exact-index.ts) and its texts in blocks, the glossary as search
 * matches and shows it in each page language, and `meta.json`. A first query reads `meta.json`,
 * the page language's glossary, the shards of its keys and the text blocks of the hits it shows:
 * with more reports the shards grow in number, not in size (README, *Search*).
 */
import traditionalTable from 'opencc-js/dict/TSCharacters';
import { buildLanguageIndex, encodeCodePoints, INDEX_FILES, shardOf, type IndexCard, type IndexChapter, type IndexEntry, type IndexMeta, type TextBlock } from '../pipeline/exact-index.ts';
import type { TextMode } from '../pipeline/search-tokens.ts';
import type { PublishedReport } from './published-data.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Urls } from '../site/urls.ts';

/** About this many glossary entries go into a card file. */
const CARDS_PER_FILE = 30;
/** About this many bytes of text go into a block (a hit shown fetches its block). */
const BLOCK_BYTES = 2000;

export interface IndexLanguage {
  code: string;
  /** The source language is matched by characters, translations by words. */
  source: boolean;
}

/** What the index takes of a glossary entry (the loaded entry, or one of the published `glossary.json`). */
export type SearchableEntry = Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'searchAliases' | 'pinyin' | 'en' | 'renderings' | 'short'>;

export function exactSearchFiles(reports: PublishedReport[], glossary: readonly SearchableEntry[], languages: readonly IndexLanguage[], urls: Urls): Map<string, string> {
  const files = new Map<string, string>();
  const write = (path: string, data: unknown) => files.set(path, JSON.stringify(data));
  const units = reports.flatMap((r) => r.units);
  // A chapter's units stand together in reading order; were one ever split, each run is listed on its own.
  const chapters: IndexChapter[] = [];
  let first = 0;
  for (const report of reports) {
    const byId = new Map(report.chapters.map((c) => [c.id, c]));
    report.units.forEach((unit, i) => {
      if (i > 0 && report.units[i - 1]!.chapter === unit.chapter) return;
      const chapter = byId.get(unit.chapter)!;
      chapters.push({ report: report.report.slug, id: chapter.id, firstUnit: first + i, title: chapter.title, url: Object.fromEntries(languages.map((l) => [l.code, urls.chapter(l.code, report.report.slug, chapter.id)])) });
    });
    first += report.units.length;
  }

  const cardFiles = Math.max(1, Math.ceil(glossary.length / CARDS_PER_FILE));
  const meta: IndexMeta = { languages: {}, chapters, cardFiles, traditional: encodeCodePoints(changedByConversion()) };
  for (const { code, source } of languages) {
    const mode: TextMode = source ? 'chars' : 'words';
    const texts = units.map((u) => (u as unknown as Record<string, string | null>)[code] ?? null);
    const { shards, wordShards } = buildLanguageIndex(texts, mode);
    shards.forEach((shard, n) => write(INDEX_FILES.shard(code, n), shard));
    wordShards.forEach((shard, n) => write(INDEX_FILES.wordShard(code, n), shard));
    const blockStarts: number[] = [];
    let block: TextBlock | undefined;
    let bytes = 0;
    units.forEach((unit, n) => {
      if (!block || bytes >= BLOCK_BYTES) {
        if (block) write(INDEX_FILES.block(code, blockStarts.length - 1), block);
        block = { first: n, units: [] };
        blockStarts.push(n);
        bytes = 0;
      }
      block.units.push([unit.id, unit.label, texts[n]!]);
      bytes += Buffer.byteLength(texts[n] ?? '');
    });
    if (block) write(INDEX_FILES.block(code, blockStarts.length - 1), block);
    meta.languages[code] = { mode, shards: shards.length, wordShards: wordShards.length, blockStarts };
  }
  write(INDEX_FILES.meta, meta);

  const names: IndexEntry[] = glossary.map((e) => ({ id: e.id, term: e.term, aliases: e.aliases, searchAliases: e.searchAliases, pinyin: e.pinyin, en: e.en, renderings: e.renderings.map((r) => r.text) }));
  write(INDEX_FILES.glossary, { entries: names });
  const sourceLang = languages.find((l) => l.source)!.code;
  for (const { code } of languages) {
    const cards: Record<string, IndexCard>[] = Array.from({ length: cardFiles }, () => ({}));
    for (const e of glossary) {
      const own = e.short[code];
      cards[shardOf(e.id, cardFiles)]![e.id] = { short: own ?? e.short[sourceLang] ?? '', shortLang: own !== undefined ? code : sourceLang, url: urls.glossaryEntry(code, e.id) };
    }
    cards.forEach((file, n) => write(INDEX_FILES.cards(code, n), file));
  }
  return files;
}

/** The characters OpenCC's traditional → simplified table changes: a query with one of them is converted. */
function changedByConversion(): number[] {
  return traditionalTable
    .split('|')
    .map((entry) => entry.split(' '))
    .filter(([from, to]) => from && to && from !== to)
    .map(([from]) => from!.codePointAt(0)!);
}
