/**
 * Batch mode on WARC files of event pages: 5,000 records (1,000 UNESCO event pages from the fixtures, 2,000 pages
 * of other sites, 1,500 images, 500 UNESCO 404s) and 60,000 shaped the same. Pages per second on one core
 * (`--jobs 1`, pinned with taskset where there is one) and on two (`--jobs 2`), alternated in the same run so the
 * machine's load weighs on both alike; memory of the process and the largest heap of a worker thread.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSample } from '../../tests/browsers/chromium';
import { writeBenchWarc, recordDate, type BenchRecord } from './crawl-writer';
import { figure, type Figure } from './figure';
import { CAN_PIN, runExtract, type CommandRun } from './run-command';

function eventCrawl(path: string, count: number): void {
  const pages = ['seed', 'live-en-unesco-template-b', 'wayback-drupal-template-a'].map((slug) => {
    const sample = loadSample(slug);
    const original = /\/web\/\d+\/(https?:\/\/.+)$/.exec(sample.url)?.[1] ?? sample.url;
    return { url: original, body: Buffer.from(sample.html) };
  });
  const image = Buffer.from('PNG'.repeat(200));
  writeBenchWarc(path, count, (i): BenchRecord => {
    const date = recordDate(i);
    const kind = i % 5;
    if (kind === 0) {
      const page = pages[i % pages.length] ?? { url: '', body: Buffer.alloc(0) };
      return { url: page.url, date, body: page.body, contentType: 'text/html; charset=utf-8' };
    }
    if (kind <= 2) {
      const body = Buffer.from(`<h1>News ${i}</h1><p>12 March 2020</p>`);
      return { url: `https://www.example.org/news/${i}`, date, body, contentType: 'text/html' };
    }
    if (kind === 3 && i % 10 === 3) {
      return {
        url: `https://en.unesco.org/missing/${i}`,
        date,
        body: Buffer.from('Not found'),
        contentType: 'text/html',
        status: 404,
      };
    }
    return { url: `https://en.unesco.org/img/${i}.png`, date, body: image, contentType: 'image/png' };
  });
}

const mb = (path: string) => statSync(path).size / 1024 / 1024;

type WarcRuns = { one: CommandRun[]; two: CommandRun[]; large: CommandRun[]; smallMb: number; largeMb: number };

/** Both crawls written, then read: the small one three times with each `--jobs` in turn, the large one once each. */
function runWarcCrawls(): WarcRuns {
  const dir = mkdtempSync(join(tmpdir(), 'event-lens-bench-warc-'));
  const small = join(dir, 'crawl-5000.warc.gz');
  const large = join(dir, 'crawl-60000.warc.gz');
  eventCrawl(small, 5000);
  eventCrawl(large, 60_000);
  const [smallMb, largeMb] = [mb(small), mb(large)];
  const out = join(dir, 'out.csv');
  const one: CommandRun[] = [];
  const two: CommandRun[] = [];
  for (let run = 0; run < 3; run++) {
    one.push(runExtract(small, out, 1, { pin: true }));
    two.push(runExtract(small, out, 2));
  }
  const largeRuns = [runExtract(large, out, 1, { pin: true }), runExtract(large, out, 2)];
  rmSync(dir, { recursive: true, force: true });
  return { one, two, large: largeRuns, smallMb, largeMb };
}

/** The 5,000-record crawl: pages/s with one and two workers, their ratio, MB/s, memory. */
function smallCrawlFigures({ one, two, smallMb }: WarcRuns): Figure[] {
  const core = CAN_PIN ? 'one core' : 'not pinned: no taskset';
  const ratios = one.map((r, i) => (two[i]?.pages ?? NaN) / r.pages);
  const heaps = [...one, ...two].map((r) => r.workerHeap);
  return [
    figure(
      `WARC batch: pages/s, --jobs 1 (5,000 records, ${smallMb.toFixed(0)} MB, ${core})`,
      'pages/s',
      one.map((r) => r.pages),
      200,
      '',
      'at-least',
    ),
    figure(
      'WARC batch: pages/s, --jobs 2 (both cores)',
      'pages/s',
      two.map((r) => r.pages),
      null,
    ),
    figure('WARC batch: --jobs 2 ÷ --jobs 1, pages/s (pairs in one run)', '×', ratios, 1.8, '', 'at-least'),
    figure(
      'WARC batch: MB/s, --jobs 1',
      'MB/s',
      one.map((r) => r.mb),
      null,
    ),
    figure(
      'WARC batch: peak memory of the process, --jobs 1 / 2',
      'MB',
      [Math.max(...one.map((r) => r.peak)), Math.max(...two.map((r) => r.peak))],
      null,
    ),
    figure('WARC batch: largest worker heap (5,000 records)', 'MB', [Math.max(...heaps)], 300),
  ];
}

/**
 * The CPU each run used (user + system, every thread: the workers, the main thread, V8's compiler and collector
 * threads), which other work on a shared machine disturbs far less than pages/s: what a change saves, and what
 * the second worker costs (its JIT warm-up above all, docs/batch-at-scale.md, "Worker threads").
 */
function cpuFigures({ one, two, large }: WarcRuns): Figure[] {
  const cpu = (runs: CommandRun[]) => runs.map((r) => r.cpu);
  return [
    figure('WARC batch: CPU of the command, --jobs 1 (5,000 records)', 's', cpu(one), null),
    figure('WARC batch: CPU of the command, --jobs 2 (5,000 records)', 's', cpu(two), null),
    figure('WARC batch: CPU of the command, --jobs 1 (60,000 records)', 's', cpu(large.slice(0, 1)), null),
    figure('WARC batch: CPU of the command, --jobs 2 (60,000 records)', 's', cpu(large.slice(1)), null),
  ];
}

/** The 60,000-record crawl: pages/s once each worker is warm, and memory stays flat. */
function largeCrawlFigures({ large, largeMb }: WarcRuns): Figure[] {
  const [one, two] = large;
  const rate = (r: CommandRun | undefined) => r?.pages ?? NaN;
  return [
    // Each worker warms up its JIT on its first pages (about a second of CPU, docs/batch-at-scale.md, "Worker
    // threads"): on 1,000 pages that weighs on --jobs 2, on 12,000 it is paid back.
    figure(`WARC batch: pages/s, --jobs 1 (60,000 records, ${largeMb.toFixed(0)} MB)`, 'pages/s', [rate(one)], null),
    figure('WARC batch: pages/s, --jobs 2 (60,000 records)', 'pages/s', [rate(two)], null),
    figure(
      'WARC batch: --jobs 2 ÷ --jobs 1, pages/s (60,000 records, one pair)',
      '×',
      [rate(two) / rate(one)],
      1.8,
      '',
      'at-least',
    ),
    figure(
      'WARC batch: largest worker heap (60,000 records; --jobs 1 and 2)',
      'MB',
      [Math.max(...large.map((r) => r.workerHeap))],
      300,
    ),
    figure(
      'WARC batch: peak memory of the process (60,000 records)',
      'MB',
      [Math.max(...large.map((r) => r.peak))],
      null,
    ),
  ];
}

export function benchWarc(): Figure[] {
  const runs = runWarcCrawls();
  return [...smallCrawlFigures(runs), ...largeCrawlFigures(runs), ...cpuFigures(runs)];
}
