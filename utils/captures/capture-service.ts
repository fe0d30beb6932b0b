/**
 * Which archives to ask about a page's other captures, and whether to ask now: cached answers are used
 * while fresh, an archive that said "busy" (429) is left alone until its Retry-After has passed (doubling
 * on repeats), and one that failed is not asked again for a short while. So each popup opening makes at most
 * one request per archive, and none when the answer is cached. Storage and `fetch` are injected.
 */
import type { PageInfo } from '../event-record';
import type { ArchiveCaptures, CaptureError, CaptureList } from './capture';
import { INTERNET_ARCHIVE_SOURCE, captureSourceFor, type CaptureSource } from './capture-sources';
import { nearestCapture } from './capture-summary';
import { fetchCaptures, type FetchLike } from './fetch-captures';
import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from './capture-settings';

// The settings' schema lives in capture-settings.ts (storage validates it); named here too for the service's callers.
export { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings };

/** How long an archive's list of captures is reused. */
export const CAPTURES_TTL_MS = 6 * 3600 * 1000;
/** After a failure other than "busy", the archive is not asked again for this long. */
export const FAILURE_COOLDOWN_MS = 60 * 1000;
const MAX_BACKOFF_MS = 3600 * 1000;

export type Backoff = { until: number; strikes: number; error: CaptureError };

export type CaptureStore = {
  getCached(archiveId: string, originalUrl: string): Promise<{ list: CaptureList; savedAt: number } | null>;
  putCached(list: CaptureList, savedAt: number): Promise<void>;
  getBackoff(archiveId: string): Promise<Backoff | null>;
  putBackoff(archiveId: string, backoff: Backoff | null): Promise<void>;
};

export type CaptureServiceOptions = {
  fetch: FetchLike;
  store: CaptureStore;
  settings: CaptureSettings;
  now: () => number;
  /** Ignore the cache (the reader asked to refresh); an archive that asked us to wait is still not asked. */
  refresh?: boolean;
  timeoutMs?: number;
};

/** The archives to ask for a page: the one it was read from (when known and wanted), then the Internet Archive. */
export function sourcesForPage(
  page: PageInfo,
  settings: CaptureSettings,
): { archiveId: string; archiveName: string; source: CaptureSource | null }[] {
  const out: { archiveId: string; archiveName: string; source: CaptureSource | null }[] = [];
  if (page.archive && settings.askTabArchive) {
    out.push({
      archiveId: page.archive.id,
      archiveName: page.archive.name,
      source: captureSourceFor(page.archive, page.url),
    });
  }
  if (settings.askInternetArchive && !out.some((s) => s.archiveId === INTERNET_ARCHIVE_SOURCE.archiveId)) {
    out.push({ archiveId: 'internet-archive', archiveName: 'Internet Archive', source: INTERNET_ARCHIVE_SOURCE });
  }
  return out;
}

function backoffAfter(error: CaptureError, previous: Backoff | null, now: number): Backoff {
  if (error.kind !== 'busy') return { until: now + FAILURE_COOLDOWN_MS, strikes: 0, error };
  const strikes = (previous?.error.kind === 'busy' ? previous.strikes : 0) + 1;
  const doubled = Math.min(60_000 * 2 ** (strikes - 1), MAX_BACKOFF_MS);
  return { until: now + Math.max(error.retryAfterSeconds * 1000, doubled), strikes, error };
}

async function capturesFrom(
  entry: { archiveId: string; archiveName: string; source: CaptureSource | null },
  originalUrl: string,
  options: CaptureServiceOptions,
): Promise<ArchiveCaptures> {
  const { archiveId, archiveName, source } = entry;
  if (!source) return { ok: false, archiveId, archiveName, error: { kind: 'no-index' } };
  const now = options.now();
  if (!options.refresh) {
    const cached = await options.store.getCached(archiveId, originalUrl);
    if (cached && now - cached.savedAt < CAPTURES_TTL_MS) return { ok: true, list: cached.list, cached: true };
  }
  const backoff = await options.store.getBackoff(archiveId);
  if (backoff && backoff.until > now) {
    const error: CaptureError =
      backoff.error.kind === 'busy'
        ? { kind: 'busy', retryAfterSeconds: Math.ceil((backoff.until - now) / 1000) }
        : backoff.error;
    return { ok: false, archiveId, archiveName, error };
  }
  const result = await fetchCaptures(source, originalUrl, {
    fetch: options.fetch,
    now: new Date(now),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  });
  if (result.ok) {
    await options.store.putCached(result.list, now);
    if (backoff) await options.store.putBackoff(archiveId, null);
    return result;
  }
  const next = backoffAfter(result.error, backoff, now);
  await options.store.putBackoff(archiveId, next);
  return result.error.kind === 'busy'
    ? { ...result, error: { kind: 'busy', retryAfterSeconds: Math.ceil((next.until - now) / 1000) } }
    : result;
}

/** Every wanted archive's captures of the page, asked in parallel (one request each at most). */
export async function capturesForPage(page: PageInfo, options: CaptureServiceOptions): Promise<ArchiveCaptures[]> {
  return Promise.all(sourcesForPage(page, options.settings).map((s) => capturesFrom(s, page.originalUrl, options)));
}

/**
 * The good capture of `url` nearest `atMs` in the Internet Archive (through the same cache and backoff as the
 * popup's list), or `null` when there is none or the archive cannot be asked now.
 */
export async function nearestArchivedCopy(
  url: string,
  atMs: number,
  options: Omit<CaptureServiceOptions, 'settings' | 'refresh'>,
): Promise<string | null> {
  const entry = { archiveId: 'internet-archive', archiveName: 'Internet Archive', source: INTERNET_ARCHIVE_SOURCE };
  const answer = await capturesFrom(entry, url, { ...options, settings: DEFAULT_CAPTURE_SETTINGS });
  return answer.ok ? (nearestCapture(answer.list.captures, atMs)?.url ?? null) : null;
}
