import { describe, expect, it } from 'vitest';
import { parseDateSpan, toIsoDate } from '../../utils/extract/fields/dates';

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
  ])('%s', (text, start, end) => {
    expect(span(text)).toEqual([start, end]);
  });

  it.each([['no date here'], ['31 February 2021'], ['Phone +41.22.555.06.00'], ['2021']])('%s has no date', (text) => {
    expect(parseDateSpan(text)).toBeNull();
  });

  it('does not take an earlier second date as the end', () => {
    expect(span('3 November 2023 to 30 October 2023')).toEqual(['2023-11-03', '2023-11-03']);
  });
});
