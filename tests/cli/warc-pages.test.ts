// @vitest-environment node
import { mkdtempSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWarc } from '../helpers/warc-fixture';
import { readArchive } from '../../utils/batch/archive-file';

const page = (slug: string) => readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8');
const URL_A = 'https://en.unesco.org/events/celebration-international-day-education-unesco-headquarters';
const URL_B =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

async function read(file: string): Promise<{ urls: (string | null)[]; damaged: number }> {
  const urls: (string | null)[] = [];
  let damaged = 0;
  for await (const item of readArchive(file, { format: 'warc', gzip: false }, { start: 0, end: Infinity }, () => 0)) {
    if (item.kind === 'record') urls.push(item.head.targetUri);
    else damaged++;
  }
  return { urls, damaged };
}

describe('readArchive: a plain WARC cut at its very end', () => {
  const entries = [
    { url: URL_A, date: '2020-01-20T10:00:00Z', body: page('live-en-unesco-template-b') },
    { url: URL_B, date: '2020-11-10T08:00:00Z', body: page('seed') },
  ];

  it('reads both pages of the whole file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'event-lens-cut-')), 'crawl.warc');
    await writeWarc(file, entries, { gzip: false });
    expect(await read(file)).toEqual({ urls: [URL_A, URL_B], damaged: 0 });
  });

  // The record's end marker (a blank line) may go; a byte of its content may not, however few are missing.
  it.each([4, 5, 20, 200, 2000])('cut by %i bytes: the last page is damaged, not read short', async (cut) => {
    const file = join(mkdtempSync(join(tmpdir(), 'event-lens-cut-')), 'crawl.warc');
    await writeWarc(file, entries, { gzip: false });
    truncateSync(file, statSync(file).size - cut);
    expect(await read(file)).toEqual(cut <= 4 ? { urls: [URL_A, URL_B], damaged: 0 } : { urls: [URL_A], damaged: 1 });
  });
});
