/**
 * Is an original URL on a UNESCO site, and does it look like an event page? URL checks only: they run
 * before any DOM work, so a capture of anything else costs the content script one parse.
 */

/**
 * UNESCO's sites: unesco.org and its subdomains (but its web archive, an archive rather than a site with pages of
 * its own), and the domains UNESCO's programmes, institutes and field offices publish under outside it. Each
 * entry names where it comes from (docs/unesco-hosts.md has the list with its sources and how to add one). A host
 * is UNESCO's when it is one of these or a subdomain of one; a look-alike (`unesco.org.example.com`,
 * `unescap.org`, `myunesco.org`) is not. Used by the content script's match patterns, the background's checks
 * and the batch filter alike.
 */
/**
 * `http`: whether live pages there may be plain http (unesco.org's old portal); the other domains are read live over
 * https, and their old pages through archives, whose own patterns cover them.
 */
export const UNESCO_DOMAINS: readonly { domain: string; who: string; http: boolean }[] = [
  { domain: 'unesco.org', who: 'UNESCO, its sectors, institutes and offices', http: true },
  { domain: 'iode.org', who: "IOC's International Oceanographic Data and Information Exchange", http: false },
  { domain: 'ioc-unesco.org', who: 'Intergovernmental Oceanographic Commission (IOC)', http: false },
  { domain: 'oceandecade.org', who: 'UN Decade of Ocean Science, coordinated by IOC-UNESCO', http: false },
  { domain: 'unesco-ihe.org', who: 'UNESCO-IHE Institute for Water Education (until 2017)', http: false },
  { domain: 'un-ihe.org', who: 'IHE Delft Institute for Water Education (UNESCO-IHE since 2017)', http: false },
  { domain: 'unesco.kz', who: 'UNESCO Almaty Office', http: false },
  {
    domain: 'iesalc.unesco.org.ve',
    who: 'IESALC, the institute for higher education in Latin America (old domain)',
    http: false,
  },
  { domain: 'unescobkk.org', who: 'UNESCO Bangkok (old domain)', http: false },
];

/**
 * Whether a host is one of UNESCO's sites (`UNESCO_DOMAINS`). Comparisons only, no Set or regular expression: it
 * runs in the content script, in every page's fresh script context.
 */
export function isUnescoHost(hostname: string): boolean {
  const lower = hostname.toLowerCase();
  const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (host === 'webarchive.unesco.org') return false;
  for (const { domain } of UNESCO_DOMAINS) {
    if (host === domain || (host.endsWith(domain) && host.charAt(host.length - domain.length - 1) === '.')) return true;
  }
  return false;
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
