/** npm run csp:header: the Content-Security-Policy header that matches the site in dist/ (src/site/csp-header.ts). */
import { readFileSync } from 'node:fs';
import { cspOfPage } from '../src/site/csp-header.ts';

console.log(`Content-Security-Policy: ${cspOfPage(readFileSync('dist/index.html', 'utf8'))}`);
