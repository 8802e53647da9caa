/**
 * What the glossary toggletips of a report's pages in one language show, as one file per report and
 * language (`/<lang>/<report>/toggletips.json`, src/pages/[lang]/[report]/toggletips.json.ts) that the
 * toggletip script fetches the first time a reader opens one: term, pinyin, the English rendering, the
 * one-sentence definition in the page's language and where to read more. The pages themselves carry only
 * the terms, each a link to its entry, and one empty toggletip; until the script runs, the link is the
 * way to the definition.
 */
import { edition, findAnchor } from './edition-data.ts';
import { reportTermMatcher } from './explained-terms.ts';
import { unitText, type ShownText } from './unit-text.ts';
import type { LoadedReport } from './load-edition.ts';
import { HTML_LANG, SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import { localize } from '../i18n/localize.ts';
import { anchorPlace } from '../i18n/anchor-label.ts';
import type { Translate } from '../i18n/messages.ts';
import type { Urls } from '../site/urls.ts';
import type { TermTip, TermTips } from '../scripts/toggletips.ts';

/** The key of a term in the page (`data-term`) and in the file: the entry's id, or `explained-<anchor>` for a report's own explanation. */
export const termKey = (term: { id: string; report?: string }) => (term.report === undefined ? term.id : `explained-${term.id}`);

/** A text in the page's language as it is; in another language (the source standing in for a missing translation) with its `lang`. */
const piece = (shown: ShownText, lang: Lang): TermTip['definition'][number] =>
  shown.lang === lang ? { text: shown.text } : { text: shown.text, lang: HTML_LANG[shown.lang]!, ...(shown.pending ? { pending: true } : {}) };

/** The toggletips of every term marked on the report's pages in `lang` (found as the pages find them: each unit's text in the language it is shown in). */
export function toggletipData(report: LoadedReport, lang: Lang, urls: Urls, t: Translate): TermTips {
  const matcher = reportTermMatcher(edition.glossary, report);
  const slug = report.meta.slug;
  const found = new Map<string, { id: string; report?: string }>();
  for (const unit of report.units) {
    for (const shownIn of new Set([lang, SOURCE_LANG])) {
      const shown = unitText(report, unit, shownIn);
      for (const match of matcher.find(shown.text, shown.lang)) found.set(termKey(match), match);
    }
  }
  const tips: TermTips = {};
  for (const [key, term] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    if (term.report === undefined) {
      const entry = edition.glossary.byId.get(term.id)!;
      tips[key] = {
        term: entry.term,
        pinyin: entry.pinyin,
        en: entry.en,
        definition: [piece(localize(entry.short, lang), lang)],
        more: { href: urls.glossaryEntry(lang, entry.id), label: t('glossaryMore') },
      };
    } else {
      const explained = report.tree.explainedTerms.find((e) => e.anchor === term.id)!;
      tips[key] = {
        term: explained.term,
        // The explanation's sentences, apart by a space where the page's language sets them so.
        definition: explained.explanation.flatMap((unit, i) => [...(i > 0 && lang !== SOURCE_LANG ? [{ text: ' ' }] : []), piece(unitText(report, unit, lang), lang)]),
        more: { href: urls.chapter(lang, slug, findAnchor(explained.anchor, slug)!.chapter, explained.anchor), label: t('explainedIn', { where: anchorPlace(explained.anchor, t) }) },
      };
    }
  }
  return tips;
}
