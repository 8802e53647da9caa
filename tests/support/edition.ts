/** The edition as the integration loads and checks it, for tests that read it without a build (loaded once per test file). */
import { loadEdition, type Edition } from '../../src/edition/load-edition.ts';

let loaded: Edition | undefined;
export const projectEdition = (): Edition => (loaded ??= loadEdition(process.cwd()));
