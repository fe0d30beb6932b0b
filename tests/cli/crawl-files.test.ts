// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../utils/batch/archive-file';
import { extractHere, jsonLines, type RunOutput } from '../helpers/batch-run';

// Files GNU Wget, warcio's writer and the ARC format's description wrote (tests/fixtures/crawls/README.md).
const CRAWLS = 'tests/fixtures/crawls';
const crawl = (name: string) => join(CRAWLS, name);
const SESSION = (n: number) => `http://uil.unesco.org/event/learning-cities-session-${n}`;

/** The lines without what names the file (its path, offsets, name): what two copies of one crawl share. */
function content(stdout: string) {
  return jsonLines(stdout).map(({ page, event, noEvent, seenIn }) => ({
    page: { ...page, archive: page.archive && { ...page.archive, name: '' } },
    event,
    noEvent,
    seenIn,
  }));
}

/** A copy of a plain WARC with each record gzip-compressed on its own, as crawlers write `.warc.gz`. */
async function compressedCopy(file: string, to: string): Promise<void> {
  const bytes = readFileSync(file);
  const starts: number[] = [];
  for await (const item of readArchive(file, { format: 'warc', gzip: false }, { start: 0, end: Infinity }, () => 0)) {
    if (item.kind === 'record') starts.push(item.offset);
  }
  const members = starts.map((start, i) => gzipSync(bytes.subarray(start, starts[i + 1] ?? bytes.length)));
  writeFileSync(to, Buffer.concat(members));
}

describe('two GNU Wget crawls, the second de-duplicated into revisit records', () => {
  let both: RunOutput;
  beforeAll(async () => {
    both = await extractHere([crawl('wget-1.warc.gz'), crawl('wget-2.warc')]);
  });

  it('reads both without damage, every revisit joined to its original', () => {
    expect(both.code).toBe(0);
    expect(both.stderr).not.toMatch(/damaged:|damaged records/);
    expect(both.stderr).toMatch(/\(30 revisits, 0 damaged\)/);
    expect(both.stderr).toMatch(/30 revisits joined to their original captures, /);
    expect(both.stderr).not.toMatch(/whose original/);
  });

  it('gives each unchanged event the dates of both crawls', () => {
    const lines = jsonLines(both.stdout);
    const unchanged = lines.filter((l) => l.page.originalUrl !== SESSION(6));
    expect(unchanged.length).toBeGreaterThanOrEqual(28);
    for (const line of unchanged) expect(line.seenIn, line.page.originalUrl).toHaveLength(2);
    expect(unchanged.every((l) => l.sources.some((s) => s.startsWith(crawl('wget-2.warc@'))))).toBe(true);
  });

  it('gives a page whose event changed between the crawls one event per version', () => {
    const moved = jsonLines(both.stdout).filter((l) => l.page.originalUrl === SESSION(6));
    expect(moved.map((l) => l.event?.start.date).sort()).toEqual(['2021-11-06', '2021-11-20']);
    expect(moved.map((l) => l.seenIn.length)).toEqual([1, 1]);
  });

  it('reads what real servers send: chunked, gzip, br, a status line without a reason phrase', () => {
    const dates = new Map(jsonLines(both.stdout).map((l) => [l.page.originalUrl, l.event?.start.date]));
    expect([1, 2, 3, 4, 5].map((n) => dates.get(SESSION(n)))).toEqual([
      '2021-11-01',
      '2021-11-02',
      '2021-11-03',
      '2021-11-04',
      '2021-11-05',
    ]);
    // The reason-less redirect is a redirect (skipped, counted), not damage.
    expect(both.stderr).toMatch(/4 not a success \(redirects, errors\)/);
  });

  it('reports the revisits of a crawl whose originals are not among the inputs, by address', async () => {
    const alone = await extractHere([crawl('wget-2.warc')]);
    expect(alone.code).toBe(0);
    expect(alone.stderr).toMatch(/0 revisits joined to their original captures, 30 whose original capture is not/);
    expect(alone.stderr).toContain('http://fr.unesco.org/news/contribution-unesco-paix-durable (');
    expect(jsonLines(alone.stdout)).toHaveLength(1);
  });

  it('gives the same output and no damage for an uncompressed and a compressed copy of each crawl', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-lens-copies-'));
    writeFileSync(join(dir, 'wget-1.warc'), gunzipSync(readFileSync(crawl('wget-1.warc.gz'))));
    await compressedCopy(crawl('wget-2.warc'), join(dir, 'wget-2.warc.gz'));
    const copies = await extractHere([join(dir, 'wget-1.warc'), join(dir, 'wget-2.warc.gz')]);
    expect(copies.code).toBe(0);
    expect(copies.stderr).not.toMatch(/damaged:/);
    expect(copies.stderr).toMatch(/\(30 revisits, 0 damaged\)/);
    expect(content(copies.stdout)).toEqual(content(both.stdout));
  });
});

describe('a WARC/1.1 file from warcio’s writer', () => {
  it('joins revisits naming their original by record id, by digest, by address and date; names the one without', async () => {
    const r = await extractHere([crawl('warcio-1.1.warc.gz')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/3 revisits joined to their original captures, 1 whose original capture is not among/);
    expect(r.stderr).toContain('https://en.unesco.org/events/not-in-this-file (2021-01-01T00:00:00Z)');
    const lines = jsonLines(r.stdout);
    const seen = new Map(lines.map((l) => [l.page.originalUrl, l.seenIn]));
    expect(
      seen.get('https://en.unesco.org/events/celebration-international-day-education-unesco-headquarters'),
    ).toEqual(['2020-01-20T10:00:00Z', '2020-02-01T12:30:00Z']);
    expect(
      seen.get(
        'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation',
      ),
    ).toEqual(['2020-11-10T08:00:00Z', '2020-12-01T00:00:00Z']);
    expect(seen.get('https://www.unesco.org/en/events/international-conference-lifelong-learning-cities')).toEqual([
      '2023-09-01T00:00:00Z',
      '2023-10-01T00:00:00Z',
    ]);
    // A `resource` record of HTML is the page itself.
    expect(seen.get('https://en.unesco.org/events/special-event-unesco-70-years-service-human-dignity')).toEqual([
      '2015-04-30T02:15:44Z',
    ]);
    expect(lines.every((l) => l.page.archive?.id === 'warc' && l.page.capturedAtSource === 'warc-date')).toBe(true);
  });
});

describe('ARC files', () => {
  it.each(['arc-v1.arc', 'arc-v1.arc.gz', 'arc-v2.arc.gz'])(
    'reads %s: its pages, dated by their header lines',
    async (name) => {
      const r = await extractHere([crawl(name)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/6 records in crawl files \(0 revisits, 0 damaged\)/);
      expect(r.stderr).toMatch(/2 not captures/); // the version block and the dns: record
      const lines = jsonLines(r.stdout);
      expect(lines.map((l) => [l.page.originalUrl, l.page.capturedAt, l.event?.start.date])).toEqual([
        [
          'http://en.unesco.org/events/special-event-unesco-70-years-service-human-dignity',
          '2015-04-30T02:15:44Z',
          '2015-04-28',
        ],
        [
          'http://en.unesco.org/events/celebration-international-day-education-unesco-headquarters',
          '2020-01-20T10:00:00Z',
          '2020-01-24',
        ],
      ]);
      expect(lines.every((l) => l.page.archive?.id === 'arc' && l.page.capturedAtSource === 'arc-date')).toBe(true);
    },
  );
});
