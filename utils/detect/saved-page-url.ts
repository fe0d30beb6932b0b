/**
 * The address a saved HTML file was saved from, for the `extract` command: the comment browsers write
 * (`<!-- saved from url=(0076)https://... -->`), the Internet Archive's print line (the capture's address),
 * `<link rel="canonical">`, `og:url`. `null` when the file does not say.
 */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;
const WAYBACK_PRINT = /The Wayback Machine - (https?:\/\/\S+)/;
/** Archive-It's replay script: `WB_wombat_Init("https://webarchive.unesco.org/web/", "20201206072020", "host")`. */
const ARCHIVE_IT_INIT = /WB_wombat_Init\(\s*"(https?:\/\/[^"]+\/)"\s*,\s*"(\d{1,14})"/;
/** Archive-It's analytics variable with the original address: `var ait_url = "https://...";`. */
const ARCHIVE_IT_URL = /\bait_url\s*=\s*"(https?:\/\/[^"]+)"/;
/** The Internet Archive's `__wm.wombat("original", "20201117093012", "https://web.archive.org/", "web", ...)`. */
const WM_WOMBAT = /__wm\.wombat\(\s*"([^"]+)"\s*,\s*"(\d{14})"\s*,\s*"(https?:\/\/[^"]+\/)"\s*,\s*"(\w+)"/;

function httpUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function findSavedPageUrl(html: string, doc: Document): string | null {
  const saved = httpUrl(SAVED_FROM.exec(html.slice(0, 4000))?.[1]);
  if (saved) return saved;
  const print = httpUrl(WAYBACK_PRINT.exec(doc.getElementById('wm-ipp-print')?.textContent ?? '')?.[1]);
  if (print) return print;
  const wm = WM_WOMBAT.exec(html);
  const fromWm = wm ? httpUrl(`${wm[3]}${wm[4]}/${wm[2]}/${wm[1]}`) : null;
  if (fromWm) return fromWm;
  const ait = ARCHIVE_IT_INIT.exec(html);
  const original =
    ARCHIVE_IT_URL.exec(html)?.[1] ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const fromAit = ait && original ? httpUrl(`${ait[1]}${ait[2]}/${original}`) : null;
  if (fromAit) return fromAit;
  const canonical = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (canonical) return canonical;
  return httpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
}
