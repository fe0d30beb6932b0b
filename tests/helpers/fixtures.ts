import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Tests run from the project root (vitest's root); happy-dom replaces the global URL, so no file URLs here. */
export const FIXTURES = resolve(process.cwd(), 'tests/fixtures');

export type PageFixture = {
  slug: string;
  html: string;
  meta: { url: string; archive: string | null; capturedAt: string | null };
  expected: unknown;
};

/** Every `tests/fixtures/pages/<slug>/` directory with its source, meta and expected record. */
export function loadPageFixtures(): PageFixture[] {
  const dir = join(FIXTURES, 'pages');
  return readdirSync(dir).map((slug) => ({
    slug,
    html: readFileSync(join(dir, slug, 'source.html'), 'utf8'),
    meta: JSON.parse(readFileSync(join(dir, slug, 'meta.json'), 'utf8')) as PageFixture['meta'],
    expected: JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as unknown,
  }));
}

/** Parses HTML into a fresh Document, as the browser would for the page. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
