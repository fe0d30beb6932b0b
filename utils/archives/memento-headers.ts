/**
 * Memento (RFC 7089) response headers: a capture served by any archive says so with `Memento-Datetime` and a `Link`
 * header whose `rel="original"` names the live URL (docs/capture-indexes.md, "Memento headers"). This is how a capture
 * on a host Event Lens has no table for (or one replayed in proxy mode, where the address is the original's) is
 * recognised.
 */
import { normalizeOriginalUrl } from './archival-url';

export type MementoInfo = { originalUrl: string; capturedAt: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 7231 IMF-fixdate, the only form Memento-Datetime may take: `Sun, 06 Dec 2020 07:20:20 GMT`. */
const HTTP_DATE = /^[A-Za-z]{3},\s+(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT$/;

/** `Sun, 06 Dec 2020 07:20:20 GMT` → `2020-12-06T07:20:20Z`; `null` when malformed or impossible. */
export function parseHttpDate(value: string): string | null {
  const m = HTTP_DATE.exec(value.trim());
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
  const [day, year, h, mi, s] = [m[1], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  if (month < 0 || h > 23 || mi > 59 || s > 60) return null;
  const ms = Date.UTC(year, month, day, h, mi, Math.min(s, 59));
  const d = new Date(ms);
  if (d.getUTCDate() !== day) return null;
  return d.toISOString().replace('.000Z', 'Z');
}

/** The links of a `Link` header: `<uri>; rel="original timegate", <uri>; rel=memento; datetime="..."`. */
export function parseLinkHeader(value: string): { uri: string; rels: string[] }[] {
  const links: { uri: string; rels: string[] }[] = [];
  // Each link is `<uri>` followed by parameters up to the next `<` that starts a link.
  const LINK = /<([^>]*)>((?:\s*;\s*[\w*-]+\s*=\s*(?:"[^"]*"|[^;,]*))*)/g;
  for (let m = LINK.exec(value); m; m = LINK.exec(value)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(m[2] ?? '');
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    links.push({ uri: m[1] ?? '', rels });
  }
  return links;
}

/** The capture a response's headers describe, or `null` when it is not a memento. */
export function readMementoHeaders(headers: readonly { name: string; value?: string }[]): MementoInfo | null {
  const get = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value ?? null;
  const datetime = get('memento-datetime');
  const link = get('link');
  if (!datetime || !link) return null;
  const capturedAt = parseHttpDate(datetime);
  const original = parseLinkHeader(link).find((l) => l.rels.includes('original'))?.uri;
  const originalUrl = original ? normalizeOriginalUrl(original) : null;
  return capturedAt && originalUrl ? { capturedAt, originalUrl } : null;
}
