/**
 * Batch mode's de-duplication: the same event seen in several captures (or files) is one event, with every
 * capture date it was seen in. Two records are the same event when they come from the same page and name the
 * same day and title; a page whose event changed (postponed, retitled) gives one event per version.
 */
import type { EventRecord } from '../event-record';

export type SeenEvent = { record: EventRecord; seenIn: string[]; sources: string[] };

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function eventKey(record: EventRecord): string | null {
  const event = record.event;
  if (!event) return null;
  return `${record.page.originalUrl}|${event.start.date}|${event.start.time ?? ''}|${fold(event.title)}`;
}

export class EventCollector {
  readonly #events = new Map<string, SeenEvent>();
  seen = 0;

  /** Adds a record (ignored without an event); `capturedAt` is when that copy was captured, if known. */
  add(record: EventRecord, capturedAt: string | null, source: string): void {
    const key = eventKey(record);
    if (key === null) return;
    this.seen++;
    const known = this.#events.get(key);
    if (!known) {
      this.#events.set(key, { record, seenIn: capturedAt ? [capturedAt] : [], sources: [source] });
      return;
    }
    if (capturedAt && !known.seenIn.includes(capturedAt)) known.seenIn.push(capturedAt);
    if (known.sources.length < 50) known.sources.push(source);
    // Keep the copy captured last: the page as it finally stood.
    if (capturedAt && known.seenIn.every((d) => d <= capturedAt)) known.record = record;
  }

  /** The distinct events, by date of the event, each with its capture dates sorted. */
  events(): SeenEvent[] {
    return [...this.#events.values()]
      .map((e) => ({ ...e, seenIn: [...e.seenIn].sort() }))
      .sort((a, b) => (a.record.event?.start.date ?? '').localeCompare(b.record.event?.start.date ?? ''));
  }
}
