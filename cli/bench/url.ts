import { performance } from 'node:perf_hooks';
import { decidePageRole } from '../../utils/detect/page-role';
import { figure, type Figure } from './figure';

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

/** Address detection, per call. */
export function benchUrlDetection(): Figure {
  const calls = 20_000;
  const samples: number[] = [];
  for (let run = 0; run < 30; run++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) decidePageRole(new URL(URLS[i % URLS.length] ?? ''), { isTop: true }, null);
    samples.push(((performance.now() - start) * 1000) / calls);
  }
  return figure('URL detection per call (Node)', 'µs', samples, 20);
}
