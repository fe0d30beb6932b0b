import { describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../../utils/captures/fetch-captures';
import { MAX_REDIRECTS, probeUrl, type RedirectMode } from '../../utils/links/probe';
import { judgeLink } from '../../utils/links/verdict';

const ctx = { eventEndMs: null, now: Date.UTC(2026, 11, 1) };
const page = (title: string) => `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

type Hop = { redirect: string } | { status: number; title?: string };

/**
 * A web whose redirects are real 3xx answers: shown to `redirect: 'manual'` as they are (Node's fetch does),
 * or, with `hidesHops`, as an opaque redirect, as browsers do; `redirect: 'follow'` follows them to the end.
 */
function web(routes: Record<string, Hop>, hidesHops = false) {
  const asked: { url: string; mode: string }[] = [];
  const answer = (url: string, method: string): Response => {
    const hop = routes[url];
    if (!hop) throw new TypeError(`Failed to fetch ${url}`);
    if ('redirect' in hop) return new Response(null, { status: 302, headers: { location: hop.redirect } });
    return new Response(method === 'HEAD' ? null : page(hop.title ?? 'Page'), {
      status: hop.status,
      headers: { 'content-type': 'text/html' },
    });
  };
  const fetch = vi.fn((url: string, init: RequestInit) => {
    const mode = init.redirect ?? 'follow';
    asked.push({ url, mode });
    const method = init.method ?? 'GET';
    if (mode === 'manual') {
      const response = answer(url, method);
      if (hidesHops && response.status === 302) {
        const opaque = new Response(null, { status: 200 });
        Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
        Object.defineProperty(opaque, 'status', { value: 0 });
        return Promise.resolve(opaque);
      }
      return Promise.resolve(response);
    }
    let current = url;
    for (let i = 0; i < 20; i++) {
      const hop = routes[current];
      if (!hop) return Promise.reject(new TypeError(`Failed to fetch ${current}`));
      if (!('redirect' in hop)) break;
      current = new URL(hop.redirect, current).href;
    }
    const response = answer(current, method);
    Object.defineProperty(response, 'url', { value: current });
    Object.defineProperty(response, 'redirected', { value: current !== url });
    return Promise.resolve(response);
  });
  return { fetch: fetch as FetchLike & typeof fetch, asked };
}

async function check(url: string, fetch: FetchLike, extra: Partial<Parameters<typeof probeUrl>[1]> = {}) {
  const evidence = await probeUrl(url, { fetch, timeoutMs: 200, ...extra });
  return { evidence, result: judgeLink(url, evidence, ctx) };
}

describe('redirects shown to the checker: every hop checked before it is asked', () => {
  it('a 302 to a private address is refused there: that address is never asked, and nothing is kept', async () => {
    const { fetch, asked } = web({
      'https://evil.example/go': { redirect: 'http://192.168.1.1/admin' },
      'http://192.168.1.1/admin': { status: 200, title: 'Router admin' },
    });
    const { result } = await check('https://evil.example/go', fetch);
    expect(asked.map((a) => a.url)).toEqual(['https://evil.example/go']);
    expect(result).toMatchObject({ verdict: 'not-checked', reason: 'private-address', title: null, finalUrl: null });
    expect(result.steps[0]).toMatchObject({ finalUrl: 'http://192.168.1.1/admin', error: 'private-address' });
  });

  it('the same for a name that leads to the reader’s machine, after a public hop', async () => {
    const { fetch, asked } = web({
      'https://evil.example/a': { redirect: '/b' },
      'https://evil.example/b': { redirect: 'http://127.0.0.1.nip.io:8080/' },
    });
    const { result } = await check('https://evil.example/a', fetch);
    expect(asked.map((a) => a.url)).toEqual(['https://evil.example/a', 'https://evil.example/b']);
    expect(result.reason).toBe('private-address');
  });

  it('a public chain is followed hop by hop, by hand, and judged where it ends', async () => {
    const { fetch, asked } = web({
      'http://chain.example.org/a': { redirect: '/b' },
      'http://chain.example.org/b': { redirect: 'https://chain.example.org/final' },
      'https://chain.example.org/final': { status: 200, title: 'Final page' },
    });
    const { result } = await check('http://chain.example.org/a', fetch);
    expect(asked.every((a) => a.mode === 'manual')).toBe(true);
    expect(result).toMatchObject({
      verdict: 'moved',
      finalUrl: 'https://chain.example.org/final',
      title: 'Final page',
    });
  });

  it(`gives up after ${MAX_REDIRECTS} hops`, async () => {
    const routes = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`https://loop.example/${i}`, { redirect: `/${i + 1}` }]),
    );
    const { fetch, asked } = web(routes);
    const { result } = await check('https://loop.example/0', fetch);
    expect(asked.length).toBeLessThanOrEqual(MAX_REDIRECTS + 1);
    expect(result.verdict).toBe('unreachable');
    expect(result.steps[0]?.error).toBe('too-many-redirects');
  });
});

describe('redirects a browser hides (an opaque redirect): the browser follows, the end is checked', () => {
  it('switches to letting the browser follow once it sees an opaque redirect, for the rest of the check', async () => {
    const { fetch, asked } = web(
      {
        'https://a.example/old': { redirect: 'https://a.example/new' },
        'https://a.example/new': { status: 200, title: 'New' },
        'https://b.example/old': { redirect: 'https://b.example/new' },
        'https://b.example/new': { status: 200, title: 'New B' },
      },
      true,
    );
    const redirects: RedirectMode = { hidden: false };
    const first = await check('https://a.example/old', fetch, { redirects });
    expect(first.result).toMatchObject({ verdict: 'moved', finalUrl: 'https://a.example/new' });
    expect(redirects.hidden).toBe(true);
    const before = asked.length;
    await check('https://b.example/old', fetch, { redirects });
    expect(asked.slice(before).every((a) => a.mode === 'follow')).toBe(true);
  });

  it('a chain that ends on a private address is discarded: no title, no "moved to"', async () => {
    const { fetch } = web(
      {
        'https://evil.example/go': { redirect: 'http://localtest.me/' },
        'http://localtest.me/': { status: 200, title: 'My NAS' },
      },
      true,
    );
    const { result } = await check('https://evil.example/go', fetch, { redirects: { hidden: true } });
    expect(result).toMatchObject({ verdict: 'not-checked', reason: 'private-address', title: null, finalUrl: null });
  });

  it('a chain that passed through a private address (as webRequest saw it) is discarded too', async () => {
    const { fetch } = web(
      {
        'https://evil.example/go': { redirect: 'http://lvh.me/bounce' },
        'http://lvh.me/bounce': { redirect: 'https://public.example/' },
        'https://public.example/': { status: 200, title: 'Looks fine' },
      },
      true,
    );
    const redirectHops = (url: string) =>
      url === 'https://evil.example/go' ? ['http://lvh.me/bounce', 'https://public.example/'] : [];
    const { result } = await check('https://evil.example/go', fetch, { redirects: { hidden: true }, redirectHops });
    expect(result).toMatchObject({ reason: 'private-address', title: null });
  });

  it('a request the browser stopped at a private hop (its own block) says so, not "unreachable"', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const redirectHops = () => ['http://192.168.1.1/'];
    const { result } = await check('https://evil.example/go', fetch, { redirects: { hidden: true }, redirectHops });
    expect(result).toMatchObject({ verdict: 'not-checked', reason: 'private-address' });
    // HEAD was enough: a GET would only be stopped again.
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
