/**
 * Golden .ics files for the cases calendars get wrong: a DST day, a multi-day all-day event, a non-ASCII title
 * and a long description (folding). Each file is compared byte for byte, then read back with ical.js to
 * check the instants. After a deliberate change of the writer, `UPDATE_GOLDEN=1 npx vitest run
 * tests/calendar/ics-golden.test.ts` rewrites them; review the diff before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../utils/calendar/build-ics';
import type { EventDetails, EventRecord } from '../../utils/event-record';
import { fixtureRecord } from '../helpers/records';

const GOLDEN = resolve(process.cwd(), 'tests/fixtures/ics');
const NOW = new Date(Date.UTC(2026, 10, 29, 12));
const seed = fixtureRecord('seed');
const seedEvent = seed.event as EventDetails;
const withEvent = (change: Partial<EventDetails>): EventRecord => ({ ...seed, event: { ...seedEvent, ...change } });

type Case = {
  name: string;
  record: EventRecord;
  /** What a calendar must read: ISO instants (timed) or dates (all-day, end exclusive). */
  start: string;
  end: string;
  summary: string;
};

const LONG_NOTE =
  'Interpretation will be provided in English, French, Spanish, Arabic, Russian and Chinese; participants ' +
  'joining from Seoul, São Paulo or Nairobi should connect fifteen minutes early to test their audio. Documents ' +
  'for the session (agenda, concept note, list of speakers) are on the page’s “Documents” tab — in several languages.';

const CASES: Case[] = [
  {
    name: 'dst-day',
    // The day Paris moved to summer time (31 March 2024, 02:00 → 03:00): 10:00–12:00 CEST is 08:00–10:00Z.
    record: withEvent({
      start: { date: '2024-03-31', time: '10:00', iso: '2024-03-31T10:00:00+02:00' },
      end: { date: '2024-03-31', time: '12:00', iso: '2024-03-31T12:00:00+02:00' },
    }),
    start: '2024-03-31T08:00:00.000Z',
    end: '2024-03-31T10:00:00.000Z',
    summary: seedEvent.title,
  },
  {
    name: 'all-day-multi-day',
    // 15–17 September 2010, no time: DTEND is the day after the last day.
    record: withEvent({
      allDay: true,
      start: { date: '2010-09-15', time: null, iso: null },
      end: { date: '2010-09-17', time: null, iso: null },
    }),
    start: '2010-09-15',
    end: '2010-09-18',
    summary: seedEvent.title,
  },
  {
    name: 'non-ascii-title',
    record: withEvent({
      title: 'Journée mondiale de l’audiovisuel — 世界视听遗产日 — اليوم العالمي للتراث السمعي البصري — День 🎞️',
    }),
    start: '2020-11-17T12:00:00.000Z',
    end: '2020-11-17T13:30:00.000Z',
    summary: 'Journée mondiale de l’audiovisuel — 世界视听遗产日 — اليوم العالمي للتراث السمعي البصري — День 🎞️',
  },
  {
    name: 'long-description',
    record: withEvent({ warnings: [{ code: 'note', params: {}, text: LONG_NOTE }] }),
    start: '2020-11-17T12:00:00.000Z',
    end: '2020-11-17T13:30:00.000Z',
    summary: seedEvent.title,
  },
];

describe('golden .ics files', () => {
  it('the long-description case really has a description over 300 characters', () => {
    expect(LONG_NOTE.length).toBeGreaterThan(300);
  });

  it.each(CASES)('$name: byte for byte as the golden file, and read back right', (c) => {
    const ics = buildIcs(c.record, NOW);
    if (ics === null) throw new Error(`${c.name}: no calendar`);
    const file = resolve(GOLDEN, `${c.name}.ics`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, ics);
    expect(ics).toBe(readFileSync(file, 'utf8'));

    // RFC 5545 3.1: CRLF lines of at most 75 octets, continuation lines starting with one space.
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    }
    const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(c.summary);
    if (event.startDate.isDate) {
      expect([event.startDate.toString(), event.endDate.toString()]).toEqual([c.start, c.end]);
    } else {
      expect(event.startDate.toJSDate().toISOString()).toBe(c.start);
      expect(event.endDate.toJSDate().toISOString()).toBe(c.end);
    }
    expect(event.description).toContain(`Original page: ${seed.page.originalUrl}`);
    if (c.name === 'long-description') expect(event.description).toContain(`Note: ${LONG_NOTE}`);
  });
});
