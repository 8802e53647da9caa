/**
 * The glossary: every `content/glossary/<id>.yaml` checked against its schema (every source
 * with its kind, no content-farm or mirror host, an outside source or an explanation marked as
 * the edition's own) and against the reports — ids match file names; no term or alias belongs
 * to two entries; related entries and every report anchor cited exist; every entry occurs in
 * some report unless it says `occursInText: false`. Each problem names the file and the entry.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EditionError } from '../pipeline/edition-error.ts';
import { createTermMatcher, type MatchableTerm, type TermMatcher } from '../pipeline/term-matcher.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import { glossaryEntrySchema, glossaryExclusionsSchema, type GlossaryEntry, type GlossaryExclusion, type Source } from '../schemas/glossary.ts';
import { displayPath, readYamlAs } from './read-content.ts';

export interface Glossary {
  entries: GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
  exclusions: GlossaryExclusion[];
  matcher: TermMatcher;
}

export const EXCLUSIONS_FILE = '_exclusions.yaml';

export function loadGlossary(dir: string, reports: { slug: string; units: Unit[] }[]): Glossary {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== EXCLUSIONS_FILE).sort() : [];
  const entries: GlossaryEntry[] = [];
  const fileOf = new Map<string, string>();
  const formOwner = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    const entry = readYamlAs(glossaryEntrySchema, file);
    if (`${entry.id}.yaml` !== name) throw new EditionError(displayPath(file), 'id', `id “${entry.id}” does not match the file name ${name}`);
    for (const form of [entry.term, ...entry.aliases]) {
      const key = form.replace(/\s+/gu, '');
      const owner = formOwner.get(key);
      if (owner) throw new EditionError(displayPath(file), entry.id, `“${form}” is already a term or alias of ${owner}`);
      formOwner.set(key, entry.id);
    }
    entries.push(entry);
    fileOf.set(entry.id, file);
  }
  for (const entry of entries) {
    for (const alias of entry.searchAliases) {
      const owner = formOwner.get(alias.replace(/\s+/gu, ''));
      if (owner) throw new EditionError(displayPath(fileOf.get(entry.id)!), `${entry.id}, searchAliases`, `“${alias}” is already a term or alias of ${owner}`);
    }
  }
  const exclusionsFile = join(dir, EXCLUSIONS_FILE);
  const exclusions = existsSync(exclusionsFile) ? readYamlAs(glossaryExclusionsSchema, exclusionsFile, []) : [];
  for (const exclusion of exclusions) {
    const owner = formOwner.get(exclusion.term);
    if (owner) throw new EditionError(displayPath(exclusionsFile), exclusion.term, `“${exclusion.term}” is excluded but is also a term of ${owner}`);
  }

  const { byId, matcher } = glossaryOf(entries, exclusions);
  const anchors = new Set(reports.flatMap((r) => r.units.map((u) => `${r.slug}#${u.id}`)));
  const hasAnchor = (anchor: string, report?: string) => reports.some((r) => (!report || r.slug === report) && anchors.has(`${r.slug}#${anchor}`));
  for (const entry of entries) {
    const file = displayPath(fileOf.get(entry.id)!);
    for (const related of entry.related) {
      if (!byId.has(related)) throw new EditionError(file, `${entry.id}, related`, `related entry “${related}” does not exist`);
    }
    for (const { field, source } of reportSourcesOf(entry)) {
      if (!hasAnchor(source.anchor, source.report)) throw new EditionError(file, `${entry.id}, ${field}`, `source anchor “${source.anchor}” is not an anchor of any report`);
    }
  }

  const occurring = new Set(reports.flatMap((r) => r.units.flatMap((u) => matcher.find(u.zh, 'zh').map((m) => m.id))));
  for (const entry of entries) {
    if (entry.occursInText && !occurring.has(entry.id)) {
      throw new EditionError(displayPath(fileOf.get(entry.id)!), entry.id, `“${entry.term}” occurs in no report: correct the term or aliases, or set occursInText: false`);
    }
  }
  return { entries, byId, exclusions, matcher };
}

/** Every report sentence an entry cites, with the field that cites it. */
function reportSourcesOf(entry: GlossaryEntry): { field: string; source: Extract<Source, { kind: 'report' }> }[] {
  const cited = entry.sources.map((source, i) => ({ field: `sources.${i}`, source }));
  if (typeof entry.introduced === 'object') cited.push({ field: 'introduced.source', source: entry.introduced.source });
  return cited.filter((c): c is { field: string; source: Extract<Source, { kind: 'report' }> } => c.source.kind === 'report');
}

/** The glossary with its lookups, from checked entries: how the loader makes it, and how pages revive it (edition-snapshot.ts). */
export function glossaryOf(entries: GlossaryEntry[], exclusions: GlossaryExclusion[]): Glossary {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const matcher = createTermMatcher(entries.map(matchableEntry));
  return { entries, byId, exclusions, matcher };
}

/** A glossary entry as the term matcher finds it: the term and its aliases, the English rendering. */
export const matchableEntry = (e: GlossaryEntry): MatchableTerm => ({ id: e.id, zh: [e.term, ...e.aliases], en: e.en });
