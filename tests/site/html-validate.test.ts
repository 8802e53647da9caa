/** Every built page is valid HTML by html-validate's recommended rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { fileOfPage, pagePaths } from '../support/dist.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('html-validate (recommended)', () => {
  for (const path of pagePaths()) {
    it(`${path} has no error`, async () => {
      const report = await validator.validateString(readFileSync(fileOfPage(path), 'utf8'), fileOfPage(path));
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
