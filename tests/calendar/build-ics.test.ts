import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, icsFileName } from '../../utils/calendar/build-ics';
import { googleCalendarUrl, outlookCalendarUrl } from '../../utils/calendar/calendar-links';
import type { EventDetails, EventRecord } from '../../utils/event-record';
import { fixtureRecord } from '../helpers/records';

const NOW = new Date(Date.UTC(2026, 10, 29, 12));
const seed = fixtureRecord('seed');
const seedEvent = seed.event as EventDetails;

function withEvent(change: Partial<EventDetails>): EventRecord {
  return { ...seed, event: { ...seedEvent, ...change } };
}

/** The single VEVENT of an .ics text, as ical.js reads it. */
function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const vevent = component.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar: component, vevent, event: new ICAL.Event(vevent) };
}

describe('buildIcs', () => {
  it('writes the sample event in UTC: 13:00–14:30 CET on 17 Nov 2020 is 12:00–13:30Z', () => {
    const ics = buildIcs(seed, NOW) ?? '';
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(event.startDate.toJSDate().toISOString()).toBe('2020-11-17T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2020-11-17T13:30:00.000Z');
    expect(event.summary).toBe(seedEvent.title);
    expect(vevent.getFirstPropertyValue('url')).toBe(seed.page.originalUrl);
    expect(event.description).toContain(`Original page: ${seed.page.originalUrl}`);
    expect(event.description).toContain(
      `Archived copy: ${seed.page.url} (UNESCO Web Archive, captured 6 Dec 2020, 07:20 UTC)`,
    );
    expect(event.uid).toMatch(/@event-lens$/);
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-29T12:00:00Z');
    expect(ics).not.toMatch(/TZID/);
  });

  it('uses CRLF, folds at 75 octets without splitting a UTF-8 character, and escapes text', () => {
    const title = `Réunion ‘Archives’; mémoire, et web — ${'é'.repeat(80)}`;
    const ics =
      buildIcs(withEvent({ title, warnings: [{ code: 'note', params: {}, text: 'x'.repeat(300) }] }), NOW) ?? '';
    expect(ics.split('\r\n').length).toBeGreaterThan(10);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(bytes.toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
    }
    expect(ics).toContain('SUMMARY:Réunion ‘Archives’\\; mémoire\\, et web');
    expect(parse(ics).event.summary).toBe(title);
    expect(parse(ics).event.description).toContain(`Note: ${'x'.repeat(300)}`);
  });

  it('writes all-day events as dates with an exclusive end, multi-day included', () => {
    const ics =
      buildIcs(
        withEvent({
          allDay: true,
          start: { date: '2010-09-15', time: null, iso: null },
          end: { date: '2010-09-17', time: null, iso: null },
        }),
        NOW,
      ) ?? '';
    expect(ics).toContain('DTSTART;VALUE=DATE:20100915');
    expect(ics).toContain('DTEND;VALUE=DATE:20100918');
    const { event } = parse(ics);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2010-09-15');
    expect(event.endDate.toString()).toBe('2010-09-18');
  });

  it('places an event on a DST day at the right instant', () => {
    const ics =
      buildIcs(
        withEvent({
          start: { date: '2024-03-31', time: '10:00', iso: '2024-03-31T10:00:00+02:00' },
          end: { date: '2024-03-31', time: null, iso: null },
        }),
        NOW,
      ) ?? '';
    const { event } = parse(ics);
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-03-31T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2024-03-31T09:00:00.000Z');
    expect(event.description).toContain('no end time; one hour is assumed');
  });

  it('keeps a time it cannot place out of the calendar’s times: an all-day event with the time written down', () => {
    const ics =
      buildIcs(
        withEvent({
          start: { date: '2020-11-17', time: '13:00', iso: null },
          end: { date: '2020-11-17', time: '14:30', iso: null },
        }),
        NOW,
      ) ?? '';
    expect(ics).toContain('DTSTART;VALUE=DATE:20201117');
    expect(parse(ics).event.description).toContain('Time as written: 13:00–14:30 (time zone unknown)');
  });

  it('marks cancelled events', () => {
    const ics = buildIcs(withEvent({ status: 'cancelled' }), NOW) ?? '';
    expect(ics).toContain('STATUS:CANCELLED');
    expect(parse(ics).event.summary).toMatch(/\(cancelled\)$/);
  });

  it('gives the same UID for the same event and nothing for a page without one', () => {
    expect(parse(buildIcs(seed, NOW) ?? '').event.uid).toBe(parse(buildIcs(seed, new Date()) ?? '').event.uid);
    expect(buildIcs({ ...seed, event: null }, NOW)).toBeNull();
    expect(icsFileName(seed)).toBe('unesco-learning-cities-meeting-on-educational-planning-monitoring.ics');
  });
});

describe('calendar links', () => {
  it('gives Google the UTC instants', () => {
    const url = new URL(googleCalendarUrl(seed) ?? '');
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20201117T120000Z/20201117T133000Z');
    expect(url.searchParams.get('text')).toBe(seedEvent.title);
    expect(url.searchParams.get('details')).toContain(seed.page.originalUrl);
    expect(url.searchParams.get('location')).toBe('Online');
  });

  it('gives Outlook the UTC instants', () => {
    const url = new URL(outlookCalendarUrl(seed) ?? '');
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(url.searchParams.get('startdt')).toBe('2020-11-17T12:00:00Z');
    expect(url.searchParams.get('enddt')).toBe('2020-11-17T13:30:00Z');
    expect(url.searchParams.get('subject')).toBe(seedEvent.title);
    expect(url.searchParams.get('rru')).toBe('addevent');
  });

  it('gives both services all-day dates', () => {
    const allDay = withEvent({
      start: { date: '2010-09-15', time: null, iso: null },
      end: { date: '2010-09-17', time: null, iso: null },
    });
    expect(new URL(googleCalendarUrl(allDay) ?? '').searchParams.get('dates')).toBe('20100915/20100918');
    const outlook = new URL(outlookCalendarUrl(allDay) ?? '').searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')]).toEqual([
      '2010-09-15',
      '2010-09-18',
      'true',
    ]);
  });
});
