/**
 * COinS (an OpenURL ContextObject in a `span.Z3988`): the one form of embedded metadata from which
 * Zotero saves an organisation as one name (`rft.aucorp`) — its Embedded Metadata translator splits
 * every name given in a meta tag into first and last name (Zotero's cleanAuthor), and its COinS
 * translator takes precedence (priority 310 against 320). Pure: keys in, the span's title out.
 */
export type ContextObject = [key: string, value: string][];

export const contextObject = (entries: ContextObject): string => {
  const all: ContextObject = [['ctx_ver', 'Z39.88-2004'], ...entries];
  return all.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
};
