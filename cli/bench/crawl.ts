/**
 * Batch mode on a WARC shaped like a real crawl: mostly other sites, images and scripts, records of 30–100 KB, and
 * 3 % UNESCO event pages. Each figure is the command's MB/s beside the physical floor measured in the same run:
 * decompressing the same file with Node's zlib (a gunzip stream, as the file is read) and discarding it. Twice: the
 * crawl without its UNESCO pages (what skipping costs: the aim is within 1.5× of the floor), and with them (where
 * reading the pages adds its own cost).
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGunzip } from 'node:zlib';
import { loadSample } from '../browser';
import { recordDate, writeBenchWarc, type BenchRecord } from './crawl-writer';
import { figure, type Figure } from './figure';
import { CAN_PIN, runExtract } from './run-command';

const RECORDS = 6000;
/** The share of UNESCO event pages in the crawl. */
const UNESCO_SHARE = 0.03;
const WORDS = 'function var return const if else for the event unesco data value page news culture science'.split(' ');

/** A deterministic pseudo-random sequence (the same crawl every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function realisticCrawl(path: string, unescoShare: number): void {
  const next = random(7);
  const text = (size: number) => {
    const words: string[] = [];
    for (let n = 0; n < size; n += 8)
      words.push(`${WORDS[Math.floor(next() * WORDS.length)] ?? ''}${Math.floor(next() * 1000)}`);
    return Buffer.from(words.join(next() < 0.1 ? '\n' : ' ').slice(0, size));
  };
  // Compressed media do not compress again: random bytes stand for them.
  const noise = (size: number) => randomBytes(size);
  const pages = ['seed', 'live-en-unesco-template-b', 'wayback-drupal-template-a', 'www-unesco-json-ld'].map((slug) => {
    const sample = loadSample(slug);
    return { url: /\/web\/\d+\/(https?:\/\/.+)$/.exec(sample.url)?.[1] ?? sample.url, html: sample.html };
  });
  writeBenchWarc(path, RECORDS, (i): BenchRecord => {
    const date = recordDate(i);
    const size = 30_000 + Math.floor(next() * 70_000);
    const host = `https://www.site${i % 97}.example/`;
    const roll = next();
    if (roll < unescoShare) {
      // A UNESCO event page, padded to the size of a real one with the page's own kind of markup.
      const page = pages[i % pages.length] ?? { url: '', html: '' };
      const padding = `<div class="views-row">${text(size - page.html.length).toString()}</div>`;
      return {
        url: `${page.url}?v=${i}`,
        date,
        body: Buffer.from(page.html.replace('</body>', `${padding}</body>`)),
        contentType: 'text/html; charset=utf-8',
      };
    }
    if (roll < 0.45) return { url: `${host}img/${i}.jpg`, date, body: noise(size), contentType: 'image/jpeg' };
    if (roll < 0.7) return { url: `${host}js/${i}.js`, date, body: text(size), contentType: 'application/javascript' };
    if (roll < 0.8) return { url: `${host}css/${i}.css`, date, body: text(size), contentType: 'text/css' };
    return {
      url: `${host}page/${i}`,
      date,
      body: Buffer.from(`<html><body>${text(size).toString()}</body></html>`),
      contentType: 'text/html',
    };
  });
}

/** MB/s of decompressing the file with Node's zlib and discarding the output. */
async function zlibFloor(path: string): Promise<number> {
  const start = performance.now();
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }).pipe(createGunzip())) {
    bytes += (chunk as Buffer).length;
  }
  if (bytes === 0) throw new Error('the crawl inflated to nothing');
  return statSync(path).size / 1024 / 1024 / ((performance.now() - start) / 1000);
}

/** The command's MB/s on one core and on two, and the floor, alternated three times on one crawl file. */
async function measure(file: string, out: string): Promise<{ floor: number[]; one: number[]; two: number[] }> {
  const floor: number[] = [];
  const one: number[] = [];
  const two: number[] = [];
  for (let run = 0; run < 3; run++) {
    floor.push(await zlibFloor(file));
    one.push(runExtract(file, out, 1, { pin: true }).mb);
    two.push(runExtract(file, out, 2).mb);
  }
  return { floor, one, two };
}

export async function benchCrawl(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'event-lens-bench-crawl-'));
  const out = join(dir, 'out.csv');
  const core = CAN_PIN ? 'one core' : 'not pinned';
  const figures: Figure[] = [];
  try {
    for (const [label, share] of [
      ['no UNESCO pages', 0],
      [`${UNESCO_SHARE * 100} % UNESCO pages`, UNESCO_SHARE],
    ] as const) {
      const file = join(dir, `crawl-${share}.warc.gz`);
      realisticCrawl(file, share);
      const size = statSync(file).size / 1024 / 1024;
      const { floor, one, two } = await measure(file, out);
      const name = `crawl, ${label} (${RECORDS.toLocaleString('en')} records, ${size.toFixed(0)} MB)`;
      figures.push(
        figure(`${name}: zlib floor`, 'MB/s', floor, null),
        figure(`${name}: extract --jobs 1 (${core})`, 'MB/s', one, null),
        figure(
          `${name}: floor ÷ extract --jobs 1`,
          '×',
          floor.map((f, i) => f / (one[i] ?? NaN)),
          share === 0 ? 1.5 : null,
        ),
        figure(`${name}: extract --jobs 2`, 'MB/s', two, null),
      );
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
