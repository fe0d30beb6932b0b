/**
 * The reader's saved events: records kept together for a programme, searched, filtered, exported in one go.
 * Pure functions over the stored list; entries are validated one by one, so a corrupted or unknown entry is
 * counted and kept as it is (never dropped silently, never breaking the others). The reader's corrections
 * stay in the corrections store, keyed by the page, shared with the popup.
 */
import * as z from 'zod/mini';
import { EventRecordSchema, type EventRecord } from '../event-record';
import { eventKey } from '../listing/chosen-event';

export const SavedEventSchema = z.object({
  /** Milliseconds since the epoch. */
  savedAt: z.number(),
  record: EventRecordSchema,
});
export type SavedEvent = z.infer<typeof SavedEventSchema>;

/** The most events kept; saving beyond it is refused with a message, never by dropping old ones. */
export const MAX_SAVED_EVENTS = 2000;

export type SavedList = { events: SavedEvent[]; unreadable: number };

/** An entry's key (utils/listing/chosen-event.ts `eventKey`: the page, and the event's place in a listing). */
const keyOf = (entry: unknown): string | null => {
  const record = (entry as { record?: Partial<EventRecord> } | null)?.record;
  return typeof record?.page?.originalUrl === 'string' ? eventKey(record as EventRecord) : null;
};

/**
 * The keys of the events a stored list holds, without validating every entry (the popup and the card only ask
 * "is this one saved?", on every opening, whatever the library's size).
 */
export function savedKeys(raw: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of raw) {
    const key = keyOf(entry);
    if (key !== null) keys.add(key);
  }
  return keys;
}

/** The stored list with `event` added, or replacing the entry of the same event; unreadable entries kept. */
export function withSaved(raw: readonly unknown[], event: SavedEvent): unknown[] | null {
  const key = eventKey(event.record);
  const others = raw.filter((e) => keyOf(e) !== key);
  if (others.length >= MAX_SAVED_EVENTS) return null;
  return [...others, event];
}

/** The stored list without the events whose keys are in `keys`; unreadable entries kept. */
export function withoutSaved(raw: readonly unknown[], keys: ReadonlySet<string>): unknown[] {
  return raw.filter((e) => {
    const key = keyOf(e);
    return key === null || !keys.has(key);
  });
}

export type LibraryQuery = {
  text: string;
  year: number | null;
  site: string | null;
  mode: 'any' | 'online' | 'in-person';
  sort: 'date-asc' | 'date-desc' | 'saved-desc';
};

export const DEFAULT_QUERY: LibraryQuery = { text: '', year: null, site: null, mode: 'any', sort: 'date-desc' };

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The events the query selects, in its order. Text matches the title, the place and the site, accents aside. */
export function queryLibrary(events: readonly SavedEvent[], q: LibraryQuery): SavedEvent[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  const selected = events.filter(({ record }) => {
    const event = record.event;
    if (!event) return false;
    if (q.year !== null && Number(event.start.date.slice(0, 4)) !== q.year) return false;
    if (q.site !== null && record.page.site !== q.site) return false;
    if (q.mode === 'online' && !event.location.online) return false;
    if (q.mode === 'in-person' && event.location.mode !== 'in_person') return false;
    const haystack = fold(`${event.title} ${event.location.text ?? ''} ${record.page.site}`);
    return words.every((w) => haystack.includes(w));
  });
  const byDate = (a: SavedEvent, b: SavedEvent) =>
    (a.record.event?.start.date ?? '').localeCompare(b.record.event?.start.date ?? '') ||
    (a.record.event?.start.time ?? '').localeCompare(b.record.event?.start.time ?? '');
  if (q.sort === 'date-asc') return selected.sort(byDate);
  if (q.sort === 'date-desc') return selected.sort((a, b) => byDate(b, a));
  return selected.sort((a, b) => b.savedAt - a.savedAt);
}

/** The years and sites present, for the filters. */
export function libraryFacets(events: readonly SavedEvent[]): { years: number[]; sites: string[] } {
  const years = new Set<number>();
  const sites = new Set<string>();
  for (const { record } of events) {
    if (record.event) years.add(Number(record.event.start.date.slice(0, 4)));
    sites.add(record.page.site);
  }
  return { years: [...years].sort((a, b) => b - a), sites: [...sites].sort() };
}

/** The export file: its format named, so an import can tell it from anything else. */
export const EXPORT_FORMAT = 'event-lens-saved-events';

export function exportJson(events: readonly SavedEvent[], now: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), events }, null, 2);
}

/**
 * The stored list after an import: imported events replace saved ones of the same event. `null` when the
 * result would hold more than `MAX_SAVED_EVENTS` entries: the import is refused whole, and nothing saved is
 * ever dropped to make room.
 */
export function mergeImport(raw: readonly unknown[], imported: readonly SavedEvent[]): unknown[] | null {
  const keys = new Set(imported.map((e) => eventKey(e.record)));
  const merged = [...withoutSaved(raw, keys), ...imported];
  return merged.length > MAX_SAVED_EVENTS ? null : merged;
}
