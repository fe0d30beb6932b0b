/**
 * `npm run bench`: the numbers that say where Event Lens stands on speed and size. Each figure is the median,
 * p95 and number of runs of repeated measurements (machines here are shared and noisy), with its target.
 * Prints one table and writes bench-results.json. Needs a Chromium build (`npm run bench` builds it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import type { BrowserContext, Page } from 'playwright-core';
import { h, render } from 'preact';
import { CapturesPanel } from '../components/CapturesPanel';
import { analysePage } from '../utils/analyse-page';
import type { Capture } from '../utils/captures/capture';
import { DEFAULT_CAPTURE_SETTINGS } from '../utils/captures/capture-service';
import type { FetchLike } from '../utils/captures/fetch-captures';
import { parseCdx } from '../utils/captures/parse-index';
import { checkLinks } from '../utils/links/link-check';
import { fileTranslate, type MessagesFile } from '../utils/i18n';
import { decidePageRole } from '../utils/detect/page-role';
import {
  CHROME_BENCH_DIR,
  launchWithExtension,
  loadSample,
  openPopupFor,
  PROJECT_ROOT,
  serveCapture,
  tabIdOf,
} from './browser';
import { measureBundles } from './bundle-size';
import { writeWarc, type WarcEntry } from './warc-fixture';

type Figure = {
  name: string;
  unit: string;
  median: number;
  p95: number;
  runs: number;
  target: string;
  met: boolean | null;
};

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

function figure(
  name: string,
  unit: string,
  samples: number[],
  target: number | null,
  targetText = '',
  direction: 'below' | 'at-least' = 'below',
): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  return {
    name,
    unit,
    median,
    p95: quantile(sorted, 0.95),
    runs: samples.length,
    target: target === null ? '—' : targetText || `${direction === 'below' ? '<' : '≥'} ${target} ${unit}`,
    met: target === null ? null : direction === 'below' ? median < target : median >= target,
  };
}

/** Real-shaped addresses: captures in several archives, archive pages that are not captures, live pages. */
const URLS = [
  'https://webarchive.unesco.org/web/20201205001600/https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation',
  'https://webarchive.unesco.org/web/20200326080816/https:/en.unesco.org/events/Paris',
  'https://web.archive.org/web/20230421002644/https://www.pokemon.com/us',
  'https://web.archive.org/web/20230421002644im_/https://www.pokemon.com/logo.png',
  'https://web.archive.org/web/2020*/https://en.unesco.org/events',
  'https://wayback.archive-it.org/11915/20201206072020/https://en.unesco.org/events/x',
  'https://www.webarchive.org.uk/wayback/archive/20200101000000mp_/https://en.unesco.org/',
  'https://arquivo.pt/noFrame/replay/20200101000000mp_/https://www.publico.pt/',
  'https://archive.ph/2012.05.30-154426/http://www.example.com/',
  'https://en.unesco.org/events/celebration-international-day-education-unesco-headquarters',
];

