/** What the toolbar badge says about a tab's page. */
import type { ArchiveDefinition } from './archives/archive-definition';
import { parseCaptureUrl } from './archives/registry';
import { isUnescoHost } from './detect/unesco-site';
import type { EventRecord } from './event-record';

export type BadgeState = { text: string; color: string; title: string };

const ARCHIVE_COLOR = '#5f6368';

/**
 * `EVT` on a UNESCO event page, archived or live; `ARC` on an archived UNESCO page without an event; `null`
 * (no badge) anywhere else.
 */
export function badgeFor(record: EventRecord): BadgeState | null {
  const { page, event } = record;
  if (!page.isUnesco) return null;
  if (event) {
    const where = page.archive ? 'archived UNESCO event' : 'UNESCO event (live page)';
    return { text: 'EVT', color: '#0b6e4f', title: `Event Lens: ${where}: ${event.title.slice(0, 120)}` };
  }
  if (!page.archive) return null;
  return {
    text: 'ARC',
    color: ARCHIVE_COLOR,
    title: `Event Lens: archived UNESCO page (${page.archive.name}), no event found`,
  };
}

/**
 * The badge a tab gets from its address alone, as it starts loading, before any page is read: `ARC` on a
 * capture of a UNESCO page (reading the page may then turn it into `EVT`). Front pages and indexes, which the
 * content script does not offer, keep it. `null` for anything else, or an address that does not parse.
 */
export function addressBadgeFor(href: string | undefined, extra: readonly ArchiveDefinition[] = []): BadgeState | null {
  if (href === undefined) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const capture = parseCaptureUrl(url, extra);
  if (!capture?.originalUrl) return null;
  let original: URL;
  try {
    original = new URL(capture.originalUrl);
  } catch {
    return null;
  }
  if (!isUnescoHost(original.hostname)) return null;
  return { text: 'ARC', color: ARCHIVE_COLOR, title: `Event Lens: archived UNESCO page (${capture.archiveName})` };
}
