import { describe, expect, it } from 'vitest';
import { parseHttpDate, parseLinkHeader, readMementoHeaders } from '../../utils/archives/memento-headers';

describe('Memento headers', () => {
  it.each([
    ['Sun, 06 Dec 2020 07:20:20 GMT', '2020-12-06T07:20:20Z'],
    ['Mon, 30 Jan 2012 16:13:41 GMT', '2012-01-30T16:13:41Z'],
    ['Thu, 1 Jan 1998 00:00:00 GMT', '1998-01-01T00:00:00Z'],
  ])('parses %s', (value, iso) => expect(parseHttpDate(value)).toBe(iso));

  it.each([['2020-12-06T07:20:20Z'], ['Sun, 31 Feb 2020 07:20:20 GMT'], ['Sun, 06 Dec 2020 07:20:20 CET'], ['']])(
    'rejects %s',
    (value) => {
      expect(parseHttpDate(value)).toBeNull();
    },
  );

  it('parses a pywb Link header', () => {
    const value =
      '<https://en.unesco.org/events/x>; rel="original", <http://localhost:8080/coll/https://en.unesco.org/events/x>; rel="timegate", <http://localhost:8080/coll/timemap/link/https://en.unesco.org/events/x>; rel="timemap"; type="application/link-format", <http://localhost:8080/coll/20201206072020mp_/https://en.unesco.org/events/x>; rel="memento"; datetime="Sun, 06 Dec 2020 07:20:20 GMT"';
    const links = parseLinkHeader(value);
    expect(links.map((l) => l.rels)).toEqual([['original'], ['timegate'], ['timemap'], ['memento']]);
    expect(links[0]?.uri).toBe('https://en.unesco.org/events/x');
  });

  it('reads the capture from a response’s headers', () => {
    expect(
      readMementoHeaders([
        { name: 'Content-Type', value: 'text/html' },
        { name: 'Memento-Datetime', value: 'Sun, 06 Dec 2020 07:20:20 GMT' },
        { name: 'Link', value: '<https://en.unesco.org/events/x>; rel="original timegate"' },
      ]),
    ).toEqual({ originalUrl: 'https://en.unesco.org/events/x', capturedAt: '2020-12-06T07:20:20Z' });
  });

  it.each([
    ['no Memento-Datetime', [{ name: 'Link', value: '<https://a.org/>; rel="original"' }]],
    [
      'no original',
      [
        { name: 'Memento-Datetime', value: 'Sun, 06 Dec 2020 07:20:20 GMT' },
        { name: 'Link', value: '<https://a.org/>; rel="timegate"' },
      ],
    ],
    [
      'a javascript: original',
      [
        { name: 'Memento-Datetime', value: 'Sun, 06 Dec 2020 07:20:20 GMT' },
        { name: 'Link', value: '<javascript:alert(1)>; rel="original"' },
      ],
    ],
  ])('is not a memento with %s', (_name, headers) => {
    expect(readMementoHeaders(headers)).toBeNull();
  });
});
