/** What the toolbar badge says about a tab's page. */
import type { EventRecord } from './event-record';

export type BadgeState = { text: string; color: string; title: string };

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
    color: '#5f6368',
    title: `Event Lens: archived UNESCO page (${page.archive.name}), no event found`,
  };
}
