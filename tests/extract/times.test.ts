import { describe, expect, it } from 'vitest';
import { findTimeRange } from '../../utils/extract/fields/times';

describe('findTimeRange', () => {
  it.each([
    ['17 November 2020, 13:00–14.30h (CET):', '13:00', '14:30', 'CET'],
    ['Time: 13:00-14:00h CET', '13:00', '14:00', 'CET'],
    ['13.00-14.00h CET', '13:00', '14:00', 'CET'],
    ['4pm – 6pm (CEST)', '16:00', '18:00', 'CEST'],
    ['7:00pm to 9:00pm', '19:00', '21:00', null],
    ['Tuesday, 21 May 2013 - 5:00pm', '17:00', null, null],
    ['10:00 UTC+2', '10:00', null, 'UTC+2'],
    ['09:00 – 17:00 local time', '09:00', '17:00', 'local time'],
    ['13:00–14:30, Central European Time', '13:00', '14:30', 'Central European Time'],
    ['12:00 am to 12:30 am', '00:00', '00:30', null],
  ])('%s', (text, start, end, zone) => {
    const r = findTimeRange(text);
    expect(r?.start).toBe(start);
    expect(r?.end).toBe(end);
    expect(r?.zoneText).toBe(zone);
  });

  it.each([['17 November 2020'], ['+41.22.555.06.00'], ['Room 25'], ['in 2020 and 2021'], ['25:00']])(
    '%s has no time',
    (text) => {
      expect(findTimeRange(text)).toBeNull();
    },
  );

  it('does not read a lower-case word as a zone abbreviation', () => {
    expect(findTimeRange('10:00 est arrivé')?.zoneText).toBeNull();
  });
});
