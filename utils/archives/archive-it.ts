import type { ArchiveDefinition } from './archive-definition';
import { parseArchivalPath } from './archival-url';

/**
 * Archive-It's public Wayback: `wayback.archive-it.org/{collection}/{ts}/{url}`, where the collection
 * is a number or `all` (the cross-collection pseudo-collection), PROTOCOLS.md A.3.
 */
const PATH = /^\/(\d+|all)\/(.+)$/;

export const archiveIt: ArchiveDefinition = {
  id: 'archive-it',
  name: 'Archive-It',
  matches: ['https://wayback.archive-it.org/*'],
  parseCaptureUrl(url) {
    if (url.hostname !== 'wayback.archive-it.org') return null;
    const m = PATH.exec(url.pathname + url.search);
    if (!m?.[1] || !m[2]) return null;
    const parsed = parseArchivalPath(m[2], url.hash);
    return parsed && { archiveId: this.id, archiveName: this.name, collectionId: m[1], ...parsed };
  },
};
