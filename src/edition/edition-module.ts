/**
 * The Vite plugin that hands the loaded edition to the pages, as Starlight hands its
 * configuration (virtual-user-config.ts): `import snapshot from 'virtual:bilingual-edition'`
 * gives the snapshot of the edition the integration loaded and checked (edition-snapshot.ts).
 */
import type { Plugin } from 'vite';
import type { EditionSnapshot } from './edition-snapshot.ts';

export const EDITION_MODULE = 'virtual:bilingual-edition';
const RESOLVED = `\0${EDITION_MODULE}`;

export function editionModule(snapshot: () => EditionSnapshot): Plugin {
  return {
    name: 'bilingual-edition:module',
    resolveId: (id) => (id === EDITION_MODULE ? RESOLVED : undefined),
    // JSON.parse of a string literal is parsed faster than the same object as a JavaScript literal.
    load: (id) => (id === RESOLVED ? `export default JSON.parse(${JSON.stringify(JSON.stringify(snapshot()))});` : undefined),
  };
}
