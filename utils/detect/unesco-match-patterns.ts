/**
 * Content-script match patterns (and host permissions) for live UNESCO pages, from the list of UNESCO's domains.
 * Apart from `unesco-site.ts` so the content script, which imports that module, never builds this list.
 * Captures are matched by the archive registry.
 */
import { UNESCO_DOMAINS } from './unesco-site';

export const UNESCO_MATCH_PATTERNS: readonly string[] = UNESCO_DOMAINS.flatMap(({ domain, http }) => [
  `https://*.${domain}/*`,
  ...(http ? [`http://*.${domain}/*`] : []),
]);
