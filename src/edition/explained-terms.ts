/**
 * The terms a report explains itself (its 名词解释 lists, parsed into ReportTree.explainedTerms) as
 * glossary entries local to that report: marked in its text alongside the edition's glossary, each with
 * a toggletip that shows the report's own explanation and links to it.
 */
import { createTermMatcher, type TermMatcher } from '../pipeline/term-matcher.ts';
import type { ExplainedTerm } from '../pipeline/report-tree.ts';
import { matchableEntry, type Glossary } from './load-glossary.ts';
import type { LoadedReport } from './load-edition.ts';

/** The matcher for a report's pages: the edition's glossary first (it wins where both have a form), then the report's own terms. */
export function reportTermMatcher(glossary: Glossary, report: LoadedReport): TermMatcher {
  const own = report.tree.explainedTerms.map((t) => ({ id: t.anchor, zh: t.forms, report: report.meta.slug }));
  return own.length === 0 ? glossary.matcher : createTermMatcher([...glossary.entries.map(matchableEntry), ...own]);
}

/** A report's explained term by the anchor of its explanation. */
export function explainedTerm(report: LoadedReport, anchor: string): ExplainedTerm | undefined {
  return report.tree.explainedTerms.find((t) => t.anchor === anchor);
}
