import { describe, expect, it } from 'vitest';
import { findTimeRange, isTimetableRow } from '../../utils/extract/fields/times';

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
    ['This meeting takes place in Room XI (Fontenoy) from 3 to 5 p.m.', '15:00', '17:00', null],
    ['will be held in room XI, from 10 am to noon, on Monday', '10:00', '12:00', null],
    ['from 10 a.m. to noon on Monday 29 October 2018', '10:00', '12:00', null],
    ['1.40 – 2.10pm', '13:40', '14:10', null],
    ['14.30h', '14:30', null, null],
    ['La table ronde aura lieu au siège de l’UNESCO, Salle IV (de 10h à 12h00).', '10:00', '12:00', null],
    ['from 9:30 a.m. to 5:30 p.m. (Paris time)', '09:30', '17:30', 'Paris time'],
    ['It will be held on 22 May 2020 (4 p.m. -5 p.m., UTC+2)', '16:00', '17:00', 'UTC+2'],
    ['Registration opens at 0830 hrs', '08:30', null, null],
    ['17:00–18:30h CEST', '17:00', '18:30', 'CEST'],
    ['le jeudi 9 février de 10h à 12h30 (heure de Dakar)', '10:00', '12:30', 'heure de Dakar'],
    ['at 3 pm (New York time)', '15:00', null, 'New York time'],
    ['a las 18:00 (hora de Lima)', '18:00', null, 'hora de Lima'],
    ['в 10:00 по московскому времени', '10:00', null, 'по московскому времени'],
    ['from 2 pm, at the same time as the opening', '14:00', null, null],
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

  it.each([
    ['14h00-14h30', true],
    ['14h30-15h00', true],
    ['Opening session: 14h30', false],
    ['Time: 13:00-14:00h CET', false],
  ])('%s is a timetable row: %s', (line, expected) => expect(isTimetableRow(line)).toBe(expected));

  it('does not read a lower-case word as a zone abbreviation', () => {
    expect(findTimeRange('10:00 est arrivé')?.zoneText).toBeNull();
  });
});

describe('four-digit times', () => {
  it.each([
    ['Registration 0830', '08:30', null],
    ['Sessions 0830-1000', '08:30', '10:00'],
    ['1400h', '14:00', null],
  ])('%s', (text, start, end) => {
    expect(findTimeRange(text)).toMatchObject({ start, end });
  });
  it.each([['in 1930'], ['Resolution 2019'], ['room 1015']])('%s is not a time', (text) =>
    expect(findTimeRange(text)).toBeNull(),
  );
});
