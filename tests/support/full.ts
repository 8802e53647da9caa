/**
 * `npm run test:full` sets TEST_FULL=1: the site's exhaustive checks run too (every page instead of one
 * of each template, every signal, every fixture report, every bad input through a real build). `npm test`
 * runs one case of each guarantee, so that it stays within its time budget (README, "Tests").
 */
export const FULL = process.env.TEST_FULL === '1';
