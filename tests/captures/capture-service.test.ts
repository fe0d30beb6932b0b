import { describe, expect, it, vi } from 'vitest';
import {
  CAPTURES_TTL_MS,
  DEFAULT_CAPTURE_SETTINGS,
  capturesForPage,
  sourcesForPage,
  type Backoff,
  type CaptureStore,
} from '../../utils/captures/capture-service';
import type { CaptureList } from '../../utils/captures/capture';
import type { FetchLike } from '../../utils/captures/fetch-captures';
import { fixtureRecord } from '../helpers/records';

const page = fixtureRecord('seed').page;
const IA_CDX = `[["timestamp","original","statuscode"],\n["20201117093512","${page.originalUrl}","200"]]\n`;

function memoryStore(): CaptureStore & { lists: Map<string, { list: CaptureList; savedAt: number }> } {
  const lists = new Map<string, { list: CaptureList; savedAt: number }>();
  const backoffs = new Map<string, Backoff>();
  return {
    lists,
    getCached: (id, url) => Promise.resolve(lists.get(`${id} ${url}`) ?? null),
    putCached: (list, savedAt) => {
      lists.set(`${list.archiveId} ${list.originalUrl}`, { list, savedAt });
      return Promise.resolve();
    },
    getBackoff: (id) => Promise.resolve(backoffs.get(id) ?? null),
    putBackoff: (id, b) => {
      if (b) backoffs.set(id, b);
      else backoffs.delete(id);
      return Promise.resolve();
    },
  };
}

/** The Internet Archive answering with `ia`, UNESCO's archive with an empty TimeMap. */
function archives(ia: () => Response): FetchLike & ReturnType<typeof vi.fn> {
  return vi.fn((url: string) =>
    Promise.resolve(url.startsWith('https://web.archive.org/') ? ia() : new Response('', { status: 404 })),
  ) as never;
}

const iaCalls = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls.filter(([url]) => String(url).startsWith('https://web.archive.org/')).length;

describe('capturesForPage', () => {
  it('asks the tab’s archive and the Internet Archive once, then answers from the cache until it is old', async () => {
    const store = memoryStore();
    const fetch = archives(() => new Response(IA_CDX));
    let now = Date.UTC(2026, 11, 1);
    const options = { fetch, store, settings: DEFAULT_CAPTURE_SETTINGS, now: () => now };
    const first = await capturesForPage(page, options);
    expect(first.map((r) => r.ok && r.list.archiveId)).toEqual(['unesco', 'internet-archive']);
    expect(first.map((r) => r.ok && r.cached)).toEqual([false, false]);
    expect(fetch).toHaveBeenCalledTimes(2);

    now += 60_000;
    const second = await capturesForPage(page, options);
    expect(second.map((r) => r.ok && r.cached)).toEqual([true, true]);
    expect(fetch).toHaveBeenCalledTimes(2);

    now += CAPTURES_TTL_MS;
    await capturesForPage(page, options);
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('leaves an archive that said 429 alone until its Retry-After has passed, and backs off further on repeats', async () => {
    const store = memoryStore();
    const fetch = archives(() => new Response('slow down', { status: 429, headers: { 'retry-after': '120' } }));
    let now = Date.UTC(2026, 11, 1);
    const options = { fetch, store, settings: DEFAULT_CAPTURE_SETTINGS, now: () => now };
    const [, ia] = await capturesForPage(page, options);
    expect(ia).toMatchObject({ ok: false, error: { kind: 'busy', retryAfterSeconds: 120 } });

    now += 30_000;
    const [, again] = await capturesForPage(page, { ...options, refresh: true });
    expect(again).toMatchObject({ ok: false, error: { kind: 'busy', retryAfterSeconds: 90 } });
    expect(iaCalls(fetch)).toBe(1);

    now += 91_000;
    await capturesForPage(page, options);
    expect(iaCalls(fetch)).toBe(2);
    // Second 429 in a row: at least 2 minutes even though the archive said 120 s.
    const backoff = await store.getBackoff('internet-archive');
    expect(backoff?.strikes).toBe(2);
    expect((backoff?.until ?? 0) - now).toBeGreaterThanOrEqual(120_000);
  });

  it('does not ask again right after a failure, and says what the failure was', async () => {
    const store = memoryStore();
    const fetch = archives(() => new Response('<html>challenge</html>'));
    const now = Date.UTC(2026, 11, 1);
    const options = { fetch, store, settings: DEFAULT_CAPTURE_SETTINGS, now: () => now };
    await capturesForPage(page, options);
    const [, ia] = await capturesForPage(page, options);
    expect(ia).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    expect(iaCalls(fetch)).toBe(1);
  });

  it('follows the settings, and says when an archive publishes no index Event Lens can read', async () => {
    expect(sourcesForPage(page, { askTabArchive: false, askInternetArchive: true }).map((s) => s.archiveId)).toEqual([
      'internet-archive',
    ]);
    expect(sourcesForPage(page, { askTabArchive: true, askInternetArchive: false }).map((s) => s.archiveId)).toEqual([
      'unesco',
    ]);
    expect(sourcesForPage({ ...page, archive: null }, DEFAULT_CAPTURE_SETTINGS).map((s) => s.archiveId)).toEqual([
      'internet-archive',
    ]);
    const loc = { ...page, archive: { id: 'loc', name: 'Library of Congress Web Archives', collection: null } };
    const fetch = archives(() => new Response(IA_CDX));
    const [first] = await capturesForPage(loc, {
      fetch,
      store: memoryStore(),
      settings: DEFAULT_CAPTURE_SETTINGS,
      now: () => 0,
    });
    expect(first).toMatchObject({ ok: false, archiveId: 'loc', error: { kind: 'no-index' } });
  });
});