/** 100,000 CDX rows as the Internet Archive writes them (one row per line), an hour apart from 2005. */
function bigCdx(rows: number): string {
  const original = 'https://en.unesco.org/events/celebration-international-day-education-unesco-headquarters';
  const lines = ['[["timestamp","original","statuscode","mimetype"]'];
  for (let i = 0; i < rows; i++) {
    const ts = new Date(Date.UTC(2005, 0, 1) + i * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
    lines.push(`["${ts}","${original}","${i % 50 === 0 ? '302' : '200'}","text/html"]`);
  }
  return `${lines.join(',\n')}]\n`;
}

/** Parsing 100,000 CDX rows, and rendering the captures panel (timeline included) for them in a DOM. */
function benchCaptures(): Figure[] {
  const rows = 100_000;
  const text = bigCdx(rows);
  const replay = (ts: string, o: string) => `https://web.archive.org/web/${ts}/${o}`;
  const parse: number[] = [];
  let captures: Capture[] = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    const result = parseCdx(text, replay, rows);
    parse.push(performance.now() - start);
    if (result.ok) captures = result.captures;
  }
  if (captures.length !== rows) throw new Error(`parsed ${captures.length} of ${rows} rows`);
  const english = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8'),
  ) as MessagesFile;
  const window = new Window();
  const doc = window.document as unknown as Document;
  Object.assign(globalThis, { document: doc });
  const renderRuns: number[] = [];
  for (let run = 0; run < 7; run++) {
    const root = doc.createElement('div');
    doc.body.append(root);
    const list = {
      archiveId: 'internet-archive',
      archiveName: 'Internet Archive',
      originalUrl: 'https://en.unesco.org/events/x',
      captures,
      truncated: false,
      fetchedAt: '2026-12-01T00:00:00Z',
    };
    const start = performance.now();
    render(
      h(CapturesPanel, {
        t: fileTranslate(english),
        locale: 'en-GB',
        state: { kind: 'done', results: [{ ok: true, list, cached: false }] },
        eventStartMs: Date.UTC(2010, 5, 1, 12),
        eventEndMs: Date.UTC(2010, 5, 1, 14),
        currentTimestamp: null,
        settings: DEFAULT_CAPTURE_SETTINGS,
        onSettings: () => undefined,
        onRefresh: () => undefined,
      }),
      root,
    );
    renderRuns.push(performance.now() - start);
    const cells = root.querySelectorAll('rect').length;
    if (cells < 12) throw new Error('the timeline did not render');
    render(null, root);
    root.remove();
  }
  void window.happyDOM.close();
  return [
    figure(`parsing ${rows.toLocaleString('en')} CDX rows (Node)`, 'ms', parse, 300),
    figure(
      `captures panel + timeline for ${rows.toLocaleString('en')} captures (Node, happy-dom)`,
      'ms',
      renderRuns,
      null,
    ),
  ];
}

function benchUrlDetection(): Figure {
  const calls = 20_000;
  const samples: number[] = [];
  for (let run = 0; run < 30; run++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) decidePageRole(new URL(URLS[i % URLS.length] ?? ''), { isTop: true }, null);
    samples.push(((performance.now() - start) * 1000) / calls);
  }
  return figure('URL detection per call (Node)', 'µs', samples, 20);
}

function benchExtractionNode(): Figure[] {
  const window = new Window({
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const out: Figure[] = [];
  const all: number[] = [];
  const slugs = readdirSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'pages'));
  for (const slug of slugs) {
    const sample = loadSample(slug);
    const doc = parse(sample.html);
    const samples: number[] = [];
    for (let run = 0; run < 40; run++) {
      const start = performance.now();
      analysePage(doc, new URL(sample.url));
      samples.push(performance.now() - start);
    }
    all.push(...samples);
    if (slug === 'seed') out.push(figure(`extraction per page, sample capture (Node, happy-dom)`, 'ms', samples, null));
  }
  out.unshift(figure(`extraction per page, all ${slugs.length} fixtures (Node, happy-dom)`, 'ms', all, 5));
  // A 5 MB page: the sample with thousands of paragraphs of body text (and dates) in the event's content.
  const seed = loadSample('seed');
  const filler = '<p>' + 'Lifelong learning in cities, 12 March 2019, Hamburg. '.repeat(40) + '</p>\n';
  // Inside the event's own content, so the extractor has to walk it.
  const marker = '<p><strong>Further information:</strong></p>';
  const big = seed.html.replace(marker, filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length)) + marker);
  const bigDoc = parse(big);
  const samples: number[] = [];
  for (let run = 0; run < 9; run++) {
    const start = performance.now();
    analysePage(bigDoc, new URL(seed.url));
    samples.push(performance.now() - start);
  }
  out.push(figure(`extraction, 5 MB page (${(big.length / 1024 / 1024).toFixed(1)} MB, Node)`, 'ms', samples, 100));
  return out;
}

/** The spans the benchmark reads, between two Performance marks the extension's scripts leave in the page. */
const SPANS = {
  /** The injected extractor. */
  analyse: ['event-lens:analyse:start', 'event-lens:analyse:end'],
  /** The content script, from the evaluation of its first module to its end. */
  content: ['event-lens:content:loaded', 'event-lens:content:end'],
  /** The content script's own check, up to the hand-off to the background. */
  'content-check': ['event-lens:content:loaded', 'event-lens:content:checked'],
} as const;

