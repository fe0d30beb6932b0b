import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { FetchLike } from '../../utils/captures/fetch-captures';
import { checkLinks } from '../../utils/links/link-check';
import { figure, type Figure } from './figure';

/**
 * A link check of 300 addresses on 20 sites (three host names each) against a local server (each answer takes
 * 50 ms), through the real checker and its politeness rules, which go by site: the wall time against the floor
 * those rules set (15 addresses a site, 500 ms apart: 7 s), over 3 runs.
 */
export async function benchLinkCheck(): Promise<Figure[]> {
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
