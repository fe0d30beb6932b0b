import type { ArchiveDefinition } from './archive-definition';
import { parseArchivalPath } from './archival-url';

/**
 * UNESCO's web archive, an Archive-It white label (DOM-NOTES.md §1.4):
 * `webarchive.unesco.org/web/{ts}/{url}` and, in older links, `webarchive.unesco.org/{ts}/{url}`.
 * The search UI (`/#!/search?query=`) is not a capture.
 */
const HOST = 'webarchive.unesco.org';

export const unescoWebArchive: ArchiveDefinition = {
  id: 'unesco',
  name: 'UNESCO Web Archive',
  matches: [`https://${HOST}/*`, `http://${HOST}/*`],
  parseCaptureUrl(url) {
    if (url.hostname !== HOST) return null;
    const path = url.pathname + url.search;
    const rest = path.startsWith('/web/') ? path.slice(5) : /^\/\d{1,14}/.test(path) ? path.slice(1) : null;
    if (rest === null) return null;
    const parsed = parseArchivalPath(rest, url.hash);
    // Without `/web/`, only a path that starts with a timestamp is a capture.
    if (!parsed || (!path.startsWith('/web/') && parsed.timestamp === null)) return null;
    return { archiveId: this.id, archiveName: this.name, collectionId: null, ...parsed };
  },
};
