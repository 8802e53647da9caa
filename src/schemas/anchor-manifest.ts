import { z } from 'zod';

/** `content/anchors/<slug>.json`: the frozen record of every published anchor → hash of its Chinese text. */
export const anchorManifestSchema = z.record(z.string(), z.string().regex(/^[0-9a-f]{16}$/u, 'expected 16 hex digits'));

/** `content/anchors/<slug>.redirects.yaml`: where an anchor that no longer exists went. */
export const anchorRedirectsSchema = z.array(
  z.strictObject({
    /** The published anchor id that no longer points at its text. */
    from: z.string().min(1),
    /** The anchor that now holds that text. */
    to: z.string().min(1),
    /** Why it moved. */
    reason: z.string().min(1),
  }),
);
export type AnchorRedirect = z.infer<typeof anchorRedirectsSchema>[number];
