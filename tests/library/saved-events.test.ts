import { describe, expect, it } from 'vitest';
import { buildIcsCalendar } from '../../utils/calendar/build-ics';
import type { EventRecord } from '../../utils/event-record';
import { eventsCsv } from '../../utils/library/events-csv';
import {
  DEFAULT_QUERY,
  exportJson,
  libraryFacets,
  mergeImport,
  parseImport,
  queryLibrary,
  readSavedList,
  withoutSaved,
  withSaved,
  type SavedEvent,
} from '../../utils/library/saved-events';
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
    const merged = mergeImport([saved(seed, 0), 'garbage'], back.events);
    expect(readSavedList(merged)).toMatchObject({ unreadable: 1 });
    expect(readSavedList(merged).events.map((e) => e.savedAt)).toEqual([1, 2]);
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
