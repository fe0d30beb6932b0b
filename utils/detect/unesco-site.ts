/**
 * Is an original URL on a UNESCO site, and does it look like an event page? URL checks only: they run
 * before any DOM work, so a capture of anything else costs the content script one parse.
 */

/** Content-script match patterns for live UNESCO pages (captures are matched by the archive registry). */
export const UNESCO_MATCH_PATTERNS: readonly string[] = [
  'https://*.unesco.org/*',
  'http://*.unesco.org/*',
  'https://*.iode.org/*',
];

/**
 * `*.unesco.org` but its web archive (an archive, not a site with pages of its own), and the UNESCO hosts
 * outside unesco.org (DOM-NOTES.md §6: IOC/IODE). Comparisons only: it runs in the content script.
 */
export function isUnescoHost(hostname: string): boolean {
  const lower = hostname.toLowerCase();
  const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (host === 'webarchive.unesco.org') return false;
  if (host === 'unesco.org' || host.endsWith('.unesco.org')) return true;
  return host === 'iode.org' || host === 'legacy.iode.org' || host === 'www.iode.org';
}

/**
 * Path segments UNESCO sites use for events, in their languages: `/event/`, `/events/`, `/evenements/`,
 * `/eventos/`, `/agenda/`, `/meetings/`, `/conferences-meetings-and-cultural-events/`, `/events?`... A hint
 * only: the extractor decides from the content whether there is an event.
 */
const EVENT_PATH =
  /\/(?:[a-z]{2}\/)?(?:events?|evenements?|événements?|eventos?|agenda|meetings?|webinars?|calendar|conferences?[-\w]*|node\/\d+)(?:\/|$|\?)/i;

export function isLikelyEventPath(url: URL): boolean {
  return EVENT_PATH.test(decodeURIComponent(url.pathname));
}

/**
 * A site's front page (`/`, `/en/`, `/fr/index.html`) or an index of events or news (`/events`, `/fr/evenements/`,
 * `/es/noticias?page=2`): pages that list many things and are never one event. The content script does not
 * offer these for reading as they load (the popup reads them when it is opened on them). A query other than
 * paging (IODE's `index.php?…&eventID=`, Drupal's `?q=node/12`) names a page, not an index.
 *
 * Written for the content script, which runs it in every page's fresh script context: there the first regular
 * expression or Set, and every first property lookup of code that never ran, costs (about 3 µs a lookup), so
 * this is a handful of string operations and a lookup in one string.
 */
export function isFrontOrIndexPath(path: string, query: string): boolean {
  if (query.length > 1 && !(query.startsWith('?page=') && !query.includes('&'))) return false;
  let rest = path.toLowerCase();
  // Letters beyond ASCII come percent-encoded in an address: only a decoded path can hold `/événements`.
  let names = INDEX_PATHS;
  if (rest.includes('%')) {
    try {
      rest = decodeURIComponent(rest);
    } catch {
      return false;
    }
    names = INDEX_PATHS + ACCENTED_INDEX_PATHS;
  }
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  // A language prefix first: `/en`, `/fr`, `/zh-hans`, `/pt-br`.
  const next = rest.indexOf('/', 1);
  const first = next < 0 ? rest.length : next;
  if (first === 3 || (first >= 6 && first <= 8 && rest.charAt(3) === '-')) rest = rest.slice(first);
  return names.includes(` ${rest} `) && !rest.includes(' ');
}

/** The front page (an empty path) and the index pages, after the language prefix. */
const INDEX_PATHS =
  ' /event /events /evenement /evenements /evento /eventos /agenda /calendar /news /actualites /noticias /article /articles /index /index.html /index.htm /index.php /home /accueil /inicio  ';
const ACCENTED_INDEX_PATHS = ' /événement /événements /actualités ';
