/**
 * When was the capture that the archive actually served made? The URL holds the requested time; the page
 * says which capture came back (docs/archives.md, "Banners" and "The capture time"). All these times are UTC.
 * Only called for tabs whose URL is already a capture: a page cannot become an archive by faking a banner.
 */
import { archiveTimestampToIso } from '../time/timestamp';

export type ServedCapture = {
  capturedAt: string;
  source: 'banner' | 'trailer' | 'toolbar-script' | 'toolbar-print' | 'wbinfo' | 'memento-header';
  /** Archive-It banner: "part of the {collection} collection". */
  collectionName: string | null;
  /** Archive-It banner: the collection's number, from its link to `archive-it.org/collections/{id}`. */
  collectionId: string | null;
};

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Localised IA trailers ("Okt 20, 2014", docs/archives.md, "Internet Archive toolbar").
  mär: 3,
  mai: 5,
  okt: 10,
  dez: 12,
  fév: 2,
  avr: 4,
  juil: 7,
  aoû: 8,
  déc: 12,
};

/**
 * Archive-It banner sentence; `\s+` because a 2012 variant doubles its spaces (docs/archives.md, "Archive-It and
 * UNESCO's archive").
 */
const ARCHIVE_IT_BANNER =
  /captured\s+on\s+(\d{1,2}):(\d{2}):(\d{2})\s+([A-Za-zäéû]{3})[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})(?:,\s+and\s+is\s+part\s+of\s+the\s+(.{1,200}?)\s+collection)?/;
/** IA trailer comment: "FILE ARCHIVED ON 14:47:19 Mar 04, 2021 AND RETRIEVED FROM ...". */
const IA_TRAILER = /FILE ARCHIVED ON\s+(\d{1,2}):(\d{2}):(\d{2})\s+([A-Za-zäéû]{3})[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})/;
/** `__wm.wombat("http://x/","20051102094522",...)` in IA's head script. */
const WM_WOMBAT = /__wm\.wombat\(\s*"[^"]*"\s*,\s*"(\d{14})"/;
/** `__wm.bt(700,27,25,2,"web","https://x/","20230421002644",...)` in IA's toolbar script. */
const WM_BT = /__wm\.bt\([^)]*?"[^"]*"\s*,\s*"[^"]*"\s*,\s*"(\d{14})"/;
/** pywb: `wbinfo.timestamp = "20201206072020";` */
const WBINFO = /wbinfo\.timestamp\s*=\s*"(\d{14})"/;
/** IA's print line: "The Wayback Machine - https://web.archive.org/web/20230421002644/https://...". */
const WM_PRINT = /\/web\/(\d{14})[a-z]{0,3}_?\//;
const ARCHIVE_IT_COLLECTION = /archive-it\.org\/collections\/(\d+)/;

function toIso(match: RegExpExecArray): string | null {
  const [, h, mi, s, mon, d, y] = match;
  const month = MONTHS[(mon ?? '').toLowerCase()];
  if (!month) return null;
  const stamp = `${y}${String(month).padStart(2, '0')}${(d ?? '').padStart(2, '0')}${(h ?? '').padStart(2, '0')}${mi}${s}`;
  return archiveTimestampToIso(stamp);
}

/** Reads the served capture time from archive chrome, in order of reliability; `null` if none. */
export function readServedCapture(doc: Document): ServedCapture | null {
  const bannerEl = doc.getElementById('wm-disclaim');
  const banner = bannerEl?.textContent ?? findBannerText(doc);
  const bannerMatch = banner ? ARCHIVE_IT_BANNER.exec(banner.replace(/\s+/g, ' ')) : null;
  if (bannerMatch) {
    const capturedAt = toIso(bannerMatch);
    const link = bannerEl?.querySelector('a[href*="archive-it.org/collections/"]')?.getAttribute('href') ?? '';
    if (capturedAt) {
      return {
        capturedAt,
        source: 'banner',
        collectionName: bannerMatch[7]?.trim() ?? null,
        collectionId: ARCHIVE_IT_COLLECTION.exec(link)?.[1] ?? null,
      };
    }
  }
  const found = (capturedAt: string | null, source: ServedCapture['source']): ServedCapture | null =>
    capturedAt ? { capturedAt, source, collectionName: null, collectionId: null } : null;
  // Inline scripts only, and only the first few dozen: the toolbar's come first in <head> and <body>.
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 60)) {
    const body = script.textContent ?? '';
    const wm = (WM_WOMBAT.exec(body) ?? WM_BT.exec(body))?.[1];
    const result = wm
      ? found(archiveTimestampToIso(wm), 'toolbar-script')
      : found(archiveTimestampToIso(WBINFO.exec(body)?.[1] ?? ''), 'wbinfo');
    if (result) return result;
  }
  const print = WM_PRINT.exec(doc.getElementById('wm-ipp-print')?.textContent ?? '')?.[1];
  const fromPrint = found(print ? archiveTimestampToIso(print) : null, 'toolbar-print');
  if (fromPrint) return fromPrint;
  const trailer = lastComment(doc);
  const trailerMatch = trailer ? IA_TRAILER.exec(trailer) : null;
  return found(trailerMatch ? toIso(trailerMatch) : null, 'trailer');
}

/** Banner text when the `#wm-disclaim` wrapper is missing: the first text block that carries it. */
function findBannerText(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  for (const el of Array.from(body.children).slice(0, 5)) {
    const t = el.textContent ?? '';
    if (t.includes('You are viewing') && t.includes('Archive-It')) return t;
  }
  return null;
}

/** The IA trailer is a comment after `</html>` or at the end of `<body>`. */
function lastComment(doc: Document): string | null {
  const candidates: (Node | null)[] = [
    doc.lastChild,
    doc.documentElement?.lastChild ?? null,
    doc.body?.lastChild ?? null,
  ];
  for (const start of candidates) {
    for (let n: Node | null = start, i = 0; n && i < 5; n = n.previousSibling, i++) {
      if (n.nodeType === 8 && (n.textContent ?? '').includes('FILE ARCHIVED ON')) return n.textContent;
    }
  }
  return null;
}
