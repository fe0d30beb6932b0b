import type { ArchiveDefinition, CaptureUrl } from './archive-definition';
import { archiveIt } from './archive-it';
import { internetArchive } from './internet-archive';
import { unescoWebArchive } from './unesco-web-archive';

/** Every archive Event Lens recognises. Adding one means adding a module and a line here. */
export const ARCHIVES: readonly ArchiveDefinition[] = [unescoWebArchive, internetArchive, archiveIt];

/** Match patterns for the content script: the union of every archive's hosts. */
export const ARCHIVE_MATCH_PATTERNS: readonly string[] = ARCHIVES.flatMap((a) => a.matches);

/** The capture a tab URL shows, from whichever archive recognises it, or `null` (a live page). */
export function parseCaptureUrl(url: URL): CaptureUrl | null {
  for (const archive of ARCHIVES) {
    const capture = archive.parseCaptureUrl(url);
    if (capture) return capture;
  }
  return null;
}
