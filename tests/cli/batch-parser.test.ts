import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../utils/page/page-parser';
import { analysePage } from '../../utils/page/analyse-page';
import { EventRecordSchema } from '../../utils/event-record';
import { loadPageFixtures, parseHtml } from '../helpers/fixtures';
import { hostilePage } from '../helpers/hostile-pages';

// Batch mode parses pages with linkedom (utils/page/page-parser.ts), the extension with the browser's DOM, the tests
// with happy-dom (whose records tests/extract/fixtures.test.ts checks field by field): the extractor must read
// the same record from all of them.
describe('batch mode’s DOM', () => {
  for (const fixture of loadPageFixtures()) {
    it(`reads ${fixture.slug} as the browser’s DOM does`, () => {
      const url = new URL(fixture.meta.url);
      expect(analysePage(parsePage(fixture.html), url)).toEqual(analysePage(parseHtml(fixture.html), url));
    });
  }

  it('never throws on malformed pages and returns records that pass their schema', () => {
    fc.assert(
      fc.property(hostilePage, ({ html, url }) => {
        expect(EventRecordSchema.safeParse(analysePage(parsePage(html), url)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('survives 10,000 nested elements', () => {
    const nested = `${'<div>'.repeat(10_000)}<h1>Deep</h1><p>Date: 17 November 2020</p>${'</div>'.repeat(10_000)}`;
    const record = analysePage(parsePage(nested), new URL('https://en.unesco.org/events/x'));
    expect(EventRecordSchema.safeParse(record).success).toBe(true);
  });
});
