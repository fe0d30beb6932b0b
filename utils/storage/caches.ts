/**
 * Answers kept to avoid asking again: archives' capture lists per archive and page (docs/capture-indexes.md, "Who may
 * ask, and how often": CDX answers for hours, the most recent `MAX_CACHED_LISTS` kept by an index), link verdicts per
 * address, and the archives' backoffs (session storage, so a restarted worker honours them too).
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { CaptureErrorSchema, CaptureListSchema } from '../captures/capture';
import type { CaptureStore } from '../captures/capture-service';
import { LinkResultSchema, type LinkResult } from '../links/link-check-types';
import { readValid, validatedItem } from './validated-item';

const CachedCapturesSchema = z.object({ version: z.literal(1), savedAt: z.number(), list: CaptureListSchema });
const CacheIndexSchema = z.array(z.object({ key: z.string(), savedAt: z.number() }));
const BackoffSchema = z.object({ until: z.number(), strikes: z.number(), error: CaptureErrorSchema });
const MAX_CACHED_LISTS = 40;
const CACHE_INDEX = 'local:captures-index' as const;
const capturesKey = (archiveId: string, originalUrl: string) => `local:captures:${archiveId} ${originalUrl}` as const;
const backoffKey = (archiveId: string) => `session:archive-backoff:${archiveId}` as const;

const readIndex = async () =>
  readValid(CacheIndexSchema, await storage.getItem(CACHE_INDEX), [], 'capture cache index');

export const captureStore: CaptureStore = {
  async getCached(archiveId, originalUrl) {
    const raw = await storage.getItem(capturesKey(archiveId, originalUrl));
    if (raw === null) return null;
    const parsed = CachedCapturesSchema.safeParse(raw);
    if (!parsed.success) {
      console.warn(`Event Lens: dropping an unreadable cached capture list (${archiveId})`);
      await storage.removeItem(capturesKey(archiveId, originalUrl));
      return null;
    }
    return { list: parsed.data.list, savedAt: parsed.data.savedAt };
  },
  async putCached(list, savedAt) {
    const key = capturesKey(list.archiveId, list.originalUrl);
    const index = [...(await readIndex()).filter((e) => e.key !== key), { key, savedAt }];
    const dropped = index.slice(0, Math.max(0, index.length - MAX_CACHED_LISTS));
    if (dropped.length > 0) await storage.removeItems(dropped.map((e) => e.key as `local:${string}`));
    await storage.setItems([
      { key, value: { version: 1, savedAt, list } },
      { key: CACHE_INDEX, value: index.slice(dropped.length) },
    ]);
  },
  async getBackoff(archiveId) {
    return readValid(BackoffSchema, await storage.getItem(backoffKey(archiveId)), null, 'archive backoff');
  },
  async putBackoff(archiveId, backoff) {
    if (backoff) await storage.setItem(backoffKey(archiveId), backoff);
    else await storage.removeItem(backoffKey(archiveId));
  },
};

/**
 * Link verdicts, cached per address in local storage (6 hours, checked by the checker), at most
 * `MAX_CACHED_LINKS`, oldest dropped. One item: verdicts are small.
 */
const MAX_CACHED_LINKS = 2000;
export const linkResultsItem = validatedItem(
  'local:link-results',
  z.record(z.string().check(z.maxLength(4096)), LinkResultSchema),
  { fallback: {}, version: 1, what: 'cached link verdicts' },
);

/** Writes one after another: a check finishes several addresses at once, and each write reads the whole item. */
let linkCacheWrites: Promise<void> = Promise.resolve();

export const linkResultCache = {
  async get(url: string): Promise<LinkResult | null> {
    return (await linkResultsItem.load())[url] ?? null;
  },
  put(result: LinkResult): Promise<void> {
    linkCacheWrites = linkCacheWrites
      .then(async () => {
        const others = Object.entries(await linkResultsItem.load()).filter(([url]) => url !== result.url);
        const kept = [...others, [result.url, result] as const].slice(-MAX_CACHED_LINKS);
        await linkResultsItem.setValue(Object.fromEntries(kept));
      })
      // A verdict that could not be kept (storage full) is only asked again next time: nothing is lost.
      .catch(() => undefined);
    return linkCacheWrites;
  },
};

/** Forgets every cached answer (capture lists, link verdicts, archives' backoffs); settings and events stay. */
export async function clearCachedData(): Promise<void> {
  const keys = (await readIndex()).map((e) => e.key as `local:${string}`);
  await storage.removeItems([...keys, CACHE_INDEX, linkResultsItem.key]);
  const session = await browser.storage.session.get(null);
  await browser.storage.session.remove(Object.keys(session).filter((k) => k.startsWith('archive-backoff:')));
}
