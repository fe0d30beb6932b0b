import { describe, expect, it } from 'vitest';
import { placeEventTimes } from '../../utils/time/event-zone';

const base = { venueText: null, site: 'example.org', online: false };

describe('placeEventTimes', () => {
  it('reads CET in winter as Paris time, +01:00', () => {
    const r = placeEventTimes('2020-11-17', '13:00', '2020-11-17', '14:30', { ...base, zoneText: 'CET' });
    expect(r.start.iso).toBe('2020-11-17T13:00:00+01:00');
    expect(r.end.iso).toBe('2020-11-17T14:30:00+01:00');
    expect(r.timeZone).toEqual({ iana: 'Europe/Paris', offset: '+01:00', text: 'CET', basis: 'stated-zone' });
    expect(r.warnings).toEqual([]);
  });

  it('reads CET written for a June date as Paris summer time and says so', () => {
    const r = placeEventTimes('2021-06-17', '10:00', '2021-06-17', null, { ...base, zoneText: 'CET' });
    expect(r.start.iso).toBe('2021-06-17T10:00:00+02:00');
    expect(r.warnings.map((w) => w.text).join(' ')).toMatch(
      /Written as CET; on 17 June 2021 Europe\/Paris was on summer time \(UTC\+02:00\)/,
    );
  });

  it('keeps a written numeric offset literally', () => {
    const r = placeEventTimes('2021-06-17', '10:00', '2021-06-17', null, { ...base, zoneText: 'UTC+3' });
    expect(r.start.iso).toBe('2021-06-17T10:00:00+03:00');
    expect(r.timeZone.basis).toBe('stated-offset');
    expect(r.timeZone.iana).toBeNull();
  });

  it('takes "local time" from the venue', () => {
    const r = placeEventTimes('2015-04-28', '19:00', '2015-04-28', '21:00', {
      ...base,
      zoneText: 'local time',
      venueText: 'Argentina, Buenos Aires',
    });
    expect(r.timeZone.iana).toBe('America/Argentina/Buenos_Aires');
    expect(r.timeZone.basis).toBe('venue');
    expect(r.start.iso).toBe('2015-04-28T19:00:00-03:00');
  });

  it('assumes the site zone when nothing else is known, and warns', () => {
    const r = placeEventTimes('2023-10-02', '09:00', '2023-10-02', null, {
      ...base,
      zoneText: null,
      site: 'uil.unesco.org',
    });
    expect(r.timeZone).toMatchObject({ iana: 'Europe/Berlin', basis: 'site-default', offset: '+02:00' });
    expect(r.warnings[0]?.text).toMatch(/assumed Europe\/Berlin/);
  });

  it('leaves an all-day event without instants', () => {
    const r = placeEventTimes('2010-09-15', null, '2010-09-17', null, {
      ...base,
      zoneText: null,
      venueText: 'Brasília, Brazil',
    });
    expect(r.start).toEqual({ date: '2010-09-15', time: null, iso: null });
    expect(r.end).toEqual({ date: '2010-09-17', time: null, iso: null });
  });

  it('says when a time falls in a DST gap', () => {
    const r = placeEventTimes('2024-03-31', '02:30', '2024-03-31', null, { ...base, zoneText: 'CET' });
    expect(r.start.iso).toBe('2024-03-31T03:30:00+02:00');
    expect(r.warnings.map((w) => w.text).join(' ')).toMatch(/does not exist/);
  });
});

describe('abbreviations that name several zones', () => {
  it.each([
    ['IST', 'Merrion Square, Dublin, Ireland', 'Europe/Dublin', '2019-07-01T10:00:00+01:00'],
    ['IST', 'Tel Aviv, Israel', 'Asia/Jerusalem', '2019-07-01T10:00:00+03:00'],
    ['IST', 'New Delhi, India', 'Asia/Kolkata', '2019-07-01T10:00:00+05:30'],
    ['IST', null, 'Asia/Kolkata', '2019-07-01T10:00:00+05:30'],
    ['CST', 'Beijing, China', 'Asia/Shanghai', '2019-07-01T10:00:00+08:00'],
    ['CST', 'Chicago', 'America/Chicago', '2019-07-01T10:00:00-05:00'],
  ])('%s at %s is %s', (zoneText, venueText, iana, iso) => {
    const r = placeEventTimes('2019-07-01', '10:00', '2019-07-01', null, {
      zoneText,
      venueText,
      site: 'example.org',
      online: false,
    });
    expect(r.timeZone.iana).toBe(iana);
    expect(r.start.iso).toBe(iso);
  });
});
