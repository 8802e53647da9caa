/**
 * The learner mode's data: for each chapter, every unit's words and their pinyin (pipeline/unit-pinyin.ts),
 * keyed by anchor, written as `dist/data/pinyin/<report>/<chapter>.json` (report-downloads.ts pinyinFile).
 * The page fetches its chapter's file only when the reader switches the mode on (scripts/pinyin-mode.ts),
 * so no page carries the pinyin otherwise. The words are cut with the chapter's own term matcher, the one its
 * marks were made with, so a word never crosses the edge of a glossary mark.
 */
import type { Chapter } from '../pipeline/chapters.ts';
import { chapterUnits } from '../pipeline/chapters.ts';
import { unitPinyin, type PinyinWord } from '../pipeline/unit-pinyin.ts';
import { chapterTermMatcher } from './explained-terms.ts';
import type { Edition, LoadedReport } from './load-edition.ts';
import type { PinyinReadings } from './load-pinyin-readings.ts';

/** A chapter's pinyin file: anchor id → the unit's words, each `[Chinese as it stands in the text, pinyin]`. */
export type ChapterPinyin = Record<string, PinyinWord[]>;

/** `readings`: the edition's own readings where pinyin-pro's are wrong (content/pinyin-readings.yaml, load-pinyin-readings.ts). */
export function chapterPinyin(edition: Pick<Edition, 'glossary'>, report: LoadedReport, chapter: Chapter, readings: PinyinReadings): ChapterPinyin {
  const matcher = chapterTermMatcher(edition.glossary, report, chapter);
  const entryOf = (id: string) => edition.glossary.byId.get(id);
  const data: ChapterPinyin = {};
  for (const unit of chapterUnits(chapter)) {
    const words = unitPinyin(unit.zh, { matcher, entryOf, readings });
    if (words.length > 0) data[unit.id] = words;
  }
  return data;
}
