import type { ArchiveDefinition, CaptureUrl } from './archive-definition';
import { archiveToday } from './archive-today';
import { permaCc } from './perma-cc';
import {
  archiveIt,
  arquivoPt,
  australianWebArchive,
  internetArchive,
  libraryOfCongress,
  stanford,
  ukGovernmentWebArchive,
  ukWebArchive,
  unescoWebArchive,
  vefsafn,
} from './wayback-archive-table';

/** Every archive Event Lens knows out of the box. Adding one means adding a module (or table entry) and a line here. */
export const ARCHIVES: readonly ArchiveDefinition[] = [
  unescoWebArchive,
  internetArchive,
  archiveIt,
  arquivoPt,
  ukWebArchive,
  libraryOfCongress,
  australianWebArchive,
  stanford,
  vefsafn,
  ukGovernmentWebArchive,
  permaCc,
  archiveToday,
];

/** Match patterns for the content script: the union of every archive's hosts. */
export const ARCHIVE_MATCH_PATTERNS: readonly string[] = ARCHIVES.flatMap((a) => a.matches);

/** The host names of every built-in archive (their match patterns name hosts, never `*.` wildcards). */
export const ARCHIVE_HOSTS: ReadonlySet<string> = new Set(
  ARCHIVE_MATCH_PATTERNS.map((p) => p.slice(p.indexOf('://') + 3).split('/')[0] ?? ''),
);

/** The archive with this id, among the built-in ones and `extra` (user-added pywb hosts). */
export function archiveById(id: string, extra: readonly ArchiveDefinition[] = []): ArchiveDefinition | null {
  return [...ARCHIVES, ...extra].find((a) => a.id === id) ?? null;
}

/**
 * The capture a URL shows, from whichever archive recognises it, or `null` (a live page). A cheap,
 * synchronous URL check: it runs first in the content script on every archive page.
 */
export function parseCaptureUrl(url: URL, extra: readonly ArchiveDefinition[] = []): CaptureUrl | null {
  for (const archive of ARCHIVES) {
    const capture = archive.parseCaptureUrl(url);
    if (capture) return capture;
  }
  for (const archive of extra) {
    const capture = archive.parseCaptureUrl(url);
    if (capture) return capture;
  }
  return null;
}
