import { describe, expect, it } from 'vitest';
import { timestampToMs, type Capture } from '../../utils/captures/capture';
import {
  capturesInMonth,
  countsByMonth,
  nearestCapture,
  summarizeCaptures,
} from '../../utils/captures/capture-summary';

const cap = (timestamp: string, status: number | null = 200): Capture => ({
  timestamp,
  url: `https://web.archive.org/web/${timestamp}/https://uil.unesco.org/event/x`,
  status,
});
const CAPTURES = [
  cap('20200101000000'),
  cap('20201110000000'),
  cap('20201116120000', 302),
  cap('20201117110000'),
  cap('20201117140000', 404),
  cap('20201118090000', 301),
  cap('20201201000000'),
  cap('20230505000000', null),
];
const START = timestampToMs('20201117120000');
const END = timestampToMs('20201117133000');

describe('summarizeCaptures', () => {
  it('finds the good captures around the event, never a redirect or an error', () => {
    const s = summarizeCaptures(CAPTURES, START, END);
    expect(s.count).toBe(8);
    expect(s.notGood).toBe(3);
    expect(s.first?.timestamp).toBe('20200101000000');
    expect(s.last?.timestamp).toBe('20230505000000');
    expect(s.beforeStart?.timestamp).toBe('20201117110000');
    expect(s.afterStart?.timestamp).toBe('20201201000000');
    expect(s.nearestEnd?.timestamp).toBe('20201117110000');
  });

  it('has no "around the event" without an event time, and copes with no captures', () => {
    expect(summarizeCaptures(CAPTURES, null, null)).toMatchObject({
      beforeStart: null,
      afterStart: null,
      nearestEnd: null,
    });
    expect(summarizeCaptures([], START, END)).toEqual({
      count: 0,
      notGood: 0,
      first: null,
      last: null,
      beforeStart: null,
      afterStart: null,
      nearestEnd: null,
    });
  });

  it('offers nothing as nearest when every capture is a redirect or an error', () => {
    const bad = [cap('20201117110000', 301), cap('20201118110000', 503)];
    expect(summarizeCaptures(bad, START, END)).toMatchObject({ beforeStart: null, afterStart: null, nearestEnd: null });
  });
});

describe('nearestCapture', () => {
  it('takes the closer side, the earlier on a tie, and skips bad captures', () => {
    expect(nearestCapture(CAPTURES, timestampToMs('20201118100000'))?.timestamp).toBe('20201117110000');
    expect(nearestCapture(CAPTURES, timestampToMs('20201125000000'))?.timestamp).toBe('20201201000000');
    expect(nearestCapture(CAPTURES, timestampToMs('19990101000000'))?.timestamp).toBe('20200101000000');
    expect(nearestCapture(CAPTURES, timestampToMs('20300101000000'))?.timestamp).toBe('20230505000000');
    expect(
      nearestCapture([cap('20200101000000'), cap('20200103000000')], timestampToMs('20200102000000'))?.timestamp,
    ).toBe('20200101000000');
  });
});

describe('countsByMonth', () => {
  it('counts by year and month, years without captures included', () => {
    const years = countsByMonth(CAPTURES);
    expect(years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023]);
    expect(years[0]?.months).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 1]);
    expect(years[0]?.notGood[10]).toBe(3);
    expect(years[1]?.months.every((n) => n === 0)).toBe(true);
    expect(years[3]?.months[4]).toBe(1);
    expect(countsByMonth([])).toEqual([]);
  });

  it('lists the captures of one month', () => {
    expect(capturesInMonth(CAPTURES, 2020, 11).map((c) => c.timestamp)).toHaveLength(5);
    expect(capturesInMonth(CAPTURES, 2021, 1)).toEqual([]);
  });

  it('handles 100,000 captures', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const ms = Date.UTC(2005, 0, 1) + i * 3_600_000;
      return cap(new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14));
    });
    const years = countsByMonth(many);
    expect(years.reduce((n, y) => n + y.months.reduce((a, b) => a + b, 0), 0)).toBe(100_000);
    expect(summarizeCaptures(many, Date.UTC(2010, 5, 1), null).beforeStart?.timestamp).toBe('20100601000000');
  });
});
