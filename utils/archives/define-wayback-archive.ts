/**
 * Most archives replay with the Wayback/pywb grammar under a path prefix (docs/archives.md, "The archival address"). An
 * archive module is then a small table: its hosts, the prefixes it replays under (with the collection, when the path
 * names one), and the match patterns the content script needs.
 */
import type { ArchiveDefinition } from './archive-definition';
import { parseArchivalPath } from './archival-url';

export type ReplayPrefix = {
  /** Matches the start of path + query; a named group `coll` captures the collection. */
  pattern: RegExp;
  /** Only a path that starts with a timestamp or modifier is a capture (prefixes at the root, `/`). */
  requireTimestamp?: boolean;
};

export type WaybackArchiveSpec = {
  id: string;
  name: string;
  hosts: readonly string[];
  prefixes: readonly ReplayPrefix[];
  /** Content-script match patterns; default `https://{host}/*` for each host. */
  matches?: readonly string[];
  /** Paths that are the archive's own pages (search, APIs), never captures. */
  notCaptures?: RegExp;
};

export function defineWaybackArchive(spec: WaybackArchiveSpec): ArchiveDefinition {
  const hosts = new Set(spec.hosts);
  return {
    id: spec.id,
    name: spec.name,
    matches: spec.matches ?? spec.hosts.map((h) => `https://${h}/*`),
    parseCaptureUrl(url) {
      if (!hosts.has(url.hostname)) return null;
      const path = url.pathname + url.search;
      if (spec.notCaptures?.test(path)) return null;
      for (const prefix of spec.prefixes) {
        const m = prefix.pattern.exec(path);
        if (!m) continue;
        const parsed = parseArchivalPath(path.slice(m[0].length), url.hash);
        if (!parsed || (prefix.requireTimestamp && parsed.timestamp === null && parsed.modifier === '')) continue;
        return { archiveId: spec.id, archiveName: spec.name, collectionId: m.groups?.coll ?? null, ...parsed };
      }
      return null;
    },
  };
}
