/**
 * Every storage item Event Lens keeps, versioned and validated on read: old or corrupted entries are
 * reported and treated as absent, never trusted.
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { MementoInfo } from './archives/memento-headers';
import { CaptureErrorSchema, CaptureListSchema } from './captures/capture';
import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings, type CaptureStore } from './captures/capture-service';
import { CorrectionsSchema, type Corrections } from './corrections';
import {
  mergeImport,
  readSavedList,
  withoutSaved,
  withSaved,
  type SavedEvent,
  type SavedList,
} from './library/saved-events';
import { LinkResultSchema, type LinkResult } from './links/link-check-types';
import { EventRecordSchema, type EventRecord } from './event-record';

/**
 * The record each tab's content script reported, in session storage: the background service worker may
 * be stopped at any time (MV3), and session storage is cleared when the browser closes.
 */
export const StoredTabRecordSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  record: EventRecordSchema,
});
export type StoredTabRecord = z.infer<typeof StoredTabRecordSchema>;

const tabKey = (tabId: number) => `session:tab-record:${tabId}` as const;

export async function saveTabRecord(tabId: number, record: EventRecord, now: Date = new Date()): Promise<void> {
  const value: StoredTabRecord = { version: 1, savedAt: now.toISOString(), record };
  await storage.setItem(tabKey(tabId), value);
}

function readTabRecord(tabId: number, raw: unknown): EventRecord | null {
  if (raw === null || raw === undefined) return null;
  const parsed = StoredTabRecordSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn(`Event Lens: ignoring an unreadable stored record for tab ${tabId}`);
    return null;
  }
  return parsed.data.record;
}

export async function loadTabRecord(tabId: number): Promise<EventRecord | null> {
  return readTabRecord(tabId, await storage.getItem(tabKey(tabId)));
}

/**
 * Calls `onChange` with the tab's record whenever the background stores a new one (the page was still being
 * read when the popup opened, or it navigated). Returns the function that stops watching.
 */
export function watchTabRecord(tabId: number, onChange: (record: EventRecord | null) => void): () => void {
  return storage.watch(tabKey(tabId), (raw) => onChange(readTabRecord(tabId, raw)));
}

export async function removeTabRecord(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

/**
 * The archive hosts the user added (their own pywb, an institution's archive), as origins
 * (`http://localhost:8080`). Each was granted host permission when it was added.
 */
export const UserArchivesSchema = z.object({
  origins: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(100)),
});
export type UserArchives = z.infer<typeof UserArchivesSchema>;

export const userArchivesItem = storage.defineItem<UserArchives>('local:user-archives', {
  fallback: { origins: [] },
  version: 1,
});

/** The user's archive origins, validated: a corrupted entry reads as none (and says so in the console). */
export async function loadUserArchiveOrigins(): Promise<string[]> {
  const parsed = UserArchivesSchema.safeParse(await userArchivesItem.getValue());
  if (!parsed.success) console.warn('Event Lens: ignoring an unreadable list of archive hosts');
  return parsed.success ? parsed.data.origins : [];
}

/** What a frame's response headers said about its capture, kept until the frame's content script asks. */
const MementoSchema = z.object({
  originalUrl: z.string().check(z.maxLength(2000)),
  capturedAt: z.string().check(z.maxLength(40)),
});
const mementoKey = (tabId: number, frameId: number) => `session:memento:${tabId}:${frameId}` as const;

export async function saveMemento(tabId: number, frameId: number, memento: MementoInfo | null): Promise<void> {
  if (memento) await storage.setItem(mementoKey(tabId, frameId), memento);
  else await storage.removeItem(mementoKey(tabId, frameId));
}

/** Forgets every frame's Memento headers of a closed tab. */
export async function removeTabMementos(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(`memento:${tabId}:`));
  if (keys.length > 0) await browser.storage.session.remove(keys);
}