/** Milliseconds of one span, once both its marks exist. */
async function markSpan(page: Page, name: keyof typeof SPANS): Promise<number> {
  const [start, end] = SPANS[name];
  const handle = await page.waitForFunction(
    ([s, e]) => {
      const [a] = performance.getEntriesByName(s);
      const [b] = performance.getEntriesByName(e);
      return a && b ? b.startTime - a.startTime : false;
    },
    [start, end] as const,
  );
  return Number(await handle.jsonValue());
}

/** Time from opening the popup to its event card on screen (the card's Performance mark, from navigation). */
async function benchPopup(browser: Awaited<ReturnType<typeof launchWithExtension>>, url: string): Promise<Figure> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await markSpan(page, 'analyse');
  const tabId = await tabIdOf(browser, page);
  const samples: number[] = [];
  for (let run = 0; run < 15; run++) {
    const popup = await openPopupFor(browser, tabId);
    const handle = await popup.waitForFunction(
      () => performance.getEntriesByName('event-lens:popup:card')[0]?.startTime ?? false,
    );
    samples.push(Number(await handle.jsonValue()));
    await popup.close();
  }
  await page.close();
  return figure('popup: opening to the event card (Chromium)', 'ms', samples, 150);
}

/**
 * The injected extractor in Chromium over every fixture page the content script offers (2 loads each): the
 * extraction as the product runs it, in the page, with the browser's own DOM.
 */
async function benchExtractionChromium(): Promise<Figure[]> {
  const browser = await launchWithExtension({ headless: true });
  const samples: number[] = [];
  try {
    for (const slug of readdirSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'pages'))) {
      const sample = loadSample(slug);
      await serveCapture(browser.context, sample.url, sample.html);
      for (let run = 0; run < 2; run++) {
        const page = await browser.context.newPage();
        await page.goto(sample.url, { waitUntil: 'load' });
        const span = await Promise.race([
          markSpan(page, 'analyse'),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
        ]);
        if (span !== null) samples.push(span);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return [
    figure(`extraction per page, fixtures (Chromium, injected; ${samples.length / 2} pages)`, 'ms', samples, null),
  ];
}

/**
 * Serves a page cross-origin isolated (COOP and COEP headers): the page's clock, which the content script's
 * marks read, then counts in 5 µs steps instead of 100 µs, finer than the figures measured with it. Nothing the
 * content script does depends on these headers.
 */
async function servePrecisely(context: BrowserContext, url: string, html: string): Promise<void> {
  const { origin } = new URL(url);
  await context.route(`${origin}/**`, (route) =>
    route.request().url() === url
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: html,
          headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
        })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not in this archive' }),
  );
}

async function benchContentScript(): Promise<Figure[]> {
  // The bench build: production builds do not time the content script (the timing itself would cost).
  const browser = await launchWithExtension({ headless: true, extensionDir: CHROME_BENCH_DIR });
  const home = loadSample('home-under-events');
  const eventAddress = home.url.replace('/events/', '/events/world-radio-day-2019');
  const pages = [
    {
      name: 'non-UNESCO capture',
      url: 'https://web.archive.org/web/20230421002644/https://www.pokemon.com/us',
      html: '<html><body><h1>Pokémon</h1><p>News 17 November 2020</p></body></html>',
      offered: false,
    },
    // Not offered (the address names an index; the body marks a front page): no messaging, no extractor.
    { name: 'UNESCO capture of an index, no event', ...home, offered: false },
    { name: 'UNESCO front page under an event address, no event', url: eventAddress, html: home.html, offered: false },
    // Offered: only reading the page tells there is no event (a listing under a news address).
    {
      name: 'UNESCO page read, no event',
      url: home.url.replace('/events/', '/news/unesco-highlights-2018'),
      html: home.html.replace('class="html front ', 'class="html not-front '),
      offered: true,
    },
    { name: 'UNESCO event capture', ...loadSample('seed'), offered: true },
  ];
  const out: Figure[] = [];
  try {
    for (const p of pages) {
      await servePrecisely(browser.context, p.url, p.html);
      const content: number[] = [];
      const check: number[] = [];
      const extractor: number[] = [];
      for (let run = 0; run < 40; run++) {
        const page = await browser.context.newPage();
        await page.goto(p.url, { waitUntil: 'load' });
        content.push(await markSpan(page, 'content'));
        check.push(await markSpan(page, 'content-check'));
        if (p.offered) extractor.push(await markSpan(page, 'analyse'));
        await page.close();
      }
      // The target is for pages that are not read; a page that may hold an event is handed to the extractor,
      // and the browser's extension messaging, set up on its first use in the page, costs about 1.2 ms of it.
      out.push(figure(`content script (whole script), ${p.name} (Chromium)`, 'ms', content, p.offered ? null : 1));
      if (p.offered) out.push(figure(`content script, check before the message, ${p.name}`, 'ms', check, null));
      if (p.name === 'UNESCO event capture') out.push(await benchPopup(browser, p.url));
      if (p.offered) out.push(figure(`extractor (injected), ${p.name} (Chromium)`, 'ms', extractor, null));
    }
  } finally {
    await browser.close();
  }
  return out;
}

