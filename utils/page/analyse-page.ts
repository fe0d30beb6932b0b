/**
 * Everything Event Lens knows about a tab's page: which archive and capture it is, whether the original is a
 * UNESCO page, and the event it holds. Pure: the document and the tab URL in, a record out.
 */
import { archiveById, parseCaptureUrl } from '../archives/registry';
import type { ArchiveDefinition, CaptureUrl } from '../archives/archive-definition';
import type { MementoInfo } from '../archives/memento-headers';
import { readServedCapture } from '../detect/served-capture';
import { isLikelyEventPath, isUnescoHost } from '../detect/unesco-site';
import type { EventRecord, PageInfo, Warning } from '../event-record';
import { MAX_TEXT, RECORD_SCHEMA_VERSION } from '../record-limits';
import { extractEvent } from '../extract/event-page';
import { placeRecordZones } from '../extract/place-zone';
import { archiveTimestampToIso } from '../time/timestamp';
import { warning } from '../warnings/english';

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

/** The document's `<title>`, spaces collapsed and capped as every text is; `null` when it has none. */
function documentTitle(doc: Document): string | null {
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  return title === '' ? null : title;
}

/** The capture that was served, and where its time was read. */
type Served = { capturedAt: string; source: string; collectionName: string | null; collectionId: string | null };

function describePage(doc: Document, tabUrl: URL, capture: CaptureUrl | null, served: Served | null): PageInfo {
  const original = new URL(capture?.originalUrl ?? tabUrl.href);
  const warnings: Warning[] = [];
  const requestedIso = capture?.timestamp ? archiveTimestampToIso(capture.timestamp) : null;
  if (capture && capture.originalUrl === null) warnings.push(warning('capture-address-unknown'));
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
    title: documentTitle(doc),
    language: languageOf(doc, original),
    site: original.hostname,
    isUnesco: isUnescoHost(original.hostname),
    warnings,
  };
}

/**
 * A capture read from a crawler's file (a WARC or ARC record, by the `extract` command): the page at its own
 * address, captured at a time the record gives, from that file.
 */
export type FileCapture = {
  /** The record's capture time, an ISO instant. */
  capturedAt: string;
  /** Where that time was read: `warc-date`, `arc-date`. */
  capturedAtSource: string;
  /** The file, as the record's archive: its format (`warc`, `arc`) as id, its name as name. */
  archive: { id: string; name: string };
};

export type AnalyseOptions = {
  /** Archives the user added (their own pywb). */
  extraArchives?: readonly ArchiveDefinition[];
  /** What the response's Memento headers said, when the background saw them. */
  memento?: MementoInfo | null;
  /** The page came from a crawler's file rather than a tab. */
  file?: FileCapture;
};

/** A file's capture as an archive capture: the original is the record's own address. */
function captureFromFile(tabUrl: URL, file: FileCapture): CaptureUrl {
  return {
    archiveId: file.archive.id,
    archiveName: file.archive.name,
    originalUrl: tabUrl.href,
    timestamp: null,
    modifier: '',
    collectionId: null,
  };
}

/** When the served capture was made, from the file, the Memento headers, or the archive's page. */
function servedCapture(doc: Document, capture: CaptureUrl | null, options: AnalyseOptions): Served | null {
  const known = options.file
    ? { capturedAt: options.file.capturedAt, source: options.file.capturedAtSource }
    : options.memento
      ? { capturedAt: options.memento.capturedAt, source: 'memento-header' }
      : null;
  if (known) return { ...known, collectionName: null, collectionId: null };
  return capture ? readServedCapture(doc) : null;
}

/**
 * The full record for a page: its description and, on UNESCO pages, the event. Never throws: a document the
 * DOM itself cannot walk (nesting deeper than its selector engine recurses) gives a record that says so.
 */
export function analysePage(doc: Document, tabUrl: URL, options: AnalyseOptions = {}): EventRecord {
  try {
    const record = analyseDocument(doc, tabUrl, options);
    return placeRecordZones(record);
  } catch (err) {
    const capture = options.file
      ? captureFromFile(tabUrl, options.file)
      : parseCaptureUrl(tabUrl, options.extraArchives ?? []);
    const original = new URL(capture?.originalUrl ?? tabUrl.href);
    return {
      schemaVersion: RECORD_SCHEMA_VERSION,
      page: {
        url: tabUrl.href,
        originalUrl: original.href,
        archive: capture && { id: capture.archiveId, name: capture.archiveName, collection: null },
        captureTimestamp: capture?.timestamp ?? null,
        capturedAt: options.file?.capturedAt ?? null,
        capturedAtSource: options.file?.capturedAtSource ?? null,
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
  const capture = options.file
    ? captureFromFile(tabUrl, options.file)
    : (completeCapture(parseCaptureUrl(tabUrl, extra), doc, extra) ?? (memento && captureFromMemento(tabUrl, memento)));
  const page = describePage(doc, tabUrl, capture, servedCapture(doc, capture, options));
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
