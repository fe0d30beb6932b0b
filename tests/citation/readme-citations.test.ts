// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_CITATIONS } from './seed-citations';

/** The README's "Cite" section, each line without its trailing spaces (Markdown keeps none: RIS's `ER  - `). */
function citeSection(): string {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## Cite\n');
  const end = readme.indexOf('\n## ', start + 1);
  if (start < 0 || end < 0) throw new Error('the README has no "Cite" section');
  return readme.slice(start, end).replace(/[ \t]+$/gm, '');
}

describe('the README’s citations of the sample capture', () => {
  const section = citeSection();
  for (const [format, text] of Object.entries(SEED_CITATIONS)) {
    it(`shows the ${format} citation the tests check, as a block of its own`, () => {
      const block = `\n${text.replace(/[ \t]+$/gm, '').trimEnd()}\n\`\`\``;
      expect(section).toContain(block);
    });
  }
});
