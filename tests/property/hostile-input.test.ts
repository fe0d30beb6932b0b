import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../utils/page/analyse-page';
import { parseCaptureUrl } from '../../utils/archives/registry';
import { EventRecordSchema } from '../../utils/event-record';
import { parseDateSpan } from '../../utils/extract/fields/dates';
import { findTimeRange } from '../../utils/extract/fields/times';
import { loadPageFixtures, parseHtml } from '../helpers/fixtures';
import { hostilePage, URLS } from '../helpers/hostile-pages';

describe('hostile and malformed input', () => {
  it('analysePage never throws and always returns a record that passes its own schema', () => {
    fc.assert(
      fc.property(hostilePage, ({ html, url }) => {
        const record = analysePage(parseHtml(html), url);
        const parsed = EventRecordSchema.safeParse(record);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('survives deeply nested markup and huge attribute-free text', () => {
    const seed = loadPageFixtures().find((f) => f.slug === 'seed');
    const nested = `${'<div>'.repeat(10_000)}<h1>Deep</h1><p>Date: 17 November 2020</p>${'</div>'.repeat(10_000)}`;
    expect(() => analysePage(parseHtml(nested), new URL(URLS[2] ?? ''))).not.toThrow();
    const long = seed?.html.replace('</body>', `<p>${'x'.repeat(3_000_000)}</p></body>`) ?? '';
    expect(analysePage(parseHtml(long), new URL(URLS[0] ?? '')).event?.start.date).toBe('2020-11-17');
  });

  it('a page with 100,000 links keeps at most 400, each http(s) or mailto, and returns', () => {
    const seed = loadPageFixtures().find((f) => f.slug === 'seed');
    const anchors = Array.from({ length: 100_000 }, (_, i) =>
      i % 3 === 0
        ? `<a href="javascript:alert(${i})">x</a>`
        : `<a href="https://h${i % 50}.example.org/${i}">Document ${i}</a>`,
    ).join('');
    const html = seed?.html.replace('Programme download</a></p>', `Programme download</a></p><p>${anchors}</p>`) ?? '';
    const record = analysePage(parseHtml(html), new URL(URLS[0] ?? ''));
    expect(EventRecordSchema.safeParse(record).success).toBe(true);
    expect(record.event?.links.length).toBeLessThanOrEqual(400);
    expect(record.event?.links.every((l) => /^(?:https?:|mailto:)/.test(l.url))).toBe(true);
  }, 60_000);

  it('URL, date and time parsers never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseDateSpan(text);
        findTimeRange(text);
        for (const prefix of [
          'https://web.archive.org/web/',
          'https://wayback.archive-it.org/all/',
          'https://archive.ph/',
        ]) {
          if (!URL.canParse(prefix + text)) continue;
          const capture = parseCaptureUrl(new URL(prefix + text));
          if (capture?.originalUrl) expect(capture.originalUrl).toMatch(/^https?:\/\//);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
