// @vitest-environment node
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeWarc } from '../helpers/warc-fixture';
import type { WorkerSpec } from '../../utils/batch/run-units';
import { extractHere, jsonLines, mergeHere, type RunOutput } from '../helpers/batch-run';

// Issue 22: --jobs, --shard I/N + merge, restarts, and inputs that are not pages, on the crawl files of
// tests/fixtures/crawls/, saved pages, a damaged WARC and a file that is no page at all.
const CRAWLS = 'tests/fixtures/crawls';
const SEED = readFileSync('tests/fixtures/pages/seed/source.html', 'utf8');
const LIVE = readFileSync('tests/fixtures/pages/live-en-unesco-template-b/source.html', 'utf8');
const UIL_URL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';
const LIVE_URL = 'https://en.unesco.org/events/celebration-international-day-education-unesco-headquarters';

/** Worker threads from the sources, as `npm run extract` starts them. */
const WORKER: WorkerSpec = {
  url: pathToFileURL(resolve('cli/tsx-worker.mjs')),
  data: { entry: pathToFileURL(resolve('cli/batch-worker.ts')).href },
};

/** The summary's counts, without what depends on the machine (speeds, times, memory). */
function counts(stderr: string): string {
  const summary = stderr.trim().split('\n').at(-1) ?? '';
  return summary
    .replace(/^\w+: /, '')
    .split(', ')
    .filter((part) => !/MB\/s|records\/s|pages\/s|^\d+(\.\d+)? s$|peak memory/.test(part))
    .join(', ');
}

let inputs: string[] = [];

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'event-lens-scale-'));
  const saved = join(root, 'saved');
  mkdirSync(saved);
  writeFileSync(join(saved, 'one.html'), `<!-- saved from url=(0107)${UIL_URL} -->\n${SEED}`);
  writeFileSync(join(saved, 'two.html'), `<!-- saved from url=(0089)${LIVE_URL} -->\n${LIVE}`);
  writeFileSync(join(saved, 'notes.html'), '<!-- saved from url=(0029)https://en.unesco.org/events/n --><p>n</p>');
  const damaged = join(root, 'damaged.warc');
  await writeWarc(
    damaged,
    [
      { url: LIVE_URL, date: '2020-01-20T10:00:00Z', body: LIVE },
      { broken: 'truncated', url: UIL_URL, date: '2020-12-01T00:00:00Z', body: SEED },
      { url: UIL_URL, date: '2020-11-10T08:00:00Z', body: SEED },
      { broken: 'not-http', url: 'https://en.unesco.org/events/broken', date: '2020-01-20T10:00:04Z' },
      { url: LIVE_URL, date: '2020-02-01T12:30:00Z', body: LIVE },
    ],
    { gzip: false },
  );
  const binary = join(root, 'random.bin');
  writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  inputs = [
    join(CRAWLS, 'wget-1.warc.gz'),
    join(CRAWLS, 'wget-2.warc'),
    join(CRAWLS, 'warcio-1.1.warc.gz'),
    join(CRAWLS, 'arc-v1.arc'),
    join(CRAWLS, 'arc-v2.arc.gz'),
    damaged,
    saved,
    binary,
  ];
});

describe('extract --shard I/N, then merge', { timeout: 120_000 }, () => {
  let whole: { jsonl: RunOutput; csv: RunOutput };
  beforeAll(async () => {
    whole = { jsonl: await extractHere(inputs, { all: true }), csv: await extractHere(inputs, { format: 'csv' }) };
  });

  // Units of 4 KB: every crawl file is split by record range, across shards and within them.
  it.each([1, 3, 7])('gives exactly the output of one process with N = %i', async (count) => {
    const dir = mkdtempSync(join(tmpdir(), 'event-lens-shards-'));
    const shards: string[] = [];
    const codes: number[] = [];
    for (let index = 0; index < count; index++) {
      const out = join(dir, `shard-${index}.jsonl`);
      const r = await extractHere(inputs, { shard: { index, count }, out, unitBytes: 4096 });
      expect(r.stdout).toBe('');
      codes.push(r.code);
      shards.push(out);
    }
    // The binary file fails, in the one shard that holds it.
    expect(codes.filter((code) => code === 1)).toHaveLength(1);
    const jsonl = await mergeHere(shards, { all: true });
    expect(jsonl.stdout).toBe(whole.jsonl.stdout);
    expect(counts(jsonl.stderr)).toBe(counts(whole.jsonl.stderr));
    expect(jsonl.code).toBe(whole.jsonl.code);
    const csv = await mergeHere(shards.toReversed(), { format: 'csv' });
    expect(csv.stdout).toBe(whole.csv.stdout);
  });

  it('gives the same output however the files are cut into ranges (random unit sizes and shard counts)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 300, max: 60_000 }),
        async (count, unitBytes) => {
          const dir = mkdtempSync(join(tmpdir(), 'event-lens-ranges-'));
          const shards = Array.from({ length: count }, (_, index) => join(dir, `shard-${index}.jsonl`));
          for (const [index, out] of shards.entries()) {
            await extractHere(inputs, { shard: { index, count }, out, unitBytes });
          }
          const merged = await mergeHere(shards, { all: true });
          expect(merged.stdout).toBe(whole.jsonl.stdout);
          expect(counts(merged.stderr)).toBe(counts(whole.jsonl.stderr));
        },
      ),
      { numRuns: 8 },
    );
  });

  it('one process: each event once, every capture it was seen in, damage counted, the binary file failed', () => {
    expect(whole.jsonl.code).toBe(1);
    expect(whole.jsonl.stderr).toMatch(/random\.bin: binary data, neither a page nor a WARC or ARC file/);
    expect(whole.jsonl.stderr).toMatch(/damaged\.warc: 2 damaged records skipped/);
    const live = jsonLines(whole.jsonl.stdout).find((l) => l.page.originalUrl === LIVE_URL);
    // Two captures in the damaged WARC, one in warcio's file and its revisit, the saved page (no date: none).
    expect(live?.seenIn).toEqual(['2020-01-20T10:00:00Z', '2020-02-01T12:30:00Z']);
    expect(live?.sources.length).toBe(5);
  });

  it('refuses to merge when a shard is missing or cut short, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-lens-shards-'));
    const shards = [0, 1, 2].map((index) => join(dir, `shard-${index}.jsonl`));
    for (const [index, out] of shards.entries()) await extractHere(inputs, { shard: { index, count: 3 }, out });
    const missing = await mergeHere(shards.slice(0, 2));
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('shards missing: 2/3');
    const text = readFileSync(shards[2] ?? '', 'utf8');
    writeFileSync(shards[2] ?? '', text.slice(0, text.lastIndexOf('{"kind":"end"')));
    const cut = await mergeHere(shards);
    expect(cut).toMatchObject({ code: 1, stdout: '' });
    expect(cut.stderr).toContain('incomplete: its last line is not the end line');
  });
});

