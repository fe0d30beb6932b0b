/**
 * Perma.cc: `perma.cc/{GUID}` is a player page; the capture itself is replayed in a frame from
 * `rejouer.perma.cc/.../{ts}mp_/{url}` (docs/archives.md, "Which archive uses which prefix"; dessant/web-archives'
 * pattern). The content script runs in that frame.
 */
import type { ArchiveDefinition } from './archive-definition';
import { parseArchivalPath } from './archival-url';

const REPLAY_SEGMENT = /\/(\d{0,14}(?:[a-z]+_))\//;

export const permaCc: ArchiveDefinition = {
  id: 'perma-cc',
  name: 'Perma.cc',
  matches: ['https://rejouer.perma.cc/*'],
  parseCaptureUrl(url) {
    if (url.hostname !== 'rejouer.perma.cc') return null;
    const path = url.pathname + url.search;
    const m = REPLAY_SEGMENT.exec(path);
    if (!m) return null;
    const parsed = parseArchivalPath(path.slice(m.index + 1), url.hash);
    const collection = path.slice(1, m.index).split('/')[0] || null;
    return parsed && { archiveId: this.id, archiveName: this.name, collectionId: collection, ...parsed };
  },
};
