/**
 * Where each archive lists the captures of a URL, and in which format (docs/capture-indexes.md): the
 * Internet Archive's CDX server, pywb-family CDX (NDJSON) and TimeMaps in link format. Queries ask for at
 * most `MAX_CAPTURES` + 1 rows (the extra one tells that there were more) and collapse captures whose
 * content did not change, where the index can.
 */
import { MAX_CAPTURES } from './capture';
import type { ReplayUrl } from './parse-index';

export type CaptureSource = {
  archiveId: string;
  archiveName: string;
  format: 'cdx' | 'timemap-link';
  /** The index query for an original URL. */
  queryUrl: (originalUrl: string) => string;
  /** Replay addresses for CDX rows (TimeMaps give them). */
  replayUrl: ReplayUrl;
  /** The host permission the query needs (also the match pattern the manifest grants). */
  permission: string;
};

const enc = encodeURIComponent;

function waybackReplay(prefix: string): ReplayUrl {
  return (ts, original) => `${prefix}${ts}/${original}`;
}

function pywbCdx(
  archiveId: string,
  archiveName: string,
  cdxEndpoint: string,
  replayPrefix: string,
  permission: string,
): CaptureSource {
  return {
    archiveId,
    archiveName,
    format: 'cdx',
    queryUrl: (u) => `${cdxEndpoint}?url=${enc(u)}&output=json&limit=${MAX_CAPTURES + 1}`,
    replayUrl: waybackReplay(replayPrefix),
    permission,
  };
}

function linkTimeMap(archiveId: string, archiveName: string, endpoint: string, permission: string): CaptureSource {
  return {
    archiveId,
    archiveName,
    format: 'timemap-link',
    queryUrl: (u) => `${endpoint}${u}`,
    replayUrl: waybackReplay(''),
    permission,
  };
}

/** The Internet Archive, asked by default on every capture (and on live UNESCO pages). */
export const INTERNET_ARCHIVE_SOURCE: CaptureSource = {
  archiveId: 'internet-archive',
  archiveName: 'Internet Archive',
  format: 'cdx',
  // docs/capture-indexes.md, "The Internet Archive's CDX server": no 4xx/5xx, identical content collapsed.
  queryUrl: (u) =>
    `https://web.archive.org/cdx/search/cdx?url=${enc(u)}&output=json&fl=timestamp,original,statuscode,mimetype` +
    `&filter=!statuscode:[45]..&collapse=digest&limit=${MAX_CAPTURES + 1}`,
  replayUrl: waybackReplay('https://web.archive.org/web/'),
  permission: 'https://web.archive.org/cdx/*',
};

const BUILT_IN: Record<string, CaptureSource> = {
  'internet-archive': INTERNET_ARCHIVE_SOURCE,
  // UNESCO's archive is an Archive-It white label (docs/capture-indexes.md, "Archive-It and UNESCO's archive"): its
  // TimeMap is assumed to sit where Wayback puts it, under `/web/timemap/link/`. Unverified; a failure shows as
  // "archive unreachable".
  unesco: linkTimeMap(
    'unesco',
    'UNESCO Web Archive',
    'https://webarchive.unesco.org/web/timemap/link/',
    'https://webarchive.unesco.org/*',
  ),
  'archive-it': linkTimeMap(
    'archive-it',
    'Archive-It',
    'https://wayback.archive-it.org/all/timemap/link/',
    'https://wayback.archive-it.org/*',
  ),
  'arquivo-pt': pywbCdx(
    'arquivo-pt',
    'Arquivo.pt',
    'https://arquivo.pt/wayback/cdx',
    'https://arquivo.pt/wayback/',
    'https://arquivo.pt/*',
  ),
  ukwa: pywbCdx(
    'ukwa',
    'UK Web Archive',
    'https://www.webarchive.org.uk/wayback/archive/cdx',
    'https://www.webarchive.org.uk/wayback/archive/',
    'https://www.webarchive.org.uk/*',
  ),
  awa: pywbCdx(
    'awa',
    'Australian Web Archive',
    'https://web.archive.org.au/awa/cdx',
    'https://webarchive.nla.gov.au/awa/',
    'https://web.archive.org.au/*',
  ),
  // Vefsafn's CDX is reported to ignore `limit`; its TimeMap is the safer query.
  vefsafn: linkTimeMap(
    'vefsafn',
    'Vefsafn (Icelandic Web Archive)',
    'https://vefsafn.is/timemap/link/',
    'https://vefsafn.is/*',
  ),
  'perma-cc': linkTimeMap('perma-cc', 'Perma.cc', 'https://perma.cc/timemap/link/', 'https://perma.cc/*'),
};

/** Host permissions the built-in indexes need (the manifest adds those the content script's hosts lack). */
export const CAPTURE_SOURCE_PERMISSIONS: readonly string[] = Object.values(BUILT_IN).map((s) => s.permission);

/**
 * The index to ask for the captures in the archive a page was read from; `null` when that archive has no
 * index Event Lens knows (the Library of Congress, archive.today, …). A pywb the user added is asked at its
 * own `/{collection}/cdx`.
 */
export function captureSourceFor(
  archive: { id: string; name: string; collection: { id: string } | null },
  pageUrl: string,
): CaptureSource | null {
  const builtIn = BUILT_IN[archive.id];
  if (builtIn) return builtIn;
  if (!archive.id.startsWith('pywb:') || !archive.collection) return null;
  let origin: string;
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    return null;
  }
  const coll = enc(archive.collection.id);
  return pywbCdx(archive.id, archive.name, `${origin}/${coll}/cdx`, `${origin}/${coll}/`, `${origin}/*`);
}
