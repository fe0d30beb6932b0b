// @vitest-environment node
import { mkdtempSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWarc } from '../../cli/warc-fixture';
import { warcPages, type WarcStats } from '../../cli/warc-pages';

const page = (slug: string) => readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8');
const URL_A = 'https://en.unesco.org/events/celebration-international-day-education-unesco-headquarters';
const URL_B =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

async function read(file: string): Promise<{ urls: string[]; stats: WarcStats }> {
  const stats: WarcStats = { records: 0, bytes: 0, htmlPages: 0, skipped: 0, bad: 0 };
  const urls: string[] = [];
  for await (const p of warcPages(file, stats)) urls.push(p.url);
  return { urls, stats };
}

describe('warcPages: a plain WARC cut at its very end', () => {
  const entries = [
    { url: URL_A, date: '2020-01-20T10:00:00Z', body: page('live-en-unesco-template-b') },
    { url: URL_B, date: '2020-11-10T08:00:00Z', body: page('seed') },
  ];

  it('reads both pages of the whole file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'event-lens-cut-')), 'crawl.warc');
    await writeWarc(file, entries, { gzip: false });
    const { urls, stats } = await read(file);
    expect(urls).toEqual([URL_A, URL_B]);
    expect(stats.bad).toBe(0);
  });

  // The record's end marker (a blank line) may go; a byte of its content may not, however few are missing
  // (fewer than its headers take was not noticed before).
  it.each([4, 5, 20, 200, 2000])('cut by %i bytes: the last page is damaged, not read short', async (cut) => {
    const file = join(mkdtempSync(join(tmpdir(), 'event-lens-cut-')), 'crawl.warc');
    await writeWarc(file, entries, { gzip: false });
    truncateSync(file, statSync(file).size - cut);
    const { urls, stats } = await read(file);
    expect(urls).toEqual(cut <= 4 ? [URL_A, URL_B] : [URL_A]);
    expect(stats.bad).toBe(cut <= 4 ? 0 : 1);
  });
});
