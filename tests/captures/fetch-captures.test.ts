import { describe, expect, it, vi } from 'vitest';
import { INTERNET_ARCHIVE_SOURCE, captureSourceFor } from '../../utils/captures/capture-sources';
import { fetchCaptures, retryAfterSeconds, type FetchLike } from '../../utils/captures/fetch-captures';

const ORIGINAL = 'https://uil.unesco.org/event/unesco-learning-cities';
const NOW = new Date(Date.UTC(2026, 11, 1, 12));
const CDX = `[["timestamp","original","statuscode","mimetype"],\n["20201205001600","${ORIGINAL}","200","text/html"]]\n`;

function answer(body: string | ReadableStream<Uint8Array>, init: ResponseInit = {}): FetchLike {
  return vi.fn(() => Promise.resolve(new Response(body, init)));
}

describe('fetchCaptures', () => {
  it('asks the Internet Archive’s CDX server the recommended query and reads the answer', async () => {
    const fetch = answer(CDX, { headers: { 'content-type': 'application/json' } });
    const result = await fetchCaptures(INTERNET_ARCHIVE_SOURCE, ORIGINAL, { fetch, now: NOW });
    const [url, init] = (fetch as ReturnType<typeof vi.fn>).mock.calls[0] as [string, RequestInit];
    expect(url).toBe(
      `https://web.archive.org/cdx/search/cdx?url=${encodeURIComponent(ORIGINAL)}&output=json` +
        '&fl=timestamp,original,statuscode,mimetype&filter=!statuscode:[45]..&collapse=digest&limit=10001',
    );
    expect(init.credentials).toBe('omit');
    expect(result).toEqual({
      ok: true,
      cached: false,
      list: {
        archiveId: 'internet-archive',
        archiveName: 'Internet Archive',
        originalUrl: ORIGINAL,
        captures: [
          { timestamp: '20201205001600', url: `https://web.archive.org/web/20201205001600/${ORIGINAL}`, status: 200 },
        ],
        truncated: false,
        fetchedAt: NOW.toISOString(),
      },
    });
  });

  it('reads a body that arrives in many small pieces', async () => {
    const bytes = new TextEncoder().encode(CDX);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 5) controller.enqueue(bytes.slice(i, i + 5));
        controller.close();
      },
    });
    const result = await fetchCaptures(INTERNET_ARCHIVE_SOURCE, ORIGINAL, { fetch: answer(stream), now: NOW });
    expect(result.ok && result.list.captures).toHaveLength(1);
  });

  it('turns a 429 into "busy" with the seconds the archive asked for', async () => {
    const result = await fetchCaptures(INTERNET_ARCHIVE_SOURCE, ORIGINAL, {
      fetch: answer('Too Many Requests', { status: 429, headers: { 'retry-after': '42' } }),
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      archiveId: 'internet-archive',
      archiveName: 'Internet Archive',
      error: { kind: 'busy', retryAfterSeconds: 42 },
    });
  });

  it('reports an HTML challenge page where JSON was expected', async () => {
    const result = await fetchCaptures(INTERNET_ARCHIVE_SOURCE, ORIGINAL, {
      fetch: answer('<!DOCTYPE html><html><title>Session Verification</title>', {
        headers: { 'content-type': 'text/html' },
      }),
      now: NOW,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
  });

  it('reports HTTP errors, an unreachable archive and a timeout as different things', async () => {
    expect(
      await fetchCaptures(INTERNET_ARCHIVE_SOURCE, ORIGINAL, { fetch: answer('oops', { status: 502 }), now: NOW }),
    ).toMatchObject({ ok: false, error: { kind: 'http', status: 502 } });
    const offline: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchCaptures(INTERNET_ARCHIVE_SOURCE, ORIGINAL, { fetch: offline, now: NOW })).toMatchObject({
      ok: false,
      error: { kind: 'unreachable', detail: 'Failed to fetch' },
    });
    const hanging: FetchLike = (_, init) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    expect(
      await fetchCaptures(INTERNET_ARCHIVE_SOURCE, ORIGINAL, { fetch: hanging, timeoutMs: 20, now: NOW }),
    ).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });

  it('times out a server that sends the headers and then the body too slowly (slow loris)', async () => {
    const slow: FetchLike = (_, init) =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('[["timestamp","original"],\n'));
              init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
            },
          }),
        ),
      );
    expect(
      await fetchCaptures(INTERNET_ARCHIVE_SOURCE, ORIGINAL, { fetch: slow, timeoutMs: 20, now: NOW }),
    ).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });

  it('reads a TimeMap’s 404 as "no captures" (RFC 7089), and queries the archive the page came from', async () => {
    const source = captureSourceFor({ id: 'archive-it', name: 'Archive-It', collection: null }, 'https://x/');
    if (!source) throw new Error('no source');
    const result = await fetchCaptures(source, ORIGINAL, { fetch: answer('', { status: 404 }), now: NOW });
    expect(result).toMatchObject({ ok: true, list: { captures: [] } });
  });
});

describe('captureSourceFor', () => {
  it('knows the built-in archives’ indexes and a user’s pywb collection, and nothing else', () => {
    expect(
      captureSourceFor({ id: 'unesco', name: 'UNESCO Web Archive', collection: null }, 'https://x/')?.queryUrl(
        ORIGINAL,
      ),
    ).toBe(`https://webarchive.unesco.org/web/timemap/link/${ORIGINAL}`);
    const pywb = captureSourceFor(
      { id: 'pywb:localhost:8080', name: 'localhost:8080', collection: { id: 'my-web' } },
      'http://localhost:8080/my-web/20201206072020mp_/https://uil.unesco.org/event/x',
    );
    expect(pywb?.queryUrl(ORIGINAL)).toBe(
      `http://localhost:8080/my-web/cdx?url=${encodeURIComponent(ORIGINAL)}&output=json&limit=10001`,
    );
    expect(pywb?.replayUrl('20201206072020', ORIGINAL)).toBe(`http://localhost:8080/my-web/20201206072020/${ORIGINAL}`);
    expect(captureSourceFor({ id: 'loc', name: 'LoC', collection: null }, 'https://x/')).toBeNull();
    expect(captureSourceFor({ id: 'archive-today', name: 'archive.today', collection: null }, 'https://x/')).toBeNull();
  });
});

describe('retryAfterSeconds', () => {
  it.each([
    ['120', 120],
    ['Tue, 01 Dec 2026 12:01:30 GMT', 90],
    ['Tue, 01 Dec 2026 11:00:00 GMT', 0],
    ['soon', 60],
    [null, 60],
    ['99999999', 86400],
  ])('reads %s', (header, seconds) => {
    expect(retryAfterSeconds(header, NOW)).toBe(seconds);
  });
});
