/**
 * npm run report:add -- <file.txt> [--slug s] [--title 标题] [--date YYYY-MM-DD]
 * Checks a report's text, copies it into seeds/ and drafts its metadata from the title block
 * (src/edition/add-report.ts); prints what it found and what is left to fill in.
 */
import { parseArgs } from 'node:util';
import { addReport, divisionCounts } from '../src/edition/add-report.ts';
import { EditionError } from '../src/pipeline/edition-error.ts';
import { displayPath } from '../src/edition/read-content.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: npm run report:add -- <file.txt> [--slug s] [--title 标题] [--date YYYY-MM-DD]');
  process.exit(2);
}

try {
  const added = addReport({ root: process.cwd(), file: positionals[0]!, ...values });
  const { tree } = added;
  const body = divisionCounts({ ...tree, appendices: [] });
  const appendices = tree.appendices.map((a) => {
    const counts = divisionCounts({ ...tree, parts: [a], appendices: [] });
    return `${a.heading.zh} (${a.explainsTerms ? `${counts.item ?? 0} explained terms` : `${counts.document ?? 0} document, ${counts.part ?? 0} parts`})`;
  });
  console.log(`added ${displayPath(added.seedFile)}, whole (the parsed units give back every character): ${tree.parts.length} parts, ${body.section ?? 0} sections, ${body.item ?? 0} numbered items${appendices.length > 0 ? `; after the closing address: ${appendices.join(', ')}` : ''}`);
  console.log(`drafted ${displayPath(added.metaFile)}. Found:`);
  for (const { field, value, from } of added.found) console.log(`  ${field.padEnd(14)} ${value}${from === 'title block' ? '' : `  (${from})`}`);
  console.log('Left to fill in (optional; until then the pages show the Chinese or say “not given”):');
  console.log(`  ${added.left.join(', ')}`);
  console.log('Then: npm run build, and npm run anchors:freeze to make its anchors permanent.');
} catch (error) {
  if (!(error instanceof EditionError)) throw error;
  console.error(error.message);
  process.exit(1);
}
