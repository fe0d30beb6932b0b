import { Settings } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCaptureTime, formatEventTimes, formatTimeRows } from '../../utils/time/format-event-time';
import { findZoneChoice } from '../../utils/time/zone-names';
import { fixtureRecord } from '../helpers/records';

const event = fixtureRecord('seed').event;
if (!event) throw new Error('seed fixture has no event');

// What the popup shows must not depend on the machine the tests run on: pin "now" and the default zone,
// and put them somewhere unusual, so a hidden use of either shows up.
let restore: () => void = () => undefined;
beforeEach(() => {
  const [zone, now] = [Settings.defaultZone, Settings.now];
  Settings.defaultZone = 'Pacific/Chatham';
  Settings.now = () => Date.UTC(2031, 6, 1, 12);
  restore = () => {
    Settings.defaultZone = zone;
    Settings.now = now;
  };
});
afterEach(() => restore());

describe('formatEventTimes', () => {
  it('uses the offset valid on the event’s date in each zone', () => {
    const t = formatEventTimes(event, { readerZone: 'America/New_York', locale: 'en-GB', hour12: false });
    expect(t.dateText).toBe('Tue, 17 Nov 2020');
    expect(t.lines).toEqual([
      { label: 'Europe/Paris', text: 'Tue, 17 Nov 2020, 13:00–14:30', offset: 'UTC+1', dayChanged: false },
      {
        label: 'Your time (America/New_York)',
        text: 'Tue, 17 Nov 2020, 07:00–08:30',
        offset: 'UTC-5',
        dayChanged: false,
      },
      { label: 'UTC', text: 'Tue, 17 Nov 2020, 12:00–13:30', offset: 'UTC', dayChanged: false },
    ]);
  });

  it('says when the reader’s day is another', () => {
    const t = formatEventTimes(event, { readerZone: 'Asia/Tokyo', locale: 'en-GB', hour12: false });
    expect(t.lines[1]).toMatchObject({ text: 'Tue, 17 Nov 2020, 21:00–22:30', dayChanged: false });
    const late = {
      ...event,
      start: { ...event.start, time: '23:00', iso: '2020-11-17T23:00:00+01:00' },
      end: { ...event.end, time: null, iso: null },
    };
    expect(formatEventTimes(late, { readerZone: 'Asia/Tokyo', locale: 'en-GB', hour12: false }).lines[1]).toMatchObject(
      {
        text: 'Wed, 18 Nov 2020, 07:00',
        dayChanged: true,
      },
    );
  });

  it('shows a time it cannot place as written', () => {
    const unplaced = { ...event, start: { ...event.start, iso: null }, end: { ...event.end, iso: null } };
    expect(formatEventTimes(unplaced, { readerZone: 'UTC', locale: 'en-GB', hour12: false })).toMatchObject({
      lines: [],
      unplacedTimeText: '13:00–14:30',
    });
  });

  it('formats capture times in UTC', () => {
    expect(formatCaptureTime('2020-12-06T07:20:20Z')).toBe('6 Dec 2020, 07:20 UTC');
  });
});

// Each language's own order of day, month, year, weekday and clock is Intl's (CLDR), not a pattern of ours
// (docs/i18n.md, Dates and numbers): the expectations are what Intl writes in that locale.
// Spaces are compared as spaces: luxon's formatter and a fresh Intl one may differ in a no-break space (ICU's
// U+202F before Russian "г.").
describe('dates and times in the reader’s locale', () => {
  const plain = (text: string | undefined) => (text ?? '').replace(/\s/g, ' ');
  const intl = (locale: string, options: Intl.DateTimeFormatOptions, ms: number) =>
    plain(new Intl.DateTimeFormat(locale, options).format(ms));
  const day: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

  it.each(['zh-CN', 'ar-u-nu-latn', 'ru-RU', 'fr-FR', 'es-ES', 'en-US'])(
    'writes the date line as %s does',
    (locale) => {
      const t = formatTimeRows(event, { readerZone: 'Asia/Seoul', locale, hour12: false });
      expect(plain(t.dateText)).toBe(intl(locale, { ...day, timeZone: 'UTC' }, Date.UTC(2020, 10, 17)));
      const lines = formatEventTimes(event, { readerZone: 'Asia/Seoul', locale, hour12: false }).lines;
      expect(plain(lines[0]?.text)).toBe(
        `${intl(locale, { ...day, ...clock, timeZone: 'Europe/Paris' }, Date.UTC(2020, 10, 17, 12))}–` +
          intl(locale, { ...clock, timeZone: 'Europe/Paris' }, Date.UTC(2020, 10, 17, 13, 30)),
      );
    },
  );

  it('puts year, month and day first in Chinese, and keeps Latin digits in Arabic', () => {
    const zh = formatTimeRows(event, { readerZone: 'Asia/Seoul', locale: 'zh-CN', hour12: false }).dateText;
    expect(zh.startsWith('2020年11月17日')).toBe(true);
    const ar = formatTimeRows(event, { readerZone: 'Asia/Seoul', locale: 'ar-u-nu-latn', hour12: false }).dateText;
    expect(ar).toMatch(/17 .*2020/);
    expect(ar).not.toMatch(/[\u0660-\u0669]/);
  });

  it.each(['zh-CN', 'ar-u-nu-latn', 'ru-RU', 'en-US'])('writes capture times as %s does, in UTC', (locale) => {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', ...clock };
    const expected = intl(locale, { ...options, timeZone: 'UTC', timeZoneName: 'short' }, Date.UTC(2020, 11, 6, 7, 20));
    expect(plain(formatCaptureTime('2020-12-06T07:20:20Z', locale))).toBe(expected);
  });

  it('shows the reader’s other day in the locale’s order', () => {
    const late = {
      ...event,
      start: { ...event.start, time: '23:00', iso: '2020-11-17T23:00:00+01:00' },
      end: { ...event.end, time: null, iso: null },
    };
    const row = formatTimeRows(late, { readerZone: 'Asia/Tokyo', locale: 'zh-CN', hour12: false }).rows[1];
    const inYear: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
    expect(plain(row?.clock)).toBe(
      intl('zh-CN', { ...inYear, ...clock, timeZone: 'Asia/Tokyo' }, Date.UTC(2020, 10, 17, 22)),
    );
    expect(row?.dayChanged).toBe(true);
  });
});

describe('findZoneChoice', () => {
  const choices = [
    { zone: 'Asia/Seoul', label: 'Seoul (Asia)' },
    { zone: 'America/Sao_Paulo', label: 'Sao Paulo (America)' },
  ];
  it.each([
    ['Asia/Seoul', 'Asia/Seoul'],
    ['asia/seoul', 'Asia/Seoul'],
    ['Seoul (Asia)', 'Asia/Seoul'],
    ['sao', 'America/Sao_Paulo'],
  ])('%s → %s', (query, zone) => expect(findZoneChoice(choices, query)?.zone).toBe(zone));
  it.each([[''], ['   '], ['Atlantis']])('%j matches nothing', (query) =>
    expect(findZoneChoice(choices, query)).toBeNull(),
  );
});