function benchBundles(): Figure[] {
  return measureBundles().flatMap((b) => [
    figure(
      `bundle ${b.name}, gzip`,
      'KB',
      [b.gzip / 1024],
      b.budgetGzip === null ? null : b.budgetGzip / 1024,
      b.budgetGzip === null ? '' : `≤ ${b.budgetGzip / 1024} KB`,
    ),
    figure(`bundle ${b.name}, raw`, 'KB', [b.raw / 1024], null),
  ]);
}

function format(n: number): string {
  return Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3);
}

/**
 * A link check of 300 addresses on 20 sites (three host names each) against a local server (each answer takes
 * 50 ms), through the real checker and its politeness rules, which go by site: the wall time against the floor
 * those rules set (15 addresses a site, 500 ms apart: 7 s), over 3 runs.
 */
async function benchLinkCheck(): Promise<Figure[]> {
  const server = createServer((req, res) => {
    setTimeout(() => {
      res.writeHead((req.url ?? '').startsWith('/event-lens-') ? 404 : 200, { 'content-type': 'application/pdf' });
      res.end(req.method === 'HEAD' ? undefined : '%PDF');
    }, 50);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // The addresses name 20 sites; the fetch sends them all to the local server, as a resolver rule would (the
  // answer keeps the address asked: the checker refuses one that ends on a loopback address).
  const local: FetchLike = async (url, init) => {
    const response = await fetch(`http://127.0.0.1:${port}${new URL(url).pathname}`, init);
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
  const targets = Array.from({ length: 300 }, (_, i) => ({
    url: `https://d${i % 3}.site${i % 20}.org/doc-${i}.pdf`,
    archivedUrl: null,
  }));
  const walls: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const results = await checkLinks(targets, {
        fetch: local,
        now: () => Date.now(),
        cache: { get: () => Promise.resolve(null), put: () => Promise.resolve() },
        eventEndMs: null,
      });
      walls.push((performance.now() - start) / 1000);
      if (results.filter((r) => r.verdict === 'live').length !== 300) throw new Error('the link check failed');
    }
  } finally {
    server.close();
  }
  return [figure('link check, 300 links / 20 sites (Node; politeness floor 7 s)', 's', walls, null)];
}

/**
 * Batch mode on a WARC of 5,000 records written with warcio (1,000 UNESCO event pages from the fixtures, 2,000
 * pages of other sites, 1,500 images, 500 UNESCO 404s): pages per second, MB per second and peak memory of the
 * `extract` command, as it reports them (one core: the command is single-threaded).
 */
async function benchWarc(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'event-lens-bench-warc-'));
  const file = join(dir, 'crawl.warc.gz');
  const pages = ['seed', 'live-en-unesco-template-b', 'wayback-drupal-template-a'].map((slug) => loadSample(slug));
  const entries: WarcEntry[] = [];
  for (let i = 0; i < 5000; i++) {
    const date = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z');
    const kind = i % 5;
    if (kind === 0) {
      const p = pages[i % pages.length];
      const original = new URL(p?.url ?? '').pathname.replace(/^\/web\/\d+\//, '');
      const url = original.startsWith('https:') ? original : (p?.url ?? '');
      entries.push({ url, date, body: p?.html ?? '' });
    } else if (kind <= 2) {
      entries.push({ url: `https://www.example.org/news/${i}`, date, body: `<h1>News ${i}</h1><p>12 March 2020</p>` });
    } else if (kind === 3 && i % 10 === 3) {
      entries.push({ url: `https://en.unesco.org/missing/${i}`, date, body: 'Not found', status: 404 });
    } else {
      entries.push({
        url: `https://en.unesco.org/img/${i}.png`,
        date,
        body: 'PNG'.repeat(200),
        contentType: 'image/png',
      });
    }
  }
  await writeWarc(file, entries);
  const sizeMb = statSync(file).size / 1024 / 1024;
  // As `npm run extract` runs it (package.json), on one core: pinned with taskset where there is one, so the
  // collector's helper threads and the loader share that core too.
  const command = ['npx', 'tsx', '--max-old-space-size=256', 'cli/extract.ts', file, '--format', 'csv'];
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const runs = [1, 2, 3].map(() => {
    const args = [...command, '--out', join(dir, 'out.csv')];
    const run = pinned
      ? spawnSync('taskset', ['-c', '0', ...args], { encoding: 'utf8' })
      : spawnSync(args[0] ?? '', args.slice(1), { encoding: 'utf8' });
    const summary = run.stderr.trim().split('\n').pop() ?? '';
    const number = (re: RegExp) => Number(re.exec(summary)?.[1] ?? NaN);
    return { pages: number(/(\d+) pages\/s/), mb: number(/([\d.]+) MB\/s/), peak: number(/peak memory (\d+) MB/) };
  });
  rmSync(dir, { recursive: true, force: true });
  const core = pinned ? 'one core' : 'not pinned: no taskset';
  return [
    figure(
      `WARC batch: pages/s (5,000 records, ${sizeMb.toFixed(0)} MB, ${core})`,
      'pages/s',
      runs.map((r) => r.pages),
      200,
      '',
      'at-least',
    ),
    figure(
      'WARC batch: MB/s',
      'MB/s',
      runs.map((r) => r.mb),
      null,
    ),
    figure('WARC batch: peak memory (highest of the runs)', 'MB', [Math.max(...runs.map((r) => r.peak))], 300),
  ];
}

