/**
 * `npx tsx cli/refresh-expectations.ts [--write]`: after a deliberate change to what the extractor records, lists
 * the page fixtures whose `expected.json` no longer matches, and with `--write` sets every value those files
 * assert to what the extractor now gives (no key added or removed: an expectation stays as narrow as it was).
 * Review the diff before committing it: each changed value must be a change you meant.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { analysePage } from '../utils/page/analyse-page';
import { FIXTURES, loadPageFixtures, parseHtml } from '../tests/helpers/fixtures';
const w = new Window({ url: 'https://example.org' });
(globalThis as unknown as { DOMParser: unknown }).DOMParser = w.DOMParser;
type J = unknown;

/** The old expected with every leaf it has set to the new record's value (no keys added or removed). */
function update(old: J, now: J): J {
  if (old !== null && typeof old === 'object' && !Array.isArray(old)) {
    const out: Record<string, J> = {};
    for (const [k, v] of Object.entries(old)) out[k] = update(v, (now as Record<string, J> | null)?.[k] ?? null);
    return out;
  }
  return now === undefined ? null : now;
}
for (const f of loadPageFixtures()) {
  const record = analysePage(parseHtml(f.html), new URL(f.meta.url));
  const file = join(FIXTURES, 'pages', f.slug, 'expected.json');
  const oldText = readFileSync(file, 'utf8');
  const next = `${JSON.stringify(update(JSON.parse(oldText), JSON.parse(JSON.stringify(record))), null, 2)}\n`;
  if (oldText !== next) {
    console.log('changed', f.slug);
    if (process.argv.includes('--write')) writeFileSync(file, next);
  }
}
