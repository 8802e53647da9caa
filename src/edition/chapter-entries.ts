/** Where each generated chapter stands under `.generated/chapters/`: one file per report, language, chapter and view. */
import type { ChapterView } from '../pipeline/chapter-tree.ts';
import type { Lang } from '../i18n/langs.ts';

export const CHAPTER_VIEWS: ChapterView[] = ['reading', 'parallel'];

/** A chapter's file, relative to `.generated/chapters/`. */
export const chapterFile = (report: string, lang: Lang, chapter: string, view: ChapterView) =>
  `${report}/${lang}/${chapter}${view === 'parallel' ? '/parallel' : ''}.html`;