export async function loadMemento(tabId: number, frameId: number): Promise<MementoInfo | null> {
  const parsed = MementoSchema.safeParse(await storage.getItem(mementoKey(tabId, frameId)));
  return parsed.success ? parsed.data : null;
}

/**
 * The reader's display settings: their home zone (when it is not the browser's), extra zones, the clock.
 * Kept in `storage.sync`, so they follow the reader to their other browsers where the browser syncs.
 * Version 2 added `homeZone`; `migrations` bring a version-1 value forward.
 */
export const DisplaySettingsSchema = z.object({
  extraZones: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(12)),
  hourCycle: z.enum(['locale', 'h12', 'h23']),
  /** The zone shown as "your time"; `null`: the browser's. */
  homeZone: z.nullable(z.string().check(z.maxLength(64))),
});
export type DisplaySettings = z.infer<typeof DisplaySettingsSchema>;
export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = { extraZones: [], hourCycle: 'locale', homeZone: null };

/** Version 1 (before `homeZone`) → 2. Exported for the migration tests. */
export function migrateDisplaySettingsV1(v1: unknown): DisplaySettings {
  const old = (v1 ?? {}) as Partial<DisplaySettings>;
  return {
    extraZones: Array.isArray(old.extraZones) ? old.extraZones.filter((z) => typeof z === 'string').slice(0, 12) : [],
    hourCycle: old.hourCycle === 'h12' || old.hourCycle === 'h23' ? old.hourCycle : 'locale',
    homeZone: null,
  };
}

export const displaySettingsItem = storage.defineItem<DisplaySettings>('sync:display-settings', {
  fallback: DEFAULT_DISPLAY_SETTINGS,
  version: 2,
  migrations: { 2: migrateDisplaySettingsV1 },
});

/** The display settings, validated: an unreadable entry reads as the defaults. */
export async function loadDisplaySettings(): Promise<DisplaySettings> {
  const parsed = DisplaySettingsSchema.safeParse(await displaySettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_DISPLAY_SETTINGS;
}

/** What Event Lens does on the pages themselves, and whether links are checked without asking. */
export const PageSettingsSchema = z.object({
  /** The card and the time annotations on recognised event captures. */
  enrichment: z.boolean(),
  /** Sites (original hosts) where the reader turned the card off. */
  enrichmentOffSites: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(500)),
  /** Check links as soon as the popup opens (only once access to websites was granted). Off by default. */
  autoCheckLinks: z.boolean(),
});
export type PageSettings = z.infer<typeof PageSettingsSchema>;
export const DEFAULT_PAGE_SETTINGS: PageSettings = { enrichment: true, enrichmentOffSites: [], autoCheckLinks: false };

export const pageSettingsItem = storage.defineItem<PageSettings>('sync:page-settings', {
  fallback: DEFAULT_PAGE_SETTINGS,
  version: 1,
});

