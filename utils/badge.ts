/** What the toolbar badge says about a tab's page. */
import type { EventRecord } from './event-record';

export type BadgeState = { text: string; color: string; title: string };

/** `null` when the badge should stay empty: the page is not an archived UNESCO page. */
export function badgeFor(record: EventRecord): BadgeState | null {
  const { page, event } = record;
  if (!page.archive || !page.isUnesco) return null;
  if (event)
    return { text: 'EVT', color: '#0b6e4f', title: `Event Lens: archived UNESCO event: ${event.title.slice(0, 120)}` };
  return {
    text: 'ARC',
    color: '#5f6368',
    title: `Event Lens: archived UNESCO page (${page.archive.name}), no event found`,
  };
}
