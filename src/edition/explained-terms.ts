/**
 * The terms a report explains itself (its 名词解释 lists, parsed into ReportTree.explainedTerms) as
 * glossary entries local to that report: marked in its text alongside the edition's glossary, each with
 * a toggletip that shows the report's own explanation and links to it.
 */
import { createTermMatcher, type TermMatcher } from '../pipeline/term-matcher.ts';
import type { Division, ExplainedTerm } from '../pipeline/report-tree.ts';
import { matchableEntry, type Glossary } from './load-glossary.ts';
import type { LoadedReport } from './load-edition.ts';
import type { Chapter } from '../pipeline/chapters.ts';

/** The matcher for a report's pages: the edition's glossary first (it wins where both have a form), then the report's own terms. */
export function reportTermMatcher(glossary: Glossary, report: LoadedReport): TermMatcher {
  // Made once per report and glossary: every chapter, its pinyin, toggletips, TEI and EPUB ask for it.
  const ofGlossary = matchers.get(glossary) ?? new WeakMap<LoadedReport, TermMatcher>();
  matchers.set(glossary, ofGlossary);
  let matcher = ofGlossary.get(report);
  if (!matcher) {
    const own = report.tree.explainedTerms.map((t) => ({ id: t.anchor, zh: t.forms, report: report.meta.slug }));
    matcher = own.length === 0 ? glossary.matcher : createTermMatcher([...glossary.entries.map(matchableEntry), ...own]);
    ofGlossary.set(report, matcher);
  }
  return matcher;
}

const matchers = new WeakMap<Glossary, WeakMap<LoadedReport, TermMatcher>>();

/** The matcher for the marks in a division of a report: the report's own terms are marked everywhere but in the list that explains them. */
export function divisionTermMatcher(glossary: Glossary, report: LoadedReport, division: Division): TermMatcher {
  return division.explainsTerms ? glossary.matcher : reportTermMatcher(glossary, report);
}

/** The matcher for one chapter's marks (its division's). */
export const chapterTermMatcher = (glossary: Glossary, report: LoadedReport, chapter: Chapter): TermMatcher => divisionTermMatcher(glossary, report, chapter.division);

/** A report's explained term by the anchor of its explanation. */
export function explainedTerm(report: LoadedReport, anchor: string): ExplainedTerm | undefined {
  return report.tree.explainedTerms.find((t) => t.anchor === anchor);
}