/** Every group of figures, in the order they run; `npm run bench -- --only content,bundles` runs some. */
const GROUPS = {
  url: () => [benchUrlDetection()],
  captures: benchCaptures,
  extraction: benchExtractionNode,
  links: benchLinkCheck,
  warc: benchWarc,
  chromium: benchExtractionChromium,
  content: benchContentScript,
  bundles: benchBundles,
} satisfies Record<string, () => Figure[] | Promise<Figure[]>>;
type GroupName = keyof typeof GROUPS;

function isGroupName(name: string): name is GroupName {
  return Object.hasOwn(GROUPS, name);
}

function chosenGroups(argv: readonly string[]): GroupName[] {
  const at = argv.indexOf('--only');
  const names = at === -1 ? Object.keys(GROUPS) : (argv[at + 1] ?? '').split(',').filter(Boolean);
  const chosen = names.filter(isGroupName);
  if (chosen.length === 0 || chosen.length < names.length) {
    throw new Error(`--only takes some of: ${Object.keys(GROUPS).join(', ')}`);
  }
  return chosen;
}

async function main(): Promise<void> {
  const groups = chosenGroups(process.argv.slice(2));
  const figures: Figure[] = [];
  for (const name of groups) figures.push(...(await GROUPS[name]()));
  const header = `${'figure'.padEnd(58)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'runs'.padStart(5)}  unit  target      met`;
  console.log(header);
  for (const f of figures) {
    const met = f.met === null ? '' : f.met ? 'yes' : 'NO';
    console.log(
      `${f.name.padEnd(58)} ${format(f.median).padStart(9)} ${format(f.p95).padStart(9)} ${String(f.runs).padStart(5)}  ${f.unit.padEnd(4)}  ${f.target.padEnd(10)}  ${met}`,
    );
  }
  // A partial run is for looking at one figure: it does not replace the full record.
  if (groups.length < Object.keys(GROUPS).length) return;
  const out = join(PROJECT_ROOT, 'bench-results.json');
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2));
  console.log(`\nWritten to ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
