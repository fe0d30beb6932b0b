import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { analysePage } from '../../utils/analyse-page';
import { loadSample, PROJECT_ROOT } from '../browser';
import { figure, type Figure } from './figure';

/** Extraction per page in Node (happy-dom), over every fixture, and on a 5 MB page. */
export function benchExtractionNode(): Figure[] {
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