describe('extract --jobs N', { timeout: 120_000 }, () => {
  it('gives on two worker threads exactly what one gives', async () => {
    const options = { worker: WORKER, unitBytes: 4096, smallRun: 0, all: true };
    const one = await extractHere(inputs, { ...options, jobs: 1 });
    const two = await extractHere(inputs, { ...options, jobs: 2 });
    expect(two.stdout).toBe(one.stdout);
    expect(counts(two.stderr)).toBe(counts(one.stderr));
    expect(two.stderr).toMatch(/largest worker heap \d+ MB/);
    const here = await extractHere(inputs, { all: true });
    expect(one.stdout).toBe(here.stdout);
  });
});

describe('inputs that are neither pages nor crawl files', () => {
  it.each([
    ['empty.html', '', 'an empty file'],
    ['report.pdf', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj', 'a PDF document, not a page'],
    ['random.warc.gz', '\u001f\u008b\u0008\u0000garbage', 'a gzip file that holds neither a WARC nor an ARC file'],
    ['notes.txt', 'Just some notes, no markup.', 'text without HTML markup, not a page'],
  ])('%s is named with its reason, counted as failed, and the others are read', async (name, content, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'event-lens-inputs-'));
    writeFileSync(join(dir, name), Buffer.from(content, 'latin1'));
    const r = await extractHere([join(dir, name), join(CRAWLS, 'arc-v1.arc')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, name)}: ${reason}`);
    expect(jsonLines(r.stdout)).toHaveLength(2);
  });
});

describe('a run interrupted and started again', { timeout: 180_000 }, () => {
  it('reads only what it had not finished, and its output equals an uninterrupted run’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-lens-restart-'));
    // Eight inputs, eight units: the run is killed once two are in the journal.
    const copies = Array.from({ length: 8 }, (_, i) => {
      const copy = join(dir, `crawl-${i}.warc.gz`);
      copyFileSync(join(CRAWLS, 'wget-1.warc.gz'), copy);
      return copy;
    });
    const out = join(dir, 'events.jsonl');
    const journal = `${out}.journal.jsonl`;
    const args = ['tsx', 'cli/event-lens.ts', 'extract', '--jobs', '1', '--out', out, ...copies];
    const child = spawn('npx', args, { stdio: 'ignore', detached: true });
    await new Promise<void>((done, fail) => {
      const poll = setInterval(() => {
        const units = existsSync(journal) ? readFileSync(journal, 'utf8').split('"kind":"unit-done"').length - 1 : 0;
        if (units < 2) return;
        clearInterval(poll);
        process.kill(-(child.pid ?? 0), 'SIGKILL');
        done();
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        fail(new Error('the run ended before it was interrupted'));
      });
    });
    await new Promise((done) => setTimeout(done, 200));
    expect(existsSync(out)).toBe(false);
    const again = await extractHere(copies, { out, worker: WORKER });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/resuming from .*events\.jsonl\.journal\.jsonl: [2-7] of 8 units already read/);
    expect(existsSync(journal)).toBe(false);
    const clean = await extractHere(copies);
    expect(readFileSync(out, 'utf8')).toBe(clean.stdout);
    expect(counts(again.stderr)).toBe(counts(clean.stderr));
  });
});
