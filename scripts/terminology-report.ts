/** npm run terms:report — lists, by anchor, English sentences that lack the glossary rendering of a term their Chinese contains. */
import { loadEdition } from '../src/edition/load-edition.ts';
import { missingRenderings } from '../src/edition/terminology-report.ts';

const edition = loadEdition(process.cwd());
const missing = missingRenderings(edition.glossary, edition.reports);
for (const m of missing) console.log(`${m.report} ${m.anchor}\t${m.term}\t→ expected “${m.rendering}”`);
console.log(`${missing.length} sentences lack a glossed rendering`);
