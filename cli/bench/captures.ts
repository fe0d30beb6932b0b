import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { CapturesPanel } from '../../components/CapturesPanel';
import type { Capture } from '../../utils/captures/capture';
import { DEFAULT_CAPTURE_SETTINGS } from '../../utils/captures/capture-service';
import { parseCdx } from '../../utils/captures/parse-index';
import { fileTranslate, type MessagesFile } from '../../utils/i18n';
import { PROJECT_ROOT } from '../browser';
import { figure, type Figure } from './figure';

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
export function benchCaptures(): Figure[] {
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
