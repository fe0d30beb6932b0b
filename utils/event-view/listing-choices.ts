/** How each event of a listing page is offered to the reader: its date (in the reader's language) and title. */
import type { EventDetails } from '../event-record';
import { formatEventTimes, type TimeFormatOptions } from '../time/format-event-time';

export function listingChoices(events: readonly EventDetails[], prefs: TimeFormatOptions): string[] {
  return events.map((e) => `${formatEventTimes(e, prefs).dateText} · ${e.title}`);
}
