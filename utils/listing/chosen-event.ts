/**
 * A page that lists several events gives them all in the record's `events` (`event` is the first). The reader
 * picks one; from then on the popup, the card, exports, saving, corrections and link checks see a record whose
 * `event` is that one. Pure functions over the record.
 */
import { eventsOf, type EventDetails, type EventRecord } from '../event-record';

/** The reader's stored choice for a record, or the first event when the choice no longer exists (the page changed). */
export function validChoice(record: Pick<EventRecord, 'event' | 'events'>, stored: number | undefined): number {
  return stored !== undefined && stored < eventsOf(record).length ? stored : 0;
}

/** The record with the `index`th listed event as its event (the first when there is no such event). */
export function chosenRecord(record: EventRecord, index: number): EventRecord {
  const chosen = eventsOf(record)[index];
  return chosen && chosen !== record.event ? { ...record, event: chosen } : record;
}

const sameEvent = (a: EventDetails, b: EventDetails) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Where the record's event stands in its listing (0 for a page with one event). */
export function chosenIndex(record: Pick<EventRecord, 'event' | 'events'>): number {
  const { event, events } = record;
  // Also called on stored entries not yet validated (utils/library/saved-events.ts): never trust the shape.
  if (!event || !Array.isArray(events) || events.length < 2) return 0;
  return Math.max(
    0,
    events.findIndex((e) => sameEvent(e, event)),
  );
}

/**
 * What a saved event and its corrections are kept under: the page's original address, and for a listing's
 * second event on, its place in the listing (`…#event-2`). The first event keeps the bare address, as every
 * record saved before listings did.
 */
export function eventKey(record: Pick<EventRecord, 'event' | 'events' | 'page'>): string {
  const index = chosenIndex(record);
  return index === 0 ? record.page.originalUrl : `${record.page.originalUrl}#event-${index + 1}`;
}
