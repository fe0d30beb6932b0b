/**
 * Batch mode's de-duplication: the same event seen in several captures (or files) is one event, with every
 * capture date it was seen in. Two records are the same event when they come from the same page and name the
 * same day, time and title; a page whose event changed (postponed, retitled) gives one event per version, and a
 * page that lists several events gives each of them (`eventsOf`). A revisit record (a crawler's "same as before"
 * for unchanged content) is a sighting of its original at a new date: it joins that capture's events.
 *
 * The result does not depend on the order rows arrive in (one process, worker threads, or shards merged): the copy
 * kept of an event is the one captured last (ties broken by source), and every list is sorted.
 */
import { eventsOf, type EventDetails, type EventRecord } from '../event-record';
import type { CaptureRow, RevisitRow } from './capture-rows';

/** One line of the output: an event (or, when asked, a page without one) with the captures it was seen in. */
export type SeenEvent = {
  /** The record of the capture kept, its `event` the one this line is about (and no `events` list). */
  record: EventRecord;
  seenIn: string[];
  sources: string[];
};

export type RevisitSummary = { resolved: number; unresolved: number; examples: string[] };

const MAX_SOURCES = 50;
const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The identity of an event across captures, or of a page without one. */
export function eventKey(originalUrl: string, event: EventDetails | null): string {
  if (!event) return `page|${originalUrl}`;
  return `event|${originalUrl}|${event.start.date}|${event.start.time ?? ''}|${fold(event.title)}`;
}

type Entry = { record: EventRecord; rank: string; seenIn: Set<string>; sources: string[] };

/** Sorts by when a source was captured, then by name: the order sources are listed and kept in. */
const rankOf = (capturedAt: string | null, source: string) => `${capturedAt ?? ''}\u0000${source}`;

export class EventCollector {
  readonly #entries = new Map<string, Entry>();
  /** The entries each original capture gave, by the ways a revisit names it. */
  readonly #originals = new Map<string, string[]>();
  readonly #revisits: RevisitRow[] = [];
  readonly #all: boolean;
  /** Events found, before de-duplication. */
  seen = 0;

  /** `all`: pages without an event get a line too (HTML files always do). */
  constructor({ all = false }: { all?: boolean } = {}) {
    this.#all = all;
  }

  addCapture(row: CaptureRow): void {
    const { record } = row;
    const capturedAt = record.page.capturedAt;
    const events = eventsOf(record);
    this.seen += events.length;
    const keys: string[] = [];
    for (const event of events) keys.push(this.#add(eventKey(record.page.originalUrl, event), record, event, row));
    if (events.length === 0 && (this.#all || row.from === 'file')) {
      keys.push(this.#add(eventKey(record.page.originalUrl, null), record, null, row));
    }
    for (const name of originalNames(record.page.originalUrl, capturedAt, row)) {
      const known = this.#originals.get(name);
      if (known) known.push(...keys.filter((k) => !known.includes(k)));
      else this.#originals.set(name, [...keys]);
    }
  }

  addRevisit(row: RevisitRow): void {
    this.#revisits.push(row);
  }

  #add(key: string, record: EventRecord, event: EventDetails | null, row: CaptureRow): string {
    const capturedAt = record.page.capturedAt;
    const rank = rankOf(capturedAt, row.source);
    const entry = this.#entries.get(key);
    if (!entry) {
      this.#entries.set(key, {
        record: aboutOne(record, event),
        rank,
        seenIn: new Set(capturedAt ? [capturedAt] : []),
        sources: [rank],
      });
      return key;
    }
    if (capturedAt) entry.seenIn.add(capturedAt);
    addSource(entry, rank);
    // Keep the copy captured last: the page as it finally stood.
    if (rank > entry.rank) {
      entry.record = aboutOne(record, event);
      entry.rank = rank;
    }
    return key;
  }

  /** Revisits joined to their originals, and what could not be. */
  #resolveRevisits(): RevisitSummary {
    const summary: RevisitSummary = { resolved: 0, unresolved: 0, examples: [] };
    for (const revisit of this.#revisits) {
      const keys = revisitNames(revisit)
        .map((name) => this.#originals.get(name))
        .find((found) => found !== undefined);
      if (!keys) {
        summary.unresolved++;
        if (summary.examples.length < 5) summary.examples.push(`${revisit.url} (${revisit.capturedAt})`);
        continue;
      }
      summary.resolved++;
      for (const key of keys) {
        const entry = this.#entries.get(key);
        if (!entry) continue;
        entry.seenIn.add(revisit.capturedAt);
        addSource(entry, rankOf(revisit.capturedAt, revisit.source));
      }
    }
    return summary;
  }

  /** The lines: events by their date (then time, title, page), then pages without an event by address. */
  finish(): { events: SeenEvent[]; revisits: RevisitSummary } {
    const revisits = this.#resolveRevisits();
    const sortKey = (e: Entry) =>
      e.record.event
        ? `0${e.record.event.start.date}|${e.record.event.start.time ?? ''}|${fold(e.record.event.title)}|${e.record.page.originalUrl}`
        : `1${e.record.page.originalUrl}`;
    const events = [...this.#entries.values()]
      .map((e) => ({ entry: e, key: sortKey(e) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ entry }) => ({
        record: entry.record,
        seenIn: [...entry.seenIn].sort(),
        sources: entry.sources.map((rank) => rank.slice(rank.indexOf('\u0000') + 1)),
      }));
    return { events, revisits };
  }
}

/** The record as a line about one of its events: that event as `event`, without the page's list. */
function aboutOne(record: EventRecord, event: EventDetails | null): EventRecord {
  const line = { ...record, event };
  delete line.events;
  return line;
}

/** Keeps the first sources by capture time, at most `MAX_SOURCES`, whatever order they come in. */
function addSource(entry: Entry, rank: string): void {
  if (entry.sources.includes(rank)) return;
  const at = entry.sources.findIndex((known) => known > rank);
  if (at === -1) entry.sources.push(rank);
  else entry.sources.splice(at, 0, rank);
  if (entry.sources.length > MAX_SOURCES) entry.sources.pop();
}

/** The names a revisit may give its original by: its record id, its address and payload digest, its address and date. */
function originalNames(url: string, capturedAt: string | null, row: CaptureRow): string[] {
  const names: string[] = [];
  if (row.recordId) names.push(`id|${row.recordId}`);
  if (row.digest) names.push(`digest|${url}|${row.digest}`);
  if (capturedAt) names.push(`date|${url}|${capturedAt}`);
  return names;
}

/** An address as the record's `originalUrl` holds it (parsed and written back), or as it is. */
function normalised(url: string): string {
  return URL.canParse(url) ? new URL(url).href : url;
}

function revisitNames(revisit: RevisitRow): string[] {
  const { recordId, url, date, digest } = revisit.refersTo;
  const original = normalised(url ?? revisit.url);
  const names: string[] = [];
  if (recordId) names.push(`id|${recordId}`);
  if (digest) names.push(`digest|${original}|${digest}`);
  if (date) names.push(`date|${original}|${date}`);
  return names;
}
