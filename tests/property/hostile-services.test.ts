/**
 * Fuzzing what services and pages send back: CDX and TimeMap answers, link-check evidence, import files and
 * calendar export. Whatever arrives, the parsers never throw, never hang, and what they return passes its own
 * schema; the .ics writer keeps RFC 5545's line rules for any text.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../utils/calendar/build-ics';
import { CaptureSchema } from '../../utils/captures/capture';
import { createCdxParser, parseCdx } from '../../utils/captures/parse-cdx';
import { parseJsonTimeMap, parseLinkTimeMap } from '../../utils/captures/parse-index';
import type { EventDetails } from '../../utils/event-record';
import { parseImport } from '../../utils/library/read-saved';
import { LinkResultSchema } from '../../utils/links/link-check-types';
import { judgeLink } from '../../utils/links/verdict';
import { checkUrlSafety } from '../../utils/links/url-safety';
import { pageSignals } from '../../utils/links/page-signals';
import { fixtureRecord } from '../helpers/records';

const replay = (ts: string, o: string) => `https://web.archive.org/web/${ts}/${o}`;
const RUNS = { numRuns: 300 };

/** Text that looks like an index answer often enough to reach the deep branches. */
const indexLike = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.oneof(
        fc.constant('[["timestamp","original","statuscode"],'),
        fc.constant('["20201206072020","https://en.unesco.org/x","200"],'),
        fc.constant('["2020","https://en.unesco.org/x","-"]]'),
        fc.constant('{"timestamp":"20201206072020","url":"https://en.unesco.org/x","status":"301"}'),
        fc.constant(
          '<https://a.org/web/20201206072020/https://en.unesco.org/x>; rel="memento"; datetime="Sun, 06 Dec 2020 07:20:20 GMT",',
        ),
        fc.constant('<!doctype html><title>Just a moment</title>'),
        fc.constant('[],'),
        fc.constant('\n'),
        fc.string({ maxLength: 40 }),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

describe('capture indexes under fuzzing', () => {
  it('CDX (whole or in random chunks), link and JSON TimeMaps never throw and return only valid captures', () => {
    fc.assert(
      fc.property(indexLike, fc.integer({ min: 1, max: 50 }), (text, chunk) => {
        for (const result of [parseCdx(text, replay), parseLinkTimeMap(text), parseJsonTimeMap(text)]) {
          if (result.ok) for (const c of result.captures) expect(CaptureSchema.safeParse(c).success).toBe(true);
          else expect(typeof result.detail).toBe('string');
        }
        const parser = createCdxParser(replay);
        for (let i = 0; i < text.length; i += chunk) parser.push(text.slice(i, i + chunk));
        const streamed = parser.end();
        const whole = parseCdx(text, replay);
        expect(streamed.ok).toBe(whole.ok);
      }),
      RUNS,
    );
  });
});

describe('link checking under fuzzing', () => {
  it('any address is either refused or a parsed http(s) URL; any evidence gives a valid verdict', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string({ maxLength: 80 }),
          fc.constantFrom('http://10.0.0.1/', 'http://[::1]/', 'javascript:1'),
        ),
        fc.record({
          status: fc.option(fc.integer({ min: 0, max: 999 })),
          redirected: fc.boolean(),
          finalUrl: fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 30 }))),
          error: fc.option(fc.constantFrom('timeout', 'network', 'name-not-resolved')),
          title: fc.option(fc.string({ maxLength: 60 })),
        }),
        (url, s) => {
          const safety = checkUrlSafety(url);
          // Only addresses the checker asks are judged.
          if (!safety.ok) return;
          expect(['http:', 'https:']).toContain(safety.url.protocol);
          const step = {
            method: 'GET' as const,
            status: s.status,
            finalUrl: s.finalUrl,
            redirected: s.redirected,
            contentType: 'text/html',
            retryAfterSeconds: null,
            error: s.status === null ? s.error : null,
          };
          const judged = judgeLink(
            url.slice(0, 4096),
            { steps: [step], page: { title: s.title, heading: null } },
            { eventEndMs: null, now: 0 },
          );
          expect(LinkResultSchema.safeParse({ ...judged, archivedUrl: null }).success).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('reads a title out of any HTML prefix without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (html) => {
        const signals = pageSignals(`<title>${html}</title><h1>${html}`);
        expect((signals.title ?? '').length).toBeLessThanOrEqual(300);
      }),
      RUNS,
    );
  });
});

describe('files the reader imports, and calendars written from page text', () => {
  it('an import of any text is refused or gives only valid events', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 })), (text) => {
        const result = parseImport(text);
        if (result.ok) expect(result.events.every((e) => e.record.event !== null)).toBe(true);
      }),
      RUNS,
    );
  });

  it('any title and note give an .ics with CRLF lines of at most 75 octets that ical.js reads back', () => {
    const seed = fixtureRecord('seed');
    const event = seed.event as EventDetails;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.string({ maxLength: 400 }), (title, note) => {
        const ics =
          buildIcs(
            { ...seed, event: { ...event, title, warnings: [{ code: 'note', params: {}, text: note }] } },
            new Date(Date.UTC(2026, 0, 1)),
          ) ?? '';
        for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent');
        expect(vevent).not.toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});
