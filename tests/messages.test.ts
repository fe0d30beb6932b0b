import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../entrypoints/background/handlers';
import { dispatchMessage, isAllowedSender, parseReply, RequestSchema, type SenderInfo } from '../utils/messages';
import { fixturePageSource } from './helpers/records';

const own = { id: 'event-lens-id', origin: 'chrome-extension://event-lens-id/' };
const contentScript: SenderInfo = {
  id: own.id,
  url: 'https://webarchive.unesco.org/web/2020/https://uil.unesco.org/event/x',
  tab: { id: 7 },
};
const popup: SenderInfo = { id: own.id, url: `${own.origin}popup.html` };

describe('message protocol', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('round-trips a content script’s candidate into the popup through the real handlers', async () => {
    const original = 'https://uil.unesco.org/event/x';
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: fixturePageSource('seed', contentScript.url ?? '') },
    ] as never);
    const stored = await dispatchMessage(
      RequestSchema.parse({ type: 'page:candidate' }),
      contentScript,
      own,
      handlers,
      contentScript,
    );
    expect(stored).toEqual({ ok: true, data: { stored: true } });
    const fetch = vi.fn((url: string) =>
      Promise.resolve(
        url.startsWith('https://web.archive.org/cdx/')
          ? new Response(`[["timestamp","original","statuscode"],\n["20201117093512","${original}","200"]]`)
          : new Response('', { status: 404 }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const answer = parseReply(
      'captures:get',
      await dispatchMessage({ type: 'captures:get', tabId: 7, refresh: false }, popup, own, handlers, popup),
    );
    // The page asked about is the one the background read for tab 7: its own archive's TimeMap and the IA CDX.
    expect(fetch.mock.calls.map(([url]) => url.split('?')[0])).toEqual([
      `https://webarchive.unesco.org/web/timemap/link/${original}`,
      'https://web.archive.org/cdx/search/cdx',
    ]);
    expect(answer?.ok && answer.data.results.map((r) => (r.ok ? r.list.captures.length : r.error.kind))).toEqual([
      0, 1,
    ]);
  });

  it('answers no captures for a tab nothing was reported for, without asking anyone', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const answer = await dispatchMessage(
      { type: 'captures:get', tabId: 99, refresh: false },
      popup,
      own,
      handlers,
      popup,
    );
    expect(answer).toEqual({ ok: true, data: { results: [] } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'link:fetch', url: 'http://192.168.0.1/' }],
    ['a string', 'page:candidate'],
    ['null', null],
    ['a candidate with something smuggled in', { type: 'page:candidate', url: 'http://192.168.0.1/' }],
    ['a record pushed by a content script', { type: 'page:analysed', record: {} }],
    ['a negative tab id', { type: 'captures:get', tabId: -1, refresh: false }],
    [
      'an address to fetch smuggled into a captures request',
      { type: 'captures:get', tabId: 1, refresh: false, url: 'http://10.0.0.1/' },
    ],
  ])('rejects %s as a bad request', async (_name, raw) => {
    expect(await dispatchMessage(raw, popup, own, handlers, popup)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('refuses a content script asking the background to query archives', async () => {
    const answer = await dispatchMessage(
      { type: 'captures:get', tabId: 3, refresh: true },
      contentScript,
      own,
      handlers,
      contentScript,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses messages from other extensions and from web pages', () => {
    expect(isAllowedSender('page:candidate', { ...contentScript, id: 'someone-else' }, own.id, own.origin)).toBe(false);
    expect(isAllowedSender('captures:get', { id: own.id, url: 'https://evil.example/' }, own.id, own.origin)).toBe(
      false,
    );
    expect(isAllowedSender('page:candidate', popup, own.id, own.origin)).toBe(false);
  });

  it('lets only the extension’s pages ask for a tab to be read (a page could otherwise have any tab read)', async () => {
    expect(isAllowedSender('page:read', popup, own.id, own.origin)).toBe(true);
    const answer = await dispatchMessage({ type: 'page:read', tabId: 3 }, contentScript, own, handlers, contentScript);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(parseReply('page:read', answer)).toEqual(answer);
    expect(parseReply('page:read', { ok: true, data: { stored: 'yes' } })).toBeNull();
    expect(RequestSchema.safeParse({ type: 'page:read', tabId: 3, url: 'https://x.example/' }).success).toBe(false);
  });
});
