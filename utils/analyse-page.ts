/**
 * Everything Event Lens knows about a tab's page: which archive and capture it is, whether the original is a
 * UNESCO page, and the event it holds. Pure: the document and the tab URL in, a record out.
 */
import { archiveById, parseCaptureUrl } from './archives/registry';
import type { ArchiveDefinition, CaptureUrl } from './archives/archive-definition';
import type { MementoInfo } from './archives/memento-headers';
import { readServedCapture } from './detect/served-capture';
import { isLikelyEventPath, isUnescoHost } from './detect/unesco-site';
import type { EventRecord, PageInfo, Warning } from './event-record';
import { RECORD_SCHEMA_VERSION } from './record-limits';
import { extractEvent } from './extract/event-page';
import { placeRecordZones } from './extract/place-zone';
import { archiveTimestampToIso } from './time/timestamp';
import { warning } from './warnings/english';

function languageOf(doc: Document, original: URL): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(lang)) return lang;
  return /^\/(en|fr|es|ar|ru|zh)(?:\/|$)/.exec(original.pathname)?.[1] ?? null;
}

/** A capture whose address does not name the original (archive.today short ids), completed from the page. */
function completeCapture(
  capture: CaptureUrl | null,
  doc: Document,
  extra: readonly ArchiveDefinition[],
): CaptureUrl | null {
  if (!capture || capture.originalUrl !== null) return capture;
  const fromPage = archiveById(capture.archiveId, extra)?.readCaptureFromPage?.(doc);
  return fromPage ? { ...capture, ...fromPage } : capture;
}

/** A capture known only from its response headers (an archive host the user added, or proxy-mode replay). */
function captureFromMemento(tabUrl: URL, memento: MementoInfo): CaptureUrl {
  return {
    archiveId: `memento:${tabUrl.host}`,
    archiveName: tabUrl.host,
    originalUrl: memento.originalUrl,
    timestamp: null,
    modifier: '',
    collectionId: null,
  };
}

function describePage(doc: Document, tabUrl: URL, capture: CaptureUrl | null, memento: MementoInfo | null): PageInfo {
  const original = new URL(capture?.originalUrl ?? tabUrl.href);
  const warnings: Warning[] = [];
  const served = memento
    ? { capturedAt: memento.capturedAt, source: 'memento-header', collectionName: null, collectionId: null }
    : capture
      ? readServedCapture(doc)
      : null;
  const requestedIso = capture?.timestamp ? archiveTimestampToIso(capture.timestamp) : null;
  if (capture && capture.originalUrl === null)
    warnings.push(warning('capture-address-unknown'));
  if (served && requestedIso && capture?.timestamp?.length === 14 && served.capturedAt !== requestedIso) {
    warnings.push(warning('served-other-capture', { requested: requestedIso, served: served.capturedAt }));
  }
  const collectionName = served?.collectionName ?? null;
  const collectionId = capture?.collectionId ?? served?.collectionId ?? collectionName;
  return {
    url: tabUrl.href,
    originalUrl: original.href,
    archive: capture && {
      id: capture.archiveId,
      name: capture.archiveName,
      collection: collectionId !== null ? { id: collectionId, name: collectionName } : null,
    },
    captureTimestamp: capture?.timestamp ?? null,
    capturedAt: served?.capturedAt ?? (capture?.timestamp?.length === 14 ? requestedIso : null),
    capturedAtSource: served?.source ?? (capture?.timestamp?.length === 14 && requestedIso ? 'url' : null),
    language: languageOf(doc, original),
    site: original.hostname,
    isUnesco: isUnescoHost(original.hostname),
    warnings,
  };
}

export type AnalyseOptions = {
  /** Archives the user added (their own pywb). */
  extraArchives?: readonly ArchiveDefinition[];
  /** What the response's Memento headers said, when the background saw them. */
  memento?: MementoInfo | null;
  /**
   * Leave the events' times unplaced (`placeRecordZones` does it later): the injected extractor, whose fresh
   * script context would pay 50-100 ms for the browser's first use of its time-zone data.
   */
  deferZones?: boolean;
};

/**
 * The full record for a page: its description and, on UNESCO pages, the event. Never throws: a document the
 * DOM itself cannot walk (nesting deeper than its selector engine recurses) gives a record that says so.
 */
export function analysePage(doc: Document, tabUrl: URL, options: AnalyseOptions = {}): EventRecord {
  try {
    const record = analyseDocument(doc, tabUrl, options);
    return options.deferZones ? record : placeRecordZones(record);
  } catch (err) {
    const capture = parseCaptureUrl(tabUrl, options.extraArchives ?? []);
    const original = new URL(capture?.originalUrl ?? tabUrl.href);
    return {
      schemaVersion: RECORD_SCHEMA_VERSION,
      page: {
        url: tabUrl.href,
        originalUrl: original.href,
        archive: capture && { id: capture.archiveId, name: capture.archiveName, collection: null },
        captureTimestamp: capture?.timestamp ?? null,
        capturedAt: null,
        capturedAtSource: null,
        language: null,
        site: original.hostname,
        isUnesco: isUnescoHost(original.hostname),
        warnings: [],
      },
      event: null,
      noEvent: {
        code: 'unreadable',
        message: `Event Lens could not read this page (${err instanceof Error ? err.message.slice(0, 200) : 'malformed document'}).`,
      },
    };
  }
}

function analyseDocument(doc: Document, tabUrl: URL, options: AnalyseOptions): EventRecord {
  const extra = options.extraArchives ?? [];
  const memento = options.memento ?? null;
  const fromUrl = completeCapture(parseCaptureUrl(tabUrl, extra), doc, extra);
  const capture = fromUrl ?? (memento && captureFromMemento(tabUrl, memento));
  const page = describePage(doc, tabUrl, capture, memento);
  if (!page.isUnesco) {
    return {
      schemaVersion: RECORD_SCHEMA_VERSION,
      page,
      event: null,
      noEvent: { code: 'not-unesco', message: `${page.site} is not a UNESCO site.` },
    };
  }
  const result = extractEvent(doc, {
    pageUrl: tabUrl.href,
    originalUrl: page.originalUrl,
    site: page.site,
    eventPath: isLikelyEventPath(new URL(page.originalUrl)),
    captureYear: page.capturedAt ? Number(page.capturedAt.slice(0, 4)) : null,
    captureDate: page.capturedAt ? page.capturedAt.slice(0, 10) : null,
  });
  if (!result.ok) return { schemaVersion: RECORD_SCHEMA_VERSION, page, event: null, noEvent: result.reason };
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    page,
    event: result.event,
    ...(result.events.length > 1 && { events: result.events }),
    noEvent: null,
  };
}
