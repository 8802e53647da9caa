/** The hash by which the anchor manifest records an anchor's text (Node only: the browser never needs it). */
import { createHash } from 'node:crypto';

/**
 * What an anchor's text is compared by: the Chinese text without whitespace,
 * with bracket width and exclamation marks folded, so that re-typesetting the seed
 * (spaces, line endings, （一） for (一), ！ for !) never counts as a change of text.
 */
export function anchorTextKey(zh: string): string {
  return zh
    .replace(/\s+/gu, '')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')')
    .replace(/！/gu, '!')
    .replace(/？/gu, '?')
    .replace(/：/gu, ':');
}

/** The hash recorded in the anchor manifest: 16 hex digits of SHA-256 over the text key. */
export function anchorHash(zh: string): string {
  return createHash('sha256').update(anchorTextKey(zh)).digest('hex').slice(0, 16);
}
