import type { ArchiveDefinition } from './archive-definition';
import { parseArchivalPath, restAfterPrefix } from './archival-url';

/** The Internet Archive's Wayback Machine: `web.archive.org/web/{ts}{modifier}/{url}` (PROTOCOLS.md A.3). */
export const internetArchive: ArchiveDefinition = {
  id: 'internet-archive',
  name: 'Internet Archive',
  matches: ['https://web.archive.org/web/*'],
  parseCaptureUrl(url) {
    if (url.hostname !== 'web.archive.org') return null;
    const rest = restAfterPrefix(url, '/web/');
    const parsed = rest === null ? null : parseArchivalPath(rest, url.hash);
    return parsed && { archiveId: this.id, archiveName: this.name, collectionId: null, ...parsed };
  },
};
