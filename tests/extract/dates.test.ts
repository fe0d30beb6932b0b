import { describe, expect, it } from 'vitest';
import { parseDateSpan, parseYearlessSpan, toIsoDate } from '../../utils/extract/fields/dates';

const span = (text: string) => {
  const s = parseDateSpan(text);
  return s && [toIsoDate(s.start), toIsoDate(s.end)];
};

describe('parseDateSpan', () => {
  it.each([
    ['17 November 2020', '2020-11-17', '2020-11-17'],
    ['On Tuesday, 17 November 2020, members will meet', '2020-11-17', '2020-11-17'],
    ['from Friday 24 January, 2020', '2020-01-24', '2020-01-24'],
    ['15-17 September 2010', '2010-09-15', '2010-09-17'],
    ['22 to 24 February 2023', '2023-02-22', '2023-02-24'],
    ['from 30 October to 3 November 2023', '2023-10-30', '2023-11-03'],
    ['2 October 2023 to 3 October 2023', '2023-10-02', '2023-10-03'],
    ['28 November 2017 to 30 November 2017', '2017-11-28', '2017-11-30'],
    ['(25 April 2022 – 26 April 2022)', '2022-04-25', '2022-04-26'],
    ['November 17, 2020', '2020-11-17', '2020-11-17'],
    ['01/03/2019 - 01/03/2019', '2019-03-01', '2019-03-01'],
    ['Lundi 11 Décembre, 2017', '2017-12-11', '2017-12-11'],
    ['30 noviembre 2020', '2020-11-30', '2020-11-30'],
    ['17 de noviembre de 2020', '2020-11-17', '2020-11-17'],
    ['1er juin 2021', '2021-06-01', '2021-06-01'],
    ['el 1.º de marzo de 2021', '2021-03-01', '2021-03-01'],
    ['2021/09/15', '2021-09-15', '2021-09-15'],
    ['16 أيلول/سبتمبر 2021', '2021-09-16', '2021-09-16'],
    ['١٦ تشرين الأول (أكتوبر) ٢٠٢١', '2021-10-16', '2021-10-16'],
    ['On 2 and 3 October 2023, the UNESCO Institute', '2023-10-02', '2023-10-03'],
    ['2017-09-15 09:002017-10-30 18:00', '2017-09-15', '2017-10-30'],
    ['04/07-09-2023 Plovdiv (Bulgarie)', '2023-09-04', '2023-09-07'],
    ['Lundi 11 Décembre, 2017', '2017-12-11', '2017-12-11'],
    ['١٢ نوفمبر ٢٠١٩', '2019-11-12', '2019-11-12'],
    ['12 تشرين الثاني 2019', '2019-11-12', '2019-11-12'],
    ['12 ноября 2019 года', '2019-11-12', '2019-11-12'],
    ['с 12 по 14 ноября 2019 года', '2019-11-12', '2019-11-14'],
    ['2019年11月12日至14日', '2019-11-12', '2019-11-14'],
    ['2019年11月12日', '2019-11-12', '2019-11-12'],
    ['Wednesday, 15 September 2010 - Friday, 17 September 2010', '2010-09-15', '2010-09-17'],
  ])('%s', (text, start, end) => {
    expect(span(text)).toEqual([start, end]);
  });

  it.each([['no date here'], ['31 February 2021'], ['Phone +41.22.555.06.00'], ['2021']])('%s has no date', (text) => {
    expect(parseDateSpan(text)).toBeNull();
  });

  it('reads the times of an ISO run with its dates', () => {
    expect(parseDateSpan('2017-09-15 09:002017-10-30 18:00')).toMatchObject({ startTime: '09:00', endTime: '18:00' });
  });

  it('does not take a date further on in the sentence as the end', () => {
    expect(span('on 24 October 2019, after the debate of 2 October 2019')).toEqual(['2019-10-24', '2019-10-24']);
  });

  it('does not take an earlier second date as the end', () => {
    expect(span('3 November 2023 to 30 October 2023')).toEqual(['2023-11-03', '2023-11-03']);
  });
});

describe('parseYearlessSpan', () => {
  const ref = { year: 2018, month: 9, day: 17 };
  it.each([
    [
      'À l’occasion de la Journée internationale de la paix, le 21 septembre, l’UNESCO organise',
      '2018-09-21',
      '2018-09-21',
    ],
    ['the workshop on 12 January', '2019-01-12', '2019-01-12'],
    ['On 25 and 26 April, States Parties', '2022-04-25', '2022-04-26', { year: 2022, month: 4, day: 1 }],
    ['25 May - Africa Day', '2023-05-25', '2023-05-25', { year: 2023, month: 1, day: 10 }],
  ])('%s', (text, start, end, reference = ref) => {
    const s = parseYearlessSpan(text, reference);
    expect(s && [toIsoDate(s.start), toIsoDate(s.end)]).toEqual([start, end]);
    expect(s?.yearInferred).toBe(true);
  });

  it.each([['17 Septembre 2018'], ['no date'], ['A / RES / 71/178']])('%s has no year-less date', (text) => {
    expect(parseYearlessSpan(text, ref)).toBeNull();
  });
});
