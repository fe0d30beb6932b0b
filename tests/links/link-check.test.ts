import { describe, expect, it, vi } from 'vitest';
import {
  checkLinks,
  LINK_RESULT_TTL_MS,
  MAX_REQUESTS_PER_CHECK,
  type LinkCheckDeps,
} from '../../utils/links/link-check';
import { LinkResultSchema, type LinkResult } from '../../utils/links/link-check-types';

const NOW = Date.UTC(2026, 11, 1);

function memoryCache() {
  const map = new Map<string, LinkResult>();
  return {
    map,
    get: (url: string) => Promise.resolve(map.get(url) ?? null),
    put: (r: LinkResult) => {
      map.set(r.url, r);
      return Promise.resolve();
    },
  };
}

function html(title: string) {
  return `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
}

/** A tiny fake web keyed by URL; `redirect` answers as if fetch had followed it there. */
function fakeWeb(pages: Record<string, { status: number; title?: string; redirect?: string }>) {
  return vi.fn((url: string, init: RequestInit) => {
    const key = url.startsWith('https://uil.unesco.org/event-lens-') ? 'https://uil.unesco.org/<random>' : url;
    const page = pages[key];
    if (!page) return Promise.reject(new TypeError('Failed to fetch'));
    const response = new Response(init.method === 'HEAD' ? null : html(page.title ?? 'Page'), {
      status: page.status,
      headers: { 'content-type': 'text/html' },
    });
    Object.defineProperty(response, 'url', { value: page.redirect ?? url });
    Object.defineProperty(response, 'redirected', { value: page.redirect !== undefined });
    return Promise.resolve(response);
  });
}

function deps(fetch: ReturnType<typeof fakeWeb>, extra: Partial<LinkCheckDeps> = {}): LinkCheckDeps {
  return {
    fetch: fetch,
    now: () => NOW,
    cache: memoryCache(),
    eventEndMs: Date.UTC(2020, 10, 17, 13, 30),
    politeness: { hostGapMs: 0 },
    ...extra,
  };
}

describe('checkLinks', () => {
  it('judges every address once, never asks a private address or a past meeting, and offers archived copies', async () => {
    const fetch = fakeWeb({
      'https://uil.unesco.org/event/x': { status: 200, title: 'The meeting' },
      'https://uil.unesco.org/programme.pdf': { status: 404 },
      'https://uil.unesco.org/old': { status: 200, redirect: 'https://uil.unesco.org/events', title: 'Events' },
      'https://uil.unesco.org/<random>': { status: 200, redirect: 'https://uil.unesco.org/events', title: 'Events' },
      'https://uil.unesco.org/moved': { status: 200, redirect: 'https://uil.unesco.org/new-page', title: 'New' },
    });
    const progress: number[] = [];
    const findCapture = vi.fn((url: string) =>
      Promise.resolve(url.endsWith('.pdf') ? `https://web.archive.org/web/20201201000000/${url}` : null),
    );
    const results = await checkLinks(
      [
        { url: 'https://uil.unesco.org/event/x', archivedUrl: null },
        { url: 'https://uil.unesco.org/programme.pdf', archivedUrl: null },
        { url: 'https://uil.unesco.org/programme.pdf', archivedUrl: null },
        {
          url: 'https://uil.unesco.org/old',
          archivedUrl: 'https://webarchive.unesco.org/web/2020/https://uil.unesco.org/old',
        },
        { url: 'https://uil.unesco.org/moved', archivedUrl: null },
        { url: 'http://192.168.1.1/admin', archivedUrl: null },
        { url: 'https://zoom.us/meeting/register/tJIvce', archivedUrl: null },
      ],
      deps(fetch, { findCapture, onResult: (_, done) => progress.push(done) }),
    );
    expect(results.map((r) => [r.url, r.verdict, r.reason])).toEqual([
      ['https://uil.unesco.org/event/x', 'live', 'ok'],
      ['https://uil.unesco.org/programme.pdf', 'gone', 'not-found'],
      ['https://uil.unesco.org/old', 'soft-404', 'same-as-missing-page'],
      ['https://uil.unesco.org/moved', 'moved', 'redirected-elsewhere'],
      ['http://192.168.1.1/admin', 'not-checked', 'private-address'],
      ['https://zoom.us/meeting/register/tJIvce', 'expired', 'meeting-over'],
    ]);
    expect(fetch.mock.calls.some(([url]) => url.includes('192.168'))).toBe(false);
    expect(fetch.mock.calls.some(([url]) => url.includes('zoom.us'))).toBe(false);
    expect(results[1]?.archivedUrl).toBe(
      'https://web.archive.org/web/20201201000000/https://uil.unesco.org/programme.pdf',
    );
    expect(results[2]?.archivedUrl).toBe('https://webarchive.unesco.org/web/2020/https://uil.unesco.org/old');
    expect(results[0]?.archivedUrl).toBeNull();
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reuses a fresh verdict from the cache without asking again, and asks again once it is old', async () => {
    const fetch = fakeWeb({ 'https://uil.unesco.org/a': { status: 200 } });
    const cache = memoryCache();
    let now = NOW;
    const d = deps(fetch, { cache, now: () => now });
    await checkLinks([{ url: 'https://uil.unesco.org/a', archivedUrl: null }], d);
    const calls = fetch.mock.calls.length;
    now += 60_000;
    await checkLinks([{ url: 'https://uil.unesco.org/a', archivedUrl: null }], d);
    expect(fetch.mock.calls.length).toBe(calls);
    now += LINK_RESULT_TTL_MS;
    await checkLinks([{ url: 'https://uil.unesco.org/a', archivedUrl: null }], d);
    expect(fetch.mock.calls.length).toBeGreaterThan(calls);
  });

  it('answers every address even when cancelled half way', async () => {
    const controller = new AbortController();
    const fetch = vi.fn((_url: string, init: RequestInit) => {
      controller.abort();
      return new Promise<Response>((_, reject) => {
        if (init.signal?.aborted) reject(new DOMException('x', 'AbortError'));
        init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')));
      });
    });
    const targets = Array.from({ length: 8 }, (_, i) => ({ url: `https://h${i}.example.org/`, archivedUrl: null }));
    const results = await checkLinks(targets, deps(fetch, { signal: controller.signal }));
    expect(results).toHaveLength(8);
    expect(results.every((r) => r.verdict === 'not-checked' && r.reason === 'cancelled')).toBe(true);
  });

  it('is polite per site, not per host: 60 subdomains of one site get 2 requests at a time', async () => {
    const active = new Map<string, number>();
    let peakPerSite = 0;
    const fetch = vi.fn(async (url: string) => {
      const site = new URL(url).hostname.split('.').slice(-2).join('.');
      active.set(site, (active.get(site) ?? 0) + 1);
      peakPerSite = Math.max(peakPerSite, active.get(site) ?? 0);
      await new Promise((r) => setTimeout(r, 1));
      active.set(site, (active.get(site) ?? 1) - 1);
      return new Response(null, { status: 200, headers: { 'content-type': 'application/pdf' } });
    });
    const targets = [
      ...Array.from({ length: 60 }, (_, i) => ({ url: `https://s${i}.attacker.example/a.pdf`, archivedUrl: null })),
      // Registrable domains under a two-label public suffix: one site each, whatever the subdomain.
      ...Array.from({ length: 6 }, (_, i) => ({ url: `https://w${i}.example.co.uk/b.pdf`, archivedUrl: null })),
    ];
    const results = await checkLinks(targets, deps(fetch));
    expect(results.every((r) => r.verdict === 'live')).toBe(true);
    expect(peakPerSite).toBe(2);
  });

  it(`sends at most ${MAX_REQUESTS_PER_CHECK} requests in one check, and says which links were left unasked`, async () => {
    const fetch = fakeWeb(
      Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`https://site${i}.example/page`, { status: 200 }])),
    );
    const targets = Array.from({ length: 400 }, (_, i) => ({
      url: `https://site${i}.example/page`,
      archivedUrl: null,
    }));
    const results = await checkLinks(targets, deps(fetch));
    expect(fetch.mock.calls.length).toBeLessThanOrEqual(MAX_REQUESTS_PER_CHECK);
    expect(results).toHaveLength(400);
    const limited = results.filter((r) => r.reason === 'check-limit');
    // Web pages take HEAD and GET: about 300 are checked, the rest are answered as not checked.
    expect(limited.length).toBeGreaterThanOrEqual(95);
    expect(limited.every((r) => r.verdict === 'not-checked')).toBe(true);
    expect(results.filter((r) => r.verdict === 'live').length).toBe(400 - limited.length);
  });

  it('keeps only http(s) addresses as links in its results', async () => {
    const fetch = fakeWeb({ 'https://uil.unesco.org/gone': { status: 404 } });
    const results = await checkLinks(
      [
        { url: 'javascript:alert(1)', archivedUrl: null },
        { url: 'https://uil.unesco.org/gone', archivedUrl: 'mailto:someone@example.org' },
      ],
      deps(fetch, { fallbackCopy: () => 'javascript:alert(2)' }),
    );
    expect(results.map((r) => [r.url, r.archivedUrl])).toEqual([['https://uil.unesco.org/gone', null]]);
  });

  it('the result schema (the port to the popup, the cache) refuses anything but http(s) where a link is made', () => {
    const valid: LinkResult = {
      url: 'https://uil.unesco.org/a',
      verdict: 'moved',
      reason: 'redirected-elsewhere',
      finalUrl: 'https://uil.unesco.org/b',
      title: null,
      steps: [],
      archivedUrl: 'https://web.archive.org/web/2020/https://uil.unesco.org/a',
      checkedAt: NOW,
    };
    expect(LinkResultSchema.safeParse(valid).success).toBe(true);
    for (const field of ['url', 'finalUrl', 'archivedUrl'] as const) {
      for (const bad of ['javascript:alert(1)', 'data:text/html,<script>1</script>', ' https://x.example/']) {
        expect(LinkResultSchema.safeParse({ ...valid, [field]: bad }).success, `${field} = ${bad}`).toBe(false);
      }
    }
  });
});
