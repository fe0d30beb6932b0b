import { describe, expect, it, vi } from 'vitest';
import { buildIcsCalendar } from '../../utils/calendar/build-ics';
import type { EventRecord } from '../../utils/event-record';
import { eventsCsv } from '../../utils/library/events-csv';
import {
  DEFAULT_QUERY,
  exportJson,
  libraryFacets,
  MAX_SAVED_EVENTS,
  mergeImport,
  queryLibrary,
  withoutSaved,
  withSaved,
  type SavedEvent,
} from '../../utils/library/saved-events';
import { MAX_IMPORT_BYTES, parseImport, readImportFile, readSavedList } from '../../utils/library/read-saved';
import { fixtureRecord } from '../helpers/records';
import ICAL from 'ical.js';

const seed = fixtureRecord('seed');
const live = fixtureRecord('live-en-unesco-template-b');
const drupal = fixtureRecord('wayback-drupal-template-a');
const saved = (record: EventRecord, savedAt: number): SavedEvent => ({ savedAt, record });

describe('the saved-events list', () => {
  const raw: unknown[] = [saved(seed, 1), { savedAt: 'yesterday', record: { title: 'broken' } }, saved(live, 2)];

  it('reads the good entries and counts the damaged one, which stays in storage untouched', () => {
    const list = readSavedList(raw);
    expect(list.events.map((e) => e.record.page.originalUrl)).toEqual([seed.page.originalUrl, live.page.originalUrl]);
    expect(list.unreadable).toBe(1);
    const next = withSaved(raw, saved(seed, 3)) ?? [];
    expect(next).toContainEqual({ savedAt: 'yesterday', record: { title: 'broken' } });
    expect(readSavedList(next).events).toHaveLength(2);
    expect(withoutSaved(next, new Set([seed.page.originalUrl]))).toHaveLength(2);
  });

  it('searches accents aside, filters by year, site and online, and sorts by the event’s date', () => {
    const events = [saved(seed, 1), saved(live, 2)];
    if (drupal.event) events.push(saved(drupal, 3));
    expect(queryLibrary(events, { ...DEFAULT_QUERY, text: 'LEARNING cities' }).map((e) => e.savedAt)).toEqual([1]);
    expect(queryLibrary(events, { ...DEFAULT_QUERY, mode: 'online' }).map((e) => e.savedAt)).toContain(1);
    const years = libraryFacets(events).years;
    expect(years[0]).toBeGreaterThanOrEqual(years[years.length - 1] ?? 0);
    const asc = queryLibrary(events, { ...DEFAULT_QUERY, sort: 'date-asc' }).map((e) => e.record.event?.start.date);
    expect([...asc].sort()).toEqual(asc);
    expect(queryLibrary(events, { ...DEFAULT_QUERY, site: seed.page.site }).map((e) => e.savedAt)).toEqual([1]);
    expect(
      queryLibrary(events, { ...DEFAULT_QUERY, year: 2020 }).every((e) =>
        e.record.event?.start.date.startsWith('2020'),
      ),
    ).toBe(true);
  });

  it('exports JSON that imports back, validated entry by entry', () => {
    const text = exportJson([saved(seed, 1), saved(live, 2)], new Date(Date.UTC(2026, 11, 1)));
    const back = parseImport(text);
    expect(back).toMatchObject({ ok: true, rejected: 0 });
    if (!back.ok) return;
    expect(back.events.map((e) => e.record)).toEqual([seed, live]);
    const damaged = JSON.parse(text) as { events: unknown[] };
    damaged.events.push({ savedAt: 1, record: { page: 'x' } });
    expect(parseImport(JSON.stringify(damaged))).toMatchObject({ ok: true, rejected: 1 });
    expect(parseImport('not json')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseImport('{"events": []}')).toEqual({ ok: false, reason: 'not-an-export' });
    const merged = mergeImport([saved(seed, 0), 'garbage'], back.events) ?? [];
    expect(readSavedList(merged)).toMatchObject({ unreadable: 1 });
    expect(readSavedList(merged).events.map((e) => e.savedAt)).toEqual([1, 2]);
  });

  it('refuses an import that would take the library past its limit, and drops none of the saved events', () => {
    const page = (i: number) => ({ ...seed, page: { ...seed.page, originalUrl: `https://uil.unesco.org/event/${i}` } });
    const mine = [0, 1, 2, 3, 4].map((i) => saved(page(i), i));
    const file = Array.from({ length: MAX_SAVED_EVENTS }, (_, i) => saved(page(100 + i), 100 + i));
    expect(mergeImport(mine, file)).toBeNull();
    // What fits is imported in full; a page already saved is replaced, not counted twice.
    const fits = mergeImport(mine, [...file.slice(0, MAX_SAVED_EVENTS - 5), saved(page(0), 9)]);
    expect(fits).toHaveLength(MAX_SAVED_EVENTS);
    expect(
      readSavedList(fits ?? [])
        .events.filter((e) => e.savedAt < 100)
        .map((e) => e.savedAt),
    ).toEqual([1, 2, 3, 4, 9]);
  });

  it('knows a file is too large from its size, before reading a byte of it', async () => {
    const text = vi.fn(() => Promise.resolve('{}'));
    expect(await readImportFile({ size: MAX_IMPORT_BYTES + 1, text })).toEqual({ ok: false, reason: 'too-large' });
    expect(text).not.toHaveBeenCalled();
    const back = await readImportFile(new Blob([exportJson([saved(seed, 1)], new Date(Date.UTC(2026, 11, 1)))]));
    expect(back).toMatchObject({ ok: true, rejected: 0 });
    const failing = { size: 10, text: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
    expect(await readImportFile(failing)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('exports one calendar with every event, and a CSV row per event', () => {
    const ics = buildIcsCalendar([seed, live], new Date(Date.UTC(2026, 11, 1)), 'Saved events');
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
    const csv = eventsCsv([seed, live]).split('\r\n');
    expect(csv[0]?.startsWith('title,start_date,start_time')).toBe(true);
    expect(csv[1]).toContain(
      ',2020-11-17,13:00,2020-11-17,14:30,Europe/Paris,2020-11-17T12:00:00Z,2020-11-17T13:30:00Z,',
    );
    expect(csv).toHaveLength(4);
  });
});
