/**
 * The Pagefind full-text index over the built pages, through Pagefind's Node API.
 * Only elements marked `data-pagefind-body` (the report text) are indexed, not the navigation.
 */
import * as pagefind from 'pagefind';

export async function buildSearchIndex(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
