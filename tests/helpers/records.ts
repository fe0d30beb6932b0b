import { analysePage } from '../../utils/page/analyse-page';
import type { EventRecord } from '../../utils/event-record';
import type { PageSource } from '../../utils/page/page-source';
import { loadPageFixtures, parseHtml } from './fixtures';

/** The record of a fixture page, as the content script would report it. */
export function fixtureRecord(slug: string): EventRecord {
  const fixture = loadPageFixtures().find((f) => f.slug === slug);
  if (!fixture) throw new Error(`no fixture ${slug}`);
  return analysePage(parseHtml(fixture.html), new URL(fixture.meta.url));
}

/** What the page-source script hands back from a fixture page loaded at `loaded` (entrypoints/page-source.ts). */
export function fixturePageSource(slug: string, loaded: string): PageSource {
  const fixture = loadPageFixtures().find((f) => f.slug === slug);
  if (!fixture) throw new Error(`no fixture ${slug}`);
  return { html: fixture.html, cut: false, loaded, current: loaded };
}
