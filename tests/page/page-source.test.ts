import { describe, expect, it } from 'vitest';
import { analysePage } from '../../utils/page/analyse-page';
import { PAGE_CAPS } from '../../utils/page/html-scan';
import { parsePage } from '../../utils/page/page-parser';
import { MAX_PAGE_CHARS, readPageSource, type PageSource } from '../../utils/page/page-source';
import { analysePageSource } from '../../utils/page/read-page-source';
import { loadPageFixtures, parseHtml } from '../helpers/fixtures';

const seed = loadPageFixtures().find((f) => f.slug === 'seed')!;
const navigation = (name: string) => ({ getEntriesByType: () => [{ name }] as unknown as PerformanceEntryList });
const source = (html: string, url = seed.meta.url): PageSource => ({ html, cut: false, loaded: url, current: url });

describe('readPageSource (in the frame)', () => {
  it('hands back the document’s markup as it stands, and both addresses', () => {
    const doc = parseHtml(seed.html);
    doc.querySelector('h1')!.textContent = 'Changed by a script';
    const read = readPageSource(doc, navigation(seed.meta.url), `${seed.meta.url}#top`);
    expect(read.html).toContain('<h1');
    expect(read.html).toContain('Changed by a script');
    expect(read).toMatchObject({ cut: false, loaded: seed.meta.url, current: `${seed.meta.url}#top` });
  });

  it('cuts the markup of a huge page and says so', () => {
    const doc = parseHtml(`<body><p>${'x'.repeat(MAX_PAGE_CHARS)}</p></body>`);
    const read = readPageSource(doc, navigation(seed.meta.url), seed.meta.url);
    expect(read.html.length).toBe(MAX_PAGE_CHARS);
    expect(read.cut).toBe(true);
  });

  it('has no address to give for a document not loaded by a navigation', () => {
    const read = readPageSource(parseHtml(seed.html), { getEntriesByType: () => [] }, 'about:blank');
    expect(read.loaded).toBeUndefined();
  });
});

describe('analysePageSource (in the background)', () => {
  it('reads the record batch mode reads from the same markup', () => {
    const url = new URL(seed.meta.url);
    expect(analysePageSource(source(seed.html))).toEqual(analysePage(parsePage(seed.html), url));
  });

  it('reads every fixture as the browser’s DOM is read, events and their sources included', () => {
    for (const fixture of loadPageFixtures()) {
      const record = analysePageSource(source(fixture.html, fixture.meta.url));
      const expected = analysePage(parseHtml(fixture.html), new URL(fixture.meta.url));
      expect({ slug: fixture.slug, record }).toEqual({ slug: fixture.slug, record: expected });
    }
  });

  it('reads a page nested past the caps up to where it passes them, quickly, and says so', () => {
    const deep = '<b>'.repeat(200_000);
    const html = seed.html.replace('</body>', `${deep}</body>`);
    // Parsed whole, 200,000 nested elements take linkedom hours (its time grows with the square of the depth).
    const record = analysePageSource(source(html));
    expect(record?.event?.title).toBe(analysePage(parsePage(seed.html), new URL(seed.meta.url)).event?.title);
    expect(record?.page.warnings.map((w) => w.code)).toContain('page-cut');
  });

  it('reads a page with more elements than the caps allow up to the cap', () => {
    const many = '<i></i>'.repeat(PAGE_CAPS.elements + 10);
    const record = analysePageSource(source(seed.html.replace('</body>', `${many}</body>`)));
    expect(record?.event).not.toBeNull();
    expect(record?.page.warnings.map((w) => w.code)).toContain('page-cut');
  });

  it('says when the frame sent only the beginning of its markup', () => {
    const record = analysePageSource({ ...source(seed.html), cut: true });
    expect(record?.event).not.toBeNull();
    expect(record?.page.warnings.map((w) => w.code)).toContain('page-cut');
    expect(analysePageSource(source(seed.html))?.page.warnings.map((w) => w.code)).not.toContain('page-cut');
  });

  it.each([
    ['nothing', undefined],
    ['markup alone', seed.html],
    ['markup without an address', { ...source(seed.html), loaded: undefined }],
    ['an address that is not one', source(seed.html, 'not a url')],
    ['a javascript: address', source(seed.html, 'javascript:alert(1)')],
    ['more markup than a frame sends', source('x'.repeat(MAX_PAGE_CHARS + 1))],
    ['markup that is not text', { ...source(''), html: 42 }],
  ])('reads nothing from %s', (_name, value) => {
    expect(analysePageSource(value)).toBeNull();
  });
});
