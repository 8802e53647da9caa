/**
 * The Content-Security-Policy of the built site as an HTTP header value, for hosts that can send
 * one (README, "Content-Security-Policy"). It is the policy every page carries in its
 * <meta http-equiv>: the same directives and hashes, which change when the scripts change.
 */
const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/iu;

export function cspOfPage(html: string): string {
  const policy = META.exec(html)?.[1];
  if (!policy) throw new Error('this page has no Content-Security-Policy meta: build the site first (npm run build)');
  return policy.replace(/\s*;\s*/gu, '; ').trim().replace(/;$/u, '');
}