export async function loadPageSettings(): Promise<PageSettings> {
  const parsed = PageSettingsSchema.safeParse(await pageSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_PAGE_SETTINGS;
}

/**
 * Earlier versions kept the display and capture settings in local storage: copied to sync once (when sync has
 * none yet), then removed. Run by the background when the extension is installed or updated.
 */
export async function moveSettingsToSync(): Promise<void> {
  const moves = [
    { from: 'local:display-settings', to: displaySettingsItem, read: migrateDisplaySettingsV1 },
    {
      from: 'local:capture-settings',
      to: captureSettingsItem,
      read: (v: unknown) => {
        const parsed = CaptureSettingsSchema.safeParse(v);
        return parsed.success ? parsed.data : DEFAULT_CAPTURE_SETTINGS;
      },
    },
  ] as const;
  for (const move of moves) {
    const old = await storage.getItem(move.from);
    if (old === null) continue;
    const current = await storage.getItem(move.to.key);
    if (current === null) await (move.to.setValue as (v: unknown) => Promise<void>)(move.read(old));
    await storage.removeItem(move.from, { removeMeta: true });
  }
}

/** Forgets every cached answer (capture lists, link verdicts, archives' backoffs); settings and events stay. */
export async function clearCachedData(): Promise<void> {
  const parsedIndex = CacheIndexSchema.safeParse(await storage.getItem(CACHE_INDEX));
  const keys = (parsedIndex.success ? parsedIndex.data : []).map((e) => e.key as `local:${string}`);
  await storage.removeItems([...keys, CACHE_INDEX, 'local:link-results']);
  const session = await browser.storage.session.get(null);
  await browser.storage.session.remove(Object.keys(session).filter((k) => k.startsWith('archive-backoff:')));
}

/** The reader's corrections, by page (the original address), newest kept when there are too many. */
const CorrectionsByPageSchema = z.record(z.string().check(z.maxLength(2000)), CorrectionsSchema);
const MAX_CORRECTED_PAGES = 500;

export const correctionsItem = storage.defineItem<Record<string, Corrections>>('local:corrections', {
  fallback: {},
  version: 1,
});

export async function loadCorrections(pageUrl: string): Promise<Corrections | null> {
  const parsed = CorrectionsByPageSchema.safeParse(await correctionsItem.getValue());
  if (!parsed.success) console.warn('Event Lens: ignoring unreadable corrections');
  return parsed.success ? (parsed.data[pageUrl] ?? null) : null;
}

/** Saves (or, with `null`, forgets) the corrections of one page; the others are kept. */
export async function saveCorrections(pageUrl: string, corrections: Corrections | null): Promise<void> {
  const parsed = CorrectionsByPageSchema.safeParse(await correctionsItem.getValue());
  const others = Object.entries(parsed.success ? parsed.data : {}).filter(([url]) => url !== pageUrl);
  const mine: [string, Corrections][] =
    corrections && Object.keys(corrections).length > 0 ? [[pageUrl, corrections]] : [];
  const kept = [...others, ...mine].slice(-MAX_CORRECTED_PAGES);
  await correctionsItem.setValue(Object.fromEntries(kept));
}

/** Which archives the popup asks for other captures of a page. */
const CaptureSettingsSchema = z.object({ askTabArchive: z.boolean(), askInternetArchive: z.boolean() });

export const captureSettingsItem = storage.defineItem<CaptureSettings>('sync:capture-settings', {
  fallback: DEFAULT_CAPTURE_SETTINGS,
  version: 1,
});

export async function loadCaptureSettings(): Promise<CaptureSettings> {
  const parsed = CaptureSettingsSchema.safeParse(await captureSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_CAPTURE_SETTINGS;
}

/**
 * Archives' capture lists, cached in local storage per archive and page (PROTOCOLS.md C.8: cache CDX
 * answers for hours), with an index that keeps the most recent `MAX_CACHED_LISTS` and drops the rest.
 * Backoffs (an archive that said "busy", or failed) live in session storage.
 */
const CachedCapturesSchema = z.object({ version: z.literal(1), savedAt: z.number(), list: CaptureListSchema });
const CacheIndexSchema = z.array(z.object({ key: z.string(), savedAt: z.number() }));
const BackoffSchema = z.object({ until: z.number(), strikes: z.number(), error: CaptureErrorSchema });
const MAX_CACHED_LISTS = 40;
const CACHE_INDEX = 'local:captures-index' as const;
const capturesKey = (archiveId: string, originalUrl: string) => `local:captures:${archiveId} ${originalUrl}` as const;
const backoffKey = (archiveId: string) => `session:archive-backoff:${archiveId}` as const;

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
    const parsedIndex = CacheIndexSchema.safeParse(await storage.getItem(CACHE_INDEX));
    const index = [...(parsedIndex.success ? parsedIndex.data : []).filter((e) => e.key !== key), { key, savedAt }];
    const dropped = index.slice(0, Math.max(0, index.length - MAX_CACHED_LISTS));
    if (dropped.length > 0) await storage.removeItems(dropped.map((e) => e.key as `local:${string}`));
    await storage.setItems([
      { key, value: { version: 1, savedAt, list } },
      { key: CACHE_INDEX, value: index.slice(dropped.length) },
    ]);
  },
  async getBackoff(archiveId) {
    const parsed = BackoffSchema.safeParse(await storage.getItem(backoffKey(archiveId)));
    return parsed.success ? parsed.data : null;
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
const LinkCacheSchema = z.record(z.string().check(z.maxLength(4096)), LinkResultSchema);
const MAX_CACHED_LINKS = 2000;
const linkCacheItem = storage.defineItem<Record<string, LinkResult>>('local:link-results', {
  fallback: {},
  version: 1,
});

async function readLinkCache(): Promise<Record<string, LinkResult>> {
  const parsed = LinkCacheSchema.safeParse(await linkCacheItem.getValue());
  if (!parsed.success) console.warn('Event Lens: dropping unreadable cached link verdicts');
  return parsed.success ? parsed.data : {};
}

/** Writes one after another: a check finishes several addresses at once, and each write reads the whole item. */
let linkCacheWrites: Promise<void> = Promise.resolve();

export const linkResultCache = {
  async get(url: string): Promise<LinkResult | null> {
    return (await readLinkCache())[url] ?? null;
  },
  put(result: LinkResult): Promise<void> {
    linkCacheWrites = linkCacheWrites
      .then(async () => {
        const others = Object.entries(await readLinkCache()).filter(([url]) => url !== result.url);
        const kept = [...others, [result.url, result] as const].slice(-MAX_CACHED_LINKS);
        await linkCacheItem.setValue(Object.fromEntries(kept));
      })
      .catch(() => undefined);
    return linkCacheWrites;
  },
};

/**
 * The saved-events library (utils/library/saved-events.ts): one local item, versioned (WXT runs `migrations`
 * when `version` goes up); entries validated one by one on every read.
 */
type SavedEventsValue = { events: unknown[] };
export const savedEventsItem = storage.defineItem<SavedEventsValue>('local:saved-events', {
  fallback: { events: [] },
  version: 1,
});

async function rawSavedEvents(): Promise<unknown[]> {
  const value = (await savedEventsItem.getValue()) as unknown;
  const events = (value as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? (events as unknown[]) : [];
}

export async function loadSavedEvents(): Promise<SavedList> {
  return readSavedList(await rawSavedEvents());
}

/** `quota`: the browser's storage is full (nothing else changed); `full`: the library holds its maximum. */
export type SaveOutcome = 'saved' | 'full' | 'quota';

async function writeSaved(next: unknown[] | null): Promise<SaveOutcome> {
  if (next === null) return 'full';
  try {
    await savedEventsItem.setValue({ events: next });
    return 'saved';
  } catch (err) {
    if (err instanceof Error && /quota/i.test(err.message)) return 'quota';
    throw err;
  }
}

export async function saveEvent(record: EventRecord, now = Date.now()): Promise<SaveOutcome> {
  return writeSaved(withSaved(await rawSavedEvents(), { savedAt: now, record }));
}

export async function removeSavedEvents(urls: readonly string[]): Promise<void> {
  await savedEventsItem.setValue({ events: withoutSaved(await rawSavedEvents(), new Set(urls)) });
}

export async function importSavedEvents(events: readonly SavedEvent[]): Promise<SaveOutcome> {
  return writeSaved(mergeImport(await rawSavedEvents(), events));
}

/** Every page's corrections at once (the library shows many events). */
export async function loadAllCorrections(): Promise<Record<string, Corrections>> {
  const parsed = CorrectionsByPageSchema.safeParse(await correctionsItem.getValue());
  return parsed.success ? parsed.data : {};
}
