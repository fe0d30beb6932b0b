/**
 * `npm run -s extract -- [options] PATH...`: the extension's extraction, on saved HTML files, folders of them
 * (recursive) and WARC files (`.warc`, `.warc.gz`, read as a stream: memory stays flat whatever their size).
 *
 *   --format jsonl (default; json for a single HTML file) | json | csv | ics
 *   --url URL      the address of a single saved HTML file (else read from the file itself)
 *   --out FILE     write there instead of stdout
 *
 * JSON/JSONL: one object per HTML file (`{"file", "page", "event", "noEvent"}`) and one per distinct event
 * found in WARC files (`{"page", "event", "seenIn", "sources"}`). CSV: one row per distinct event, with the
 * capture dates it was seen in. ICS: one calendar with every event. A progress line goes to stderr when it is
 * a terminal; a summary always ends the run there. Files that cannot be read and damaged WARC records are
 * counted and reported, never fatal; the exit code is 1 when any file could not be read.
 */
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analysePage } from '../utils/analyse-page';
import { EventCollector } from '../utils/batch/collect-events';
import { buildIcsCalendar } from '../utils/calendar/build-ics';
import { findSavedPageUrl } from '../utils/detect/saved-page-url';
import type { EventRecord } from '../utils/event-record';
import { eventsCsv } from '../utils/library/events-csv';
import { parsePage } from './page-parser';
import { warcPages, type WarcStats } from './warc-pages';

const USAGE = 'Usage: npm run -s extract -- [--format jsonl|json|csv|ics] [--url URL] [--out FILE] PATH...';
const FORMATS = ['json', 'jsonl', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];

type Output = { file: string; page: unknown; event: unknown; noEvent: unknown };

export function extractFile(file: string, html: string, url: string | undefined): Output & { record: EventRecord } {
  const doc = parsePage(html);
  const pageUrl = url ?? findSavedPageUrl(html, doc);
  if (!pageUrl) throw new Error(`${file}: the file does not say which address it was saved from; give it with --url`);
  const record = analysePage(doc, new URL(pageUrl));
  return { file, page: record.page, event: record.event, noEvent: record.noEvent, record };
}

/**
 * Script and style blocks carry nothing the extractor reads from a page fetched live (the WARC-Date gives the
 * capture time; JSON-LD is kept): dropped before parsing, which saves about a tenth of batch mode's time.
 */
const SCRIPT_OR_STYLE =
  /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** A page from a WARC: read as a capture of its target, at its WARC-Date, from that file. */
export function extractWarcPage(html: string, url: string, capturedAt: string, file: string): EventRecord {
  const doc = parsePage(html.replace(SCRIPT_OR_STYLE, ''));
  const record = analysePage(doc, new URL(url), { memento: { originalUrl: url, capturedAt } });
  return {
    ...record,
    page: {
      ...record.page,
      archive: { id: 'warc', name: basename(file), collection: null },
      capturedAt,
      capturedAtSource: 'warc-date',
    },
  };
}

const isWarc = (f: string) => /\.warc(\.gz)?$/i.test(f);
const isHtml = (f: string) => /\.x?html?$/i.test(f);

/** The files named, folders walked (sorted, recursively) for HTML and WARC files. */
function expand(paths: readonly string[], onError: (path: string, reason: string) => void): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (isWarc(name) || isHtml(name)) out.push(path);
    }
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walk(path);
      else out.push(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      onError(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'not readable' : String(err));
    }
  }
  return out;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  let failed = 0;
  const files = expand(positionals, (path, reason) => {
    failed++;
    console.error(`${path}: ${reason}`);
  });
  const single = files.length === 1 && positionals.length === 1 && isHtml(files[0] ?? '') && !statSafe(positionals[0]);
  const format = (values.format ?? (single ? 'json' : 'jsonl')) as Format;
  if (!FORMATS.includes(format)) {
    console.error(`Unknown format "${format}": ${FORMATS.join(', ')}.\n${USAGE}`);
    return 2;
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    console.error(`--url "${values.url}" is not an address.`);
    return 2;
  }
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const write = (text: string) => out.write(text);
  const collector = new EventCollector();
  const outputs: Output[] = [];
  const stats: WarcStats = { records: 0, bytes: 0, htmlPages: 0, skipped: 0, bad: 0 };
  const started = performance.now();
  let pages = 0;
  let lastProgress = 0;
  const progress = (final = false) => {
    if (!process.stderr.isTTY) return;
    const now = performance.now();
    if (!final && now - lastProgress < 200) return;
    lastProgress = now;
    const rate = stats.records / Math.max((now - started) / 1000, 0.001);
    process.stderr.write(
      `\r${stats.records} records · ${pages} pages · ${collector.events().length} events · ${rate.toFixed(0)} records/s${final ? '\n' : ''}`,
    );
  };

  for (const file of files) {
    if (isWarc(file)) {
      const before = stats.bad;
      for await (const page of warcPages(file, stats)) {
        pages++;
        collector.add(extractWarcPage(page.html, page.url, page.capturedAt, file), page.capturedAt, page.source);
        progress();
      }
      if (stats.bad > before) console.error(`${file}: ${stats.bad - before} damaged records skipped`);
      continue;
    }
    try {
      const result = extractFile(file, readFileSync(file, 'utf8'), values.url);
      pages++;
      const { record, ...output } = result;
      collector.add(record, record.page.capturedAt, file);
      if (format === 'jsonl') write(`${JSON.stringify(output)}\n`);
      else if (format === 'json') outputs.push(output);
    } catch (err) {
      failed++;
      console.error(err instanceof Error ? err.message : String(err));
    }
  }
  progress(true);

  const events = collector.events();
  const fromWarc = events.filter((e) => e.record.page.archive?.id === 'warc');
  const asObject = (e: (typeof events)[number]) => ({
    page: e.record.page,
    event: e.record.event,
    seenIn: e.seenIn,
    sources: e.sources,
  });
  if (format === 'jsonl') for (const e of fromWarc) write(`${JSON.stringify(asObject(e))}\n`);
  if (format === 'json') {
    const all = [...outputs, ...fromWarc.map(asObject)];
    write(`${JSON.stringify(all.length === 1 && single ? all[0] : all, null, 2)}\n`);
  }
  if (format === 'csv')
    write(
      eventsCsv(
        events.map((e) => e.record),
        events.map((e) => e.seenIn),
      ),
    );
  if (format === 'ics')
    write(
      buildIcsCalendar(
        events.map((e) => e.record),
        new Date(),
        'Event Lens: events',
      ),
    );
  if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));

  const seconds = (performance.now() - started) / 1000;
  const warcPart =
    stats.records > 0
      ? `, ${stats.records} WARC records (${stats.htmlPages} HTML pages from UNESCO sites, ${stats.bad} damaged), ` +
        `${(stats.records / seconds).toFixed(0)} records/s, ${(stats.bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`
      : '';
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.error(
    `extract: ${files.length} files, ${pages} pages read, ${collector.seen} events found (${events.length} distinct)${warcPart}, ` +
      `${(pages / seconds).toFixed(0)} pages/s, ${seconds.toFixed(1)} s, peak memory ${peakMb.toFixed(0)} MB`,
  );
  return failed > 0 ? 1 : 0;
}

function statSafe(path: string | undefined): boolean {
  try {
    return path !== undefined && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
