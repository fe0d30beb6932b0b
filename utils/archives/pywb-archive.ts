/**
 * Any local or institutional pywb the user adds (docs/archives.md, "The archival address"):
 * `{origin}/{collection}/{ts}{mod}/{url}`, with an optional locale segment before the collection (`/en/my-coll/...`).
 */
import type { ArchiveDefinition } from './archive-definition';
import { defineWaybackArchive } from './define-wayback-archive';

/** An archive definition for the pywb at `origin` (e.g. `http://localhost:8080`); `null` for a bad origin. */
export function definePywbArchive(origin: string): ArchiveDefinition | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const archive = defineWaybackArchive({
    id: `pywb:${url.host}`,
    name: url.host,
    hosts: [url.hostname],
    prefixes: [{ pattern: /^\/(?:[a-z]{2}\/)?(?<coll>[\w.-]+)\//, requireTimestamp: true }],
    matches: [`${url.protocol}//${url.hostname}/*`],
    notCaptures: /^\/(?:static|_)\//,
  });
  // Hosts can serve several ports: the archive is the one on the port the user named.
  return {
    ...archive,
    parseCaptureUrl: (candidate) => (candidate.host === url.host ? archive.parseCaptureUrl(candidate) : null),
  };
}
