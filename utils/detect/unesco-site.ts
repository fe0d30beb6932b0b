/**
 * Is an original URL on a UNESCO site, and does it look like an event page? URL checks only: they run
 * before any DOM work, so a capture of anything else costs the content script one parse.
 */

/** UNESCO hosts that are not under unesco.org (DOM-NOTES.md §6: IOC/IODE). */
const OTHER_UNESCO_HOSTS = new Set(['iode.org', 'legacy.iode.org', 'www.iode.org']);
/** unesco.org hosts that are archives or tools, not sites with pages of their own. */
const NOT_SITES = new Set(['webarchive.unesco.org']);

/** Content-script match patterns for live UNESCO pages (captures are matched by the archive registry). */
export const UNESCO_MATCH_PATTERNS: readonly string[] = [
  'https://*.unesco.org/*',
  'http://*.unesco.org/*',
  'https://*.iode.org/*',
];

export function isUnescoHost(hostname: string): boolean {
  const lower = hostname.toLowerCase();
  const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (NOT_SITES.has(host)) return false;
  return host === 'unesco.org' || host.endsWith('.unesco.org') || OTHER_UNESCO_HOSTS.has(host);
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
 * paging or a language (IODE's `index.php?…&eventID=`, Drupal's `?q=node/12`) names a page, not an index.
 */
const FRONT_OR_INDEX_PATH =
  /^\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/?)?(?:(?:index|home|accueil|inicio)(?:\.[a-z]{2,5})?|events?|evenements?|événements?|eventos?|agenda|calendar|news|actualites|actualités|noticias|articles?)?\/?$/i;
const INDEX_QUERY = /^\??(?:(?:page|lang|language)=[\w-]*&?)*$/i;

export function isFrontOrIndexPath(path: string, query: string): boolean {
  let decoded = path;
  if (path.includes('%')) {
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return false;
    }
  }
  return FRONT_OR_INDEX_PATH.test(decoded) && INDEX_QUERY.test(query);
}
