/**
 * The human form of an anchor in a language, for citations, links and the margin: “§1.2, s.7”,
 * “Opening, s.1”, “Title, l.2”, “§2, no. 3, s.1”, “App. 1, no. 5, heading” in English, “§1.2 第7句”
 * in Chinese. The anchor scheme reads the id (src/pipeline/anchors.ts); the words are the strings'
 * `anchor.*` messages. Used alike by the pages and the cite panel's script.
 */
import { anchorParts, type DivisionPath } from '../pipeline/anchors.ts';
import type { Translate } from './messages.ts';

/** The messages an anchor label is made of, for a page to hand to its script. */
export const ANCHOR_LABEL_KEYS = [
  'anchor.front',
  'anchor.opening',
  'anchor.part',
  'anchor.section',
  'anchor.appendix',
  'anchor.inAppendix',
  'anchor.item',
  'anchor.heading',
  'anchor.sentence',
] as const;

/** Where a division stands, without what the anchor is: “§1.2”, “§2, no. 3”, “App. 1, no. 5”, “App. 2, §1.3”. */
function placeOf(path: DivisionPath, t: Translate): string {
  const below = path.numbers.join('.');
  let where =
    path.top === 'part'
      ? below === ''
        ? t('anchor.part', { part: path.number })
        : t('anchor.section', { part: path.number, section: below })
      : below === ''
        ? t('anchor.appendix', { appendix: path.number })
        : t('anchor.inAppendix', { appendix: path.number, path: below });
  for (const item of path.items) where = t('anchor.item', { where, item });
  return where;
}

export function anchorLabel(id: string, t: Translate): string {
  const parts = anchorParts(id);
  if (parts.kind === 'front') return t('anchor.front', { line: parts.line });
  if (parts.kind === 'opening') return t('anchor.opening', { sentence: parts.sentence });
  const where = placeOf(parts, t);
  return parts.kind === 'heading' ? t('anchor.heading', { where }) : t('anchor.sentence', { where, sentence: parts.sentence });
}

/** Where the heading or sentence of an id stands, without “heading” or its sentence: “App. 1, no. 5” (a term's explanation). */
export function anchorPlace(id: string, t: Translate): string {
  const parts = anchorParts(id);
  if (parts.kind === 'front' || parts.kind === 'opening') return anchorLabel(id, t);
  return placeOf(parts, t);
}
