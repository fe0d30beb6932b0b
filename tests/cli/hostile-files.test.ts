// @vitest-environment node
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeWarc } from '../helpers/warc-fixture';
import { scanHtml } from '../../utils/page/html-scan';
import { UsageError } from '../../utils/batch/run-extract';
import { runCli } from '../helpers/cli';
import { extractHere, jsonLines } from '../helpers/batch-run';

// Issue 19, items 3 and 9: small hostile files that stopped the command, and folder walks that never ended.
const SEED = readFileSync('tests/fixtures/pages/seed/source.html', 'utf8');
const EVENT_URL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';
const dir = () => mkdtempSync(join(tmpdir(), 'event-lens-hostile-'));

/** A `.warc.gz` of one record whose HTML body is `size` bytes of one letter: a few hundred KB on disk. */
async function inflatingWarc(path: string, size: number): Promise<void> {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${size}\r\n\r\n`;
  const length = Buffer.byteLength(http) + size;
  const head =
    `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${EVENT_URL}\r\nWARC-Date: 2020-12-06T07:20:20Z\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n` +
    `Content-Type: application/http; msgtype=response\r\nContent-Length: ${length}\r\n\r\n`;
  function* bytes() {
    yield Buffer.from(head + http + '<html><body>');
    const block = Buffer.alloc(1 << 20, 'a');
    for (let left = size - 12; left > 0; left -= block.length) yield block.subarray(0, Math.min(left, block.length));
    yield Buffer.from('\r\n\r\n');
  }
  await pipeline(Readable.from(bytes()), createGzip({ level: constants.Z_BEST_COMPRESSION }), createWriteStream(path));
}

describe('a hostile crawl file', () => {
  it(
    'a 300 MB HTML record in a few hundred KB: skipped at the cap, with its reason, and the run ends with its summary',
    { timeout: 120_000 },
    async () => {
      const file = join(dir(), 'bomb.warc.gz');
      await inflatingWarc(file, 300 * 1024 * 1024);
      // As `npm run extract` runs it: a 256 MB heap, where reading the record whole ran out of memory.
      const r = runCli('extract', file, '--format', 'csv');
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/bomb\.warc\.gz@0 .*: 300\.0 MB, over the 16\.0 MB cap/);
      expect(r.stderr).toMatch(/skipped: 1 over the size cap/);
      expect(r.stderr).toMatch(/^extract: 1 files, 0 pages read/m);
    },
  );

  it(
    'an unclosed <script> is read in one pass (it made the script-stripping expression quadratic)',
    { timeout: 20_000 },
    async () => {
      const page = SEED.replace('<body', `${'<script>'.repeat(200_000)}<body`);
      const file = join(dir(), 'scripts.warc.gz');
      await writeWarc(file, [{ url: EVENT_URL, date: '2020-12-06T07:20:20Z', body: page }]);
      const r = await extractHere([file]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/1 pages read/);
      const scanned = scanHtml(`<p>before</p><script>${'<script>x'.repeat(100_000)}`, { strip: true });
      expect(scanned).toMatchObject({ ok: true, html: '<p>before</p>' });
    },
  );

  it('200,000 nested <div>s are skipped before they are parsed, with their reason', { timeout: 20_000 }, async () => {
    const deep = SEED.replace(/<body[^>]*>/, (body) => `${body}${'<div>'.repeat(200_000)}`);
    const file = join(dir(), 'deep.warc.gz');
    await writeWarc(file, [
      { url: EVENT_URL, date: '2020-12-06T07:20:20Z', body: deep },
      { url: EVENT_URL, date: '2020-12-07T07:20:20Z', body: SEED },
    ]);
    const r = await extractHere([file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/deep\.warc\.gz@0 .*: elements nested more than 1,000 deep/);
    expect(r.stderr).toMatch(/skipped: 1 nested too deeply/);
    expect(jsonLines(r.stdout).map((l) => l.seenIn)).toEqual([['2020-12-07T07:20:20Z']]);
  });

  it('more elements than the cap: skipped, counted', () => {
    expect(scanHtml('<span>x</span>'.repeat(100_001), { strip: false })).toMatchObject({
      ok: false,
      reason: 'too-many-elements',
    });
    expect(scanHtml('<span>x</span>'.repeat(100_000), { strip: false }).ok).toBe(true);
  });

  it('a saved HTML file over the cap is skipped with its reason, the others read', async () => {
    const folder = dir();
    writeFileSync(
      join(folder, 'big.html'),
      `<!-- saved from url=(0029)https://en.unesco.org/events/x -->${'x'.repeat(5000)}`,
    );
    writeFileSync(join(folder, 'small.html'), '<!-- saved from url=(0029)https://en.unesco.org/events/y --><h1>y</h1>');
    const r = await extractHere([folder], { unitOptions: { maxPageBytes: 2048 } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/big\.html: over the 0\.0 MB cap/);
    expect(jsonLines(r.stdout).map((l) => l.page.originalUrl)).toEqual(['https://en.unesco.org/events/y']);
  });
});

describe('the folder walk', () => {
  it('does not follow symbolic links (a loop, a link to /), reads each file once and reports each link', async () => {
    const root = dir();
    const saved = join(root, 'saved');
    mkdirSync(saved);
    writeFileSync(join(saved, 'a.html'), '<!-- saved from url=(0029)https://en.unesco.org/events/a --><h1>a</h1>');
    symlinkSync('.', join(saved, 'loop'));
    symlinkSync('/', join(saved, 'disk'));
    symlinkSync('a.html', join(saved, 'b.html'));
    const r = await extractHere([saved, join(saved, 'a.html')]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.sources)).toEqual([[join(saved, 'a.html')]]);
    for (const link of ['loop', 'disk', 'b.html']) {
      expect(r.stderr).toContain(`${join(saved, link)}: a symbolic link: not followed`);
    }
    expect(r.stderr).toContain(`${join(saved, 'a.html')}: the same file as one named before it: read once`);
  });

  it('refuses an --out that names one of the inputs, through any path, and leaves it alone', async () => {
    const root = dir();
    const page = join(root, 'page.html');
    writeFileSync(page, SEED);
    symlinkSync(page, join(root, 'alias.html'));
    await expect(extractHere([root], { out: join(root, 'alias.html') })).rejects.toThrow(UsageError);
    await expect(extractHere([page], { out: join(root, '.', 'page.html') })).rejects.toThrow(/is one of the inputs/);
    expect(readFileSync(page, 'utf8')).toBe(SEED);
  });
});
