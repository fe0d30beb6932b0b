import { describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../../utils/captures/fetch-captures';
import { pageSignals } from '../../utils/links/page-signals';
import { probeUrl } from '../../utils/links/probe';
import { isRootRedirect, judgeLink, judgeMeetingLink, samePage, type JudgeContext } from '../../utils/links/verdict';

const NOW = Date.UTC(2026, 11, 1);
const ctx: JudgeContext = { eventEndMs: Date.UTC(2020, 10, 17, 13, 30), now: NOW };
const URL_ = 'https://uil.unesco.org/event/unesco-learning-cities-meeting';

/** A fake web: each call answers from `routes` by method and URL; `redirectTo` makes it look followed. */
function web(
  routes: Record<
    string,
    { status: number; body?: string; type?: string; redirectTo?: string; headers?: Record<string, string> } | Error
  >,
): FetchLike & ReturnType<typeof vi.fn> {
  return vi.fn((url: string, init: RequestInit) => {
    const key = `${init.method ?? 'GET'} ${url}`;
    const route = routes[key] ?? routes[`* ${url}`];
    if (!route) return Promise.reject(new TypeError(`no route for ${key}`));
    if (route instanceof Error) return Promise.reject(route);
    const response = new Response(init.method === 'HEAD' ? null : (route.body ?? ''), {
      status: route.status,
      headers: { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers },
    });
    if (route.redirectTo) {
      Object.defineProperty(response, 'url', { value: route.redirectTo });
      Object.defineProperty(response, 'redirected', { value: true });
    } else Object.defineProperty(response, 'url', { value: url });
    return Promise.resolve(response);
  }) as never;
}

async function check(routes: Parameters<typeof web>[0], url = URL_, extra: Partial<JudgeContext> = {}) {
  const fetch = web(routes);
  const evidence = await probeUrl(url, { fetch, timeoutMs: 50 });
  return { result: judgeLink(url, evidence, { ...ctx, ...extra }), fetch };
}

const page = (title: string, h1 = title) =>
  `<html><head><title>${title}</title></head><body><h1>${h1}</h1></body></html>`;

describe('link verdicts over recorded response shapes', () => {
  it('live: a PDF answering HEAD 200 needs no GET', async () => {
    const { result, fetch } = await check({ [`HEAD ${URL_}`]: { status: 200, type: 'application/pdf' } });
    expect(result).toMatchObject({ verdict: 'live', reason: 'ok', finalUrl: null });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('live: an HTML page is read (its first 64 KB, with a Range header) to see what it says', async () => {
    const { result, fetch } = await check({
      [`HEAD ${URL_}`]: { status: 200 },
      [`GET ${URL_}`]: { status: 200, body: page('UNESCO learning cities meeting | UIL') },
    });
    expect(result).toMatchObject({ verdict: 'live', title: 'UNESCO learning cities meeting | UIL' });
    const init = fetch.mock.calls[1]?.[1] as RequestInit;
    expect(init.headers).toEqual({ Range: 'bytes=0-65535' });
    expect(init.credentials).toBe('omit');
  });

  it('a server that refuses HEAD (405) but serves GET is live, not dead', async () => {
    const { result } = await check({
      [`HEAD ${URL_}`]: { status: 405 },
      [`GET ${URL_}`]: { status: 200, body: page('Meeting') },
    });
    expect(result.verdict).toBe('live');
    expect(result.steps.map((s) => [s.method, s.status])).toEqual([
      ['HEAD', 405],
      ['GET', 200],
    ]);
  });

  it('a server that answers 416 to a Range request is asked again without it', async () => {
    const fetch = vi.fn((url: string, init: RequestInit) =>
      Promise.resolve(
        new Response(init.method === 'HEAD' ? null : page('Fine'), {
          status: init.method === 'HEAD' ? 403 : init.headers ? 416 : 200,
          headers: { 'content-type': 'text/html' },
        }),
      ),
    );
    const evidence = await probeUrl(URL_, { fetch: fetch });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(judgeLink(URL_, evidence, ctx).verdict).toBe('live');
  });

  it('moved: a redirect to another page, with the target', async () => {
    const target = 'https://www.uil.unesco.org/en/learning-cities/meetings/2020';
    const { result } = await check({
      [`* ${URL_}`]: { status: 200, redirectTo: target, body: page('Learning cities meetings') },
    });
    expect(result).toMatchObject({ verdict: 'moved', reason: 'redirected-elsewhere', finalUrl: target });
  });

  it('http → https, www. and a trailing slash are the same page, not a move', () => {
    expect(samePage('http://uil.unesco.org/event/x', 'https://www.uil.unesco.org/event/x/')).toBe(true);
    expect(samePage('https://uil.unesco.org/event/x', 'https://uil.unesco.org/event/y')).toBe(false);
  });

  it.each([
    ['https://en.unesco.org/events/x', 'https://www.unesco.org/en', true],
    ['https://en.unesco.org/events/x', 'https://www.unesco.org/', true],
    ['https://en.unesco.org/events/x', 'https://www.unesco.org/fr/index.html', true],
    ['https://en.unesco.org/events/x', 'https://www.unesco.org/en/events', false],
    ['https://www.unesco.org/', 'https://www.unesco.org/en', false],
  ])('root redirect %s → %s: %s', (from, to, expected) => {
    expect(isRootRedirect(from, to)).toBe(expected);
  });

  it('soft 404: a deep page redirected to the home page', async () => {
    const { result } = await check({
      [`* ${URL_}`]: { status: 200, redirectTo: 'https://www.uil.unesco.org/en', body: page('UIL') },
    });
    expect(result).toMatchObject({ verdict: 'soft-404', reason: 'redirect-to-root' });
  });

  it('soft 404: redirected to an error page', async () => {
    const { result } = await check({
      [`* ${URL_}`]: { status: 200, redirectTo: 'https://uil.unesco.org/404.html', body: page('UIL') },
    });
    expect(result).toMatchObject({ verdict: 'soft-404', reason: 'redirect-to-error-page' });
  });

  it.each(['Page not found | UNESCO', 'Page introuvable', 'Página no encontrada', 'Страница не найдена', '页面不存在'])(
    'soft 404: a 200 page titled “%s”',
    async (title) => {
      const { result } = await check({
        [`HEAD ${URL_}`]: { status: 200 },
        [`GET ${URL_}`]: { status: 200, body: page(title) },
      });
      expect(result).toMatchObject({ verdict: 'soft-404', reason: 'error-page-text' });
    },
  );

  it('soft 404: the site answers an address that cannot exist the same way', async () => {
    const { result } = await check(
      { [`* ${URL_}`]: { status: 200, redirectTo: 'https://uil.unesco.org/events', body: page('Events') } },
      URL_,
      { missingPage: { status: 200, finalUrl: 'https://uil.unesco.org/events', title: 'Events' } },
    );
    expect(result).toMatchObject({ verdict: 'soft-404', reason: 'same-as-missing-page' });
  });

  it.each([
    [404, 'gone', 'not-found'],
    [410, 'gone', 'not-found'],
    [403, 'blocked', 'forbidden'],
    [401, 'blocked', 'forbidden'],
    [429, 'blocked', 'rate-limited'],
    [500, 'unreachable', 'server-error'],
    [502, 'unreachable', 'server-error'],
    [400, 'blocked', 'cannot-tell-status'],
  ])('HTTP %i is %s (%s)', async (status, verdict, reason) => {
    const { result } = await check({ [`* ${URL_}`]: { status, body: page('x y') } });
    expect(result).toMatchObject({ verdict, reason });
  });

  it('a bot wall served with 200 or 503 is "can’t tell", never dead or live', async () => {
    expect((await check({ [`* ${URL_}`]: { status: 200, body: page('Just a moment...') } })).result).toMatchObject({
      verdict: 'blocked',
      reason: 'bot-wall',
    });
    expect(
      (await check({ [`* ${URL_}`]: { status: 503, body: page('Attention Required! | Cloudflare') } })).result,
    ).toMatchObject({ verdict: 'blocked', reason: 'bot-wall' });
  });

  it('a 429 is not asked again with GET, and keeps its Retry-After', async () => {
    const { result, fetch } = await check({ [`HEAD ${URL_}`]: { status: 429, headers: { 'retry-after': '30' } } });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ verdict: 'blocked', reason: 'rate-limited' });
    expect(result.steps[0]?.retryAfterSeconds).toBe(30);
  });

  it('DNS failure is gone; another network error or a timeout is unreachable', async () => {
    const fetch = web({ [`* ${URL_}`]: new TypeError('Failed to fetch') });
    const dns = await probeUrl(URL_, { fetch, netError: () => Promise.resolve('name-not-resolved') });
    expect(judgeLink(URL_, dns, ctx)).toMatchObject({ verdict: 'gone', reason: 'dns' });
    expect(fetch).toHaveBeenCalledTimes(1);
    const refused = await probeUrl(URL_, { fetch });
    expect(judgeLink(URL_, refused, ctx)).toMatchObject({ verdict: 'unreachable', reason: 'network' });
    const hanging: FetchLike = (_, init) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
      );
    const slow = await probeUrl(URL_, { fetch: hanging, timeoutMs: 20 });
    expect(judgeLink(URL_, slow, ctx)).toMatchObject({ verdict: 'unreachable', reason: 'timeout' });
    expect(slow.steps).toHaveLength(1);
  });

  it('a cancelled check throws rather than inventing a verdict', async () => {
    const controller = new AbortController();
    const hanging: FetchLike = (_, init) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
      );
    const pending = probeUrl(URL_, { fetch: hanging, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });
});

describe('meeting links', () => {
  it('a Zoom registration of an event that is over has expired; one for a future event cannot be verified', () => {
    const zoom = 'https://zoom.us/meeting/register/tJIvce-uqT0pHNT2KJjq94ZM0cGcr-6unZni';
    expect(judgeMeetingLink(zoom, ctx)).toMatchObject({ verdict: 'expired', reason: 'meeting-over', steps: [] });
    expect(judgeMeetingLink(zoom, { ...ctx, eventEndMs: NOW + 86_400_000 })).toMatchObject({
      verdict: 'blocked',
      reason: 'meeting-cannot-verify',
    });
    expect(judgeMeetingLink('https://unesco.zoom.us/webinar/register/WN_abc', ctx)?.verdict).toBe('expired');
    expect(judgeMeetingLink('https://teams.microsoft.com/l/meetup-join/19%3ameeting', ctx)?.verdict).toBe('expired');
    expect(judgeMeetingLink('https://zoom.us/pricing', ctx)).toBeNull();
  });
});

describe('pageSignals', () => {
  it('reads the title and heading of an HTML prefix, entities decoded, tags dropped', () => {
    expect(
      pageSignals('<title>Caf&eacute; &amp; <b>Co</b> &#8211; x</title><h1 class="a">Hello <span>world</span></h1>'),
    ).toEqual({
      title: 'Caf&eacute; & Co – x',
      heading: 'Hello world',
    });
    expect(pageSignals('<p>nothing</p>')).toEqual({ title: null, heading: null });
  });
});
