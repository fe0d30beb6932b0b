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
