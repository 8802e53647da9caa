/** Where each generated chapter stands in the `chapters` content collection: one entry per report, language, chapter and view. */
import type { ChapterView } from '../pipeline/chapter-tree.ts';
import type { Lang } from '../i18n/langs.ts';

export const CHAPTER_VIEWS: ChapterView[] = ['reading', 'parallel'];

/** The collection entry id of a chapter: its path under `.generated/chapters/`, without `.mdx`. */
export const chapterEntryId = (report: string, lang: Lang, chapter: string, view: ChapterView) =>
  `${report}/${lang}/${chapter}${view === 'parallel' ? '/parallel' : ''}`;
