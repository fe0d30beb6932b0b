/**
 * archive.today (archive.ph, .is, .li, .vn, .fo, .md, .today): not Wayback software (docs/archives.md,
 * "archive.today").
 * - long form `/{yyyy.mm.dd-hhmmss}/{url}` or `/{14 digits}/{url}`;
 * - short ids `/{id}`: the original URL and date are on the page (`#SHARE_LONGLINK`, `input[name=q]`);
 * - links inside a capture are rewritten to `/o/{id}/{url}`.
 */
import type { ArchiveDefinition } from './archive-definition';
import { normalizeOriginalUrl } from './archival-url';

import { ARCHIVE_TODAY_HOSTS, isArchiveTodayHost } from './archive-today-hosts';

const LONG_FORM = /^\/(\d{4})\.?(\d{2})\.?(\d{2})-?(\d{6})\/(.+)$/;
const STAMP_FORM = /^\/(\d{14})\/(.+)$/;
const LINK_FORM = /^\/o\/[A-Za-z0-9]+\/(.+)$/;
const SHORT_ID = /^\/([A-Za-z0-9]{4,6})$/;
/** Pages of the service itself that look like short ids. */
const RESERVED = new Set(['faq', 'submit', 'search', 'newest', 'oldest', 'timemap', 'timegate', 'robots']);

function fromLongLink(value: string): { originalUrl: string; timestamp: string | null } | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const path = url.pathname + url.search;
  const m = LONG_FORM.exec(path) ?? null;
  const stamp = m ? `${m[1]}${m[2]}${m[3]}${m[4]}` : (STAMP_FORM.exec(path)?.[1] ?? null);
  const rest = m ? m[5] : STAMP_FORM.exec(path)?.[2];
  const originalUrl = rest ? normalizeOriginalUrl(rest) : null;
  return originalUrl ? { originalUrl, timestamp: stamp } : null;
}

export const archiveToday: ArchiveDefinition = {
  id: 'archive-today',
  name: 'archive.today',
  matches: ARCHIVE_TODAY_HOSTS.map((h) => `https://${h}/*`),
  parseCaptureUrl(url) {
    if (!isArchiveTodayHost(url.hostname)) return null;
    const path = url.pathname + url.search;
    const base = { archiveId: this.id, archiveName: this.name, modifier: '', collectionId: null };
    const link = LINK_FORM.exec(path);
    if (link?.[1]) {
      const originalUrl = normalizeOriginalUrl(link[1]);
      return originalUrl ? { ...base, originalUrl, timestamp: null } : null;
    }
    if (LONG_FORM.test(path) || STAMP_FORM.test(path)) {
      const read = fromLongLink(url.href);
      return read ? { ...base, ...read } : null;
    }
    const short = SHORT_ID.exec(url.pathname);
    if (short?.[1] && url.search === '' && !RESERVED.has(short[1].toLowerCase())) {
      return { ...base, originalUrl: null, timestamp: null };
    }
    return null;
  },
  readCaptureFromPage(doc) {
    const longLink = doc.querySelector<HTMLInputElement>('input#SHARE_LONGLINK')?.getAttribute('value');
    const fromLink = longLink ? fromLongLink(longLink) : null;
    if (fromLink) return fromLink;
    const q = doc.querySelector('#HEADER input[name="q"]')?.getAttribute('value');
    const originalUrl = q ? normalizeOriginalUrl(q) : null;
    return originalUrl ? { originalUrl, timestamp: null } : null;
  },
};
