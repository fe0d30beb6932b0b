import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatOffset, isKnownZone, parseOffset, resolveWallTime, toOffsetIso } from '../../utils/time/zone-offset';

const ZONES = [
  'Europe/Paris',
  'Europe/Berlin',
  'America/New_York',
  'America/Havana',
  'Asia/Kolkata',
  'Asia/Seoul',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'Africa/Casablanca',
  'Asia/Tehran',
  'UTC',
];
const WALL_TIMES = [
  ['1975-07-01', '12:00'],
  ['2020-11-17', '13:00'],
  ['2021-06-17', '10:00'],
  ['2024-03-31', '02:30'], // Paris spring-forward gap
  ['2024-03-10', '02:30'], // New York gap
  ['2024-10-06', '02:30'], // Sydney gap
  ['2010-09-15', '00:00'],
  ['1999-12-31', '23:59'],
] as const;

// Times that occur once or not at all: luxon and RFC 5545 agree on these. (In an overlap luxon picks by
// the offset in force *today*, so overlaps are tested against RFC 5545 below instead.)
describe('resolveWallTime agrees with luxon', () => {
  for (const zone of ZONES) {
    it.each(WALL_TIMES)(`${zone} %s %s`, (date, time) => {
      const expected = DateTime.fromISO(`${date}T${time}`, { zone });
      const actual = resolveWallTime(zone, date, time);
      expect(actual?.offsetMinutes).toBe(expected.offset);
      expect(actual?.epochMs).toBe(expected.toMillis());
    });
  }
});

describe('resolveWallTime', () => {
  it('flags a time in a spring-forward gap', () => {
    const r = resolveWallTime('Europe/Paris', '2024-03-31', '02:30');
    expect(r?.inGap).toBe(true);
    expect(r && toOffsetIso(r.epochMs, r.offsetMinutes)).toBe('2024-03-31T03:30:00+02:00');
  });
  it.each([
    ['Europe/Paris', '2024-10-27', '02:30', '2024-10-27T02:30:00+02:00'],
    ['America/New_York', '2024-11-03', '01:30', '2024-11-03T01:30:00-04:00'],
    ['Australia/Sydney', '2024-04-07', '02:30', '2024-04-07T02:30:00+11:00'],
    ['Africa/Casablanca', '2024-03-10', '02:30', '2024-03-10T02:30:00+01:00'],
  ])('takes the first occurrence of a time that happens twice (RFC 5545): %s %s %s', (zone, date, time, iso) => {
    const r = resolveWallTime(zone, date, time);
    expect(r?.inOverlap).toBe(true);
    expect(r && toOffsetIso(r.epochMs, r.offsetMinutes)).toBe(iso);
  });
  it('uses the historical rules of the zone (Paris had no DST in 1975)', () => {
    expect(resolveWallTime('Europe/Paris', '1975-07-01', '12:00')?.offsetMinutes).toBe(60);
  });
  it('places a date without a time at noon', () => {
    expect(resolveWallTime('Europe/Paris', '2021-06-17', null)?.offsetMinutes).toBe(120);
  });
  it('returns null for unknown zones rather than throwing', () => {
    expect(resolveWallTime('Mars/Olympus_Mons', '2021-06-17', '10:00')).toBeNull();
    expect(isKnownZone('CEST')).toBe(false);
  });
});

describe('offset strings', () => {
  it.each([
    [60, '+01:00'],
    [-210, '-03:30'],
    [0, '+00:00'],
    [345, '+05:45'],
  ])('%i ↔ %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
    expect(parseOffset(text)).toBe(minutes);
  });
  it('rejects malformed offsets', () => expect(parseOffset('+1')).toBeNull());
});
