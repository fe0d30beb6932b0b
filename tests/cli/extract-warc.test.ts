// @vitest-environment node
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeWarc } from '../helpers/warc-fixture';
import { extractCommand } from '../helpers/batch-run';

const run = extractCommand;
const page = (slug: string) => readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8');
const LIVE_URL = 'https://en.unesco.org/events/celebration-international-day-education-unesco-headquarters';
const UIL_URL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

let warc = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'event-lens-warc-'));
  warc = join(dir, 'crawl.warc.gz');
  // Written by warcio, as a crawler would: the same event in two captures, another event, and records to skip.
  await writeWarc(warc, [
    { url: LIVE_URL, date: '2020-01-20T10:00:00Z', body: page('live-en-unesco-template-b') },
    {
      url: 'https://en.unesco.org/sites/default/files/logo.png',
      date: '2020-01-20T10:00:01Z',
      body: '\u0089PNG',
      contentType: 'image/png',
    },
    {
      url: 'https://www.example.org/events/party',
      date: '2020-01-20T10:00:02Z',
      body: '<h1>Party</h1><p>Date: 3 March 2020</p>',
    },
    { url: 'https://en.unesco.org/events/missing', date: '2020-01-20T10:00:03Z', body: 'Not found', status: 404 },
    { broken: 'not-http', url: 'https://en.unesco.org/events/broken', date: '2020-01-20T10:00:04Z' },
    { url: UIL_URL, date: '2020-11-10T08:00:00Z', body: page('seed') },
    { url: LIVE_URL, date: '2020-02-01T12:30:00Z', body: page('live-en-unesco-template-b') },
    { broken: 'truncated', url: UIL_URL, date: '2020-12-01T00:00:00Z', body: page('seed') },
  ]);
});

describe('extract on a WARC file', { timeout: 30_000 }, () => {
  it('writes one CSV row per distinct event, with the captures it was seen in, and skips the rest', async () => {
    const r = await run(warc, '--format', 'csv');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\r\n');
    expect(rows[0]?.endsWith(',seen_in')).toBe(true);
    expect(rows).toHaveLength(3);
    const live = rows.find((row) => row.includes(LIVE_URL)) ?? '';
    expect(live).toContain('2020-01-20T10:00:00Z 2020-02-01T12:30:00Z');
    expect(rows.some((row) => row.includes(UIL_URL) && row.includes(',2020-11-17,13:00,'))).toBe(true);
    expect(r.stdout).not.toContain('example.org');
    // Damaged records are counted, not fatal.
    expect(r.stderr).toMatch(/damaged records skipped/);
    expect(r.stderr).toMatch(/2 events found|3 events found/);
    expect(r.stderr).toMatch(/\(2 distinct\)/);
  });

  it('writes JSON Lines by default, and one calendar with --format ics --out', async () => {
    const jsonl = await run(warc);
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seenIn: string[]; page: { archive: { id: string } } });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.page.archive.id === 'warc')).toBe(true);
    const out = join(mkdtempSync(join(tmpdir(), 'event-lens-ics-')), 'events.ics');
    expect((await run(warc, '--format', 'ics', '--out', out)).status).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')) as unknown[]);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
  });

  it('walks folders for HTML and WARC files, and refuses an unknown format', async () => {
    const r = await run('tests/fixtures/pages/seed', '--format', 'csv');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\r\n')).toHaveLength(2);
    expect((await run(warc, '--format', 'xml')).status).toBe(2);
  });
});

describe('extract on a WARC damaged in the middle', { timeout: 30_000 }, () => {
  // Damage first, in the middle and at the end: every good record around it is still read.
  const entries = [
    { broken: 'truncated', url: UIL_URL, date: '2020-12-01T00:00:00Z', body: page('seed') },
    { url: LIVE_URL, date: '2020-01-20T10:00:00Z', body: page('live-en-unesco-template-b') },
    { broken: 'truncated', url: UIL_URL, date: '2020-12-01T00:00:00Z', body: page('seed') },
    { url: UIL_URL, date: '2020-11-10T08:00:00Z', body: page('seed') },
    { broken: 'not-http', url: 'https://en.unesco.org/events/broken', date: '2020-01-20T10:00:04Z' },
    { url: LIVE_URL, date: '2020-02-01T12:30:00Z', body: page('live-en-unesco-template-b') },
    { broken: 'truncated', url: UIL_URL, date: '2020-12-02T00:00:00Z', body: page('seed') },
  ] as const;

  it.each([
    ['gzip members (.warc.gz)', 'crawl.warc.gz', true],
    ['an uncompressed WARC (.warc)', 'crawl.warc', false],
  ])(
    'reads past each damaged record in %s, and counts it once',
    async (_name, name, gzip) => {
      const file = join(mkdtempSync(join(tmpdir(), 'event-lens-damaged-')), name);
      await writeWarc(file, entries, { gzip });
      const r = await run(file, '--format', 'csv');
      expect(r.status).toBe(0);
      const rows = r.stdout.trim().split('\r\n');
      expect(rows).toHaveLength(3);
      expect(rows.find((row) => row.includes(LIVE_URL))).toContain('2020-01-20T10:00:00Z 2020-02-01T12:30:00Z');
      expect(rows.some((row) => row.includes(UIL_URL) && row.includes(',2020-11-17,13:00,'))).toBe(true);
      expect(r.stderr).toMatch(/: 4 damaged records skipped/);
      expect(r.stderr).toMatch(/3 pages read/);
    },
    30_000,
  );
});
