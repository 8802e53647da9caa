/**
 * The human form of an anchor in a language, for citations, links and the margin: “§1.2, s.7”,
 * “Opening, s.1”, “Title, l.2” in English, “§1.2 第7句” in Chinese. The anchor scheme reads the
 * id (src/pipeline/anchors.ts); the words are the strings' `anchor.*` messages. Used alike by
 * the pages and the cite panel's script.
 */
import { anchorParts } from '../pipeline/anchors.ts';
import type { Translate } from './messages.ts';

/** The messages an anchor label is made of, for a page to hand to its script. */
export const ANCHOR_LABEL_KEYS = ['anchor.front', 'anchor.opening', 'anchor.part', 'anchor.section', 'anchor.heading', 'anchor.sentence'] as const;

export function anchorLabel(id: string, t: Translate): string {
  const parts = anchorParts(id);
  if (parts.kind === 'front') return t('anchor.front', { line: parts.line });
  if (parts.kind === 'opening') return t('anchor.opening', { sentence: parts.sentence });
  const where = parts.section === undefined ? t('anchor.part', { part: parts.part }) : t('anchor.section', { part: parts.part, section: parts.section });
  return parts.kind === 'heading' ? t('anchor.heading', { where }) : t('anchor.sentence', { where, sentence: parts.sentence });
}
