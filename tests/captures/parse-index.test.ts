import { describe, expect, it } from 'vitest';
import { createCdxParser, parseCdx } from '../../utils/captures/parse-cdx';
import { httpDateToTimestamp, parseJsonTimeMap, parseLinkTimeMap } from '../../utils/captures/parse-index';

const replay = (ts: string, original: string) => `https://web.archive.org/web/${ts}/${original}`;
const ORIGINAL = 'https://uil.unesco.org/event/unesco-learning-cities';

// The Internet Archive's CDX server with output=json: an array of arrays, header first, one row per line.
const IA_CDX = `[["timestamp","original","statuscode","mimetype"],
["20201117093512","${ORIGINAL}","200","text/html"],
["20201205001600","${ORIGINAL}","200","text/html"],
["20210301120000","http://uil.unesco.org:80/event/unesco-learning-cities","301","text/html"],
["20220101000000","${ORIGINAL}","-","warc/revisit"]]
`;

describe('CDX answers', () => {
  it('reads the Internet Archive’s JSON with its header row, statuses as numbers, replay addresses built', () => {
    const result = parseCdx(IA_CDX, replay);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.captures).toHaveLength(4);
    expect(result.captures[0]).toEqual({
      timestamp: '20201117093512',
      url: `https://web.archive.org/web/20201117093512/${ORIGINAL}`,
      status: 200,
    });
    expect(result.captures.map((c) => c.status)).toEqual([200, 200, 301, null]);
    expect(result.truncated).toBe(false);
  });

  it('reads the whole array written on one line, and the paging resume key is not a capture', () => {
    const oneLine = `[["timestamp","original","statuscode"],["2020","${ORIGINAL}","200"],[],["org%2Cunesco%2Cuil%29%2Fevent+20201205001600"]]`;
    const result = parseCdx(oneLine, replay);
    expect(result).toMatchObject({ ok: true, captures: [{ timestamp: '20200101000000', status: 200 }] });
  });

  it('reads pywb’s NDJSON, fed in chunks split anywhere', () => {
    const ndjson =
      `{"urlkey": "org,unesco,uil)/event", "timestamp": "20201206072020", "url": "${ORIGINAL}", "mime": "text/html", "status": "200", "digest": "JN4R", "source": "archive"}\n` +
      `{"urlkey": "org,unesco,uil)/event", "timestamp": "20190101000000", "url": "${ORIGINAL}", "mime": "text/html", "status": "404"}\n`;
    const parser = createCdxParser(replay);
    for (let i = 0; i < ndjson.length; i += 37) parser.push(ndjson.slice(i, i + 37));
    const result = parser.end();
    expect(result).toMatchObject({
      ok: true,
      captures: [
        { timestamp: '20190101000000', status: 404 },
        { timestamp: '20201206072020', status: 200 },
      ],
    });
  });

  it('reads an answer pretty-printed over many lines (a proxy or a saved file) as a whole', () => {
    const pretty = JSON.stringify(JSON.parse(IA_CDX), null, 2);
    const result = parseCdx(pretty, replay);
    expect(result.ok && result.captures.map((c) => c.timestamp)).toEqual([
      '20201117093512',
      '20201205001600',
      '20210301120000',
      '20220101000000',
    ]);
  });

  it('keeps at most the limit and says the list was cut', () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) => `["2020010100${String(i).padStart(4, '0')}","${ORIGINAL}","200"]`,
    );
    const text = `[["timestamp","original","statuscode"],\n${rows.join(',\n')}]`;
    const result = parseCdx(text, replay, 10);
    expect(result).toMatchObject({ ok: true, truncated: true });
    if (result.ok) expect(result.captures).toHaveLength(10);
  });

  it('gives an empty list for an empty answer (no captures), and skips rows without a usable URL', () => {
    expect(parseCdx('', replay)).toEqual({ ok: true, captures: [], truncated: false });
    expect(parseCdx('[]\n', replay)).toEqual({ ok: true, captures: [], truncated: false });
    const odd = `[["timestamp","original"],\n["20200101000000","javascript:alert(1)"],\n["notatime","${ORIGINAL}"]]`;
    expect(parseCdx(odd, replay)).toEqual({ ok: true, captures: [], truncated: false });
  });

  it.each([
    ['an HTML bot challenge', '<!DOCTYPE html><html><head><title>Session Verification</title></head></html>'],
    ['truncated JSON', `[["timestamp","original"],\n["20200101000000","${ORIGINAL}`],
    ['garbage', 'Service Temporarily Unavailable\nplease retry'],
  ])('reports %s as a bad response, not a crash', (_, text) => {
    expect(parseCdx(text, replay)).toMatchObject({ ok: false });
  });
});

describe('TimeMaps', () => {
  // Link format as pywb and the Internet Archive write it (docs/capture-indexes.md, "TimeMaps"), with first/last
  // memento rels.
  const LINK = `<${ORIGINAL}>; rel="original",
<https://wayback.archive-it.org/all/timemap/link/${ORIGINAL}>; rel="self"; type="application/link-format"; from="Tue, 17 Nov 2020 09:35:12 GMT",
<https://wayback.archive-it.org/all/${ORIGINAL}>; rel="timegate",
<https://wayback.archive-it.org/all/20201117093512/${ORIGINAL}>; rel="first memento"; datetime="Tue, 17 Nov 2020 09:35:12 GMT",
<https://wayback.archive-it.org/all/20201206072020/${ORIGINAL}>; rel="memento"; datetime="Sun, 06 Dec 2020 07:20:20 GMT"; collection="10298",
<https://wayback.archive-it.org/all/20210105000000/${ORIGINAL}>; rel="last memento"; datetime="Tue, 05 Jan 2021 00:00:00 GMT"
`;

  it('reads every memento of a link-format TimeMap, whatever else it lists', () => {
    const result = parseLinkTimeMap(LINK);
    expect(result).toMatchObject({ ok: true, truncated: false });
    if (!result.ok) return;
    expect(result.captures.map((c) => c.timestamp)).toEqual(['20201117093512', '20201206072020', '20210105000000']);
    expect(result.captures[1]).toEqual({
      timestamp: '20201206072020',
      url: `https://wayback.archive-it.org/all/20201206072020/${ORIGINAL}`,
      status: null,
    });
  });

  it('counts a memento listed twice (first memento and memento) once', () => {
    const twice = `${LINK.trim()},\n<https://wayback.archive-it.org/all/20201117093512/${ORIGINAL}>; rel="memento"; datetime="Tue, 17 Nov 2020 09:35:12 GMT"`;
    const result = parseLinkTimeMap(twice);
    expect(result.ok && result.captures).toHaveLength(3);
  });

  it('takes the time from the address when an entry has no datetime', () => {
    const result = parseLinkTimeMap(`<https://arquivo.pt/wayback/20190301000000mp_/${ORIGINAL}>; rel="memento"`);
    expect(result).toMatchObject({ ok: true, captures: [{ timestamp: '20190301000000' }] });
  });

  it('reports an HTML page or a body that is no TimeMap', () => {
    expect(parseLinkTimeMap('<html><body>Checking your browser…</body></html>')).toMatchObject({ ok: false });
    expect(parseLinkTimeMap('{"error": "x"}')).toMatchObject({ ok: false });
    expect(parseLinkTimeMap('')).toEqual({ ok: true, captures: [], truncated: false });
  });

  it('reads a Memento JSON TimeMap (RFC 3339 and RFC 1123 times, uri as a string or an array)', () => {
    const json = JSON.stringify({
      original_uri: ORIGINAL,
      mementos: {
        list: [
          { datetime: '2020-12-06T07:20:20Z', uri: `https://web.archive.org/web/20201206072020/${ORIGINAL}` },
          {
            datetime: 'Tue, 17 Nov 2020 09:35:12 GMT',
            uri: [`https://web.archive.org/web/20201117093512/${ORIGINAL}`],
          },
          { datetime: 'yesterday', uri: 'javascript:void 0' },
        ],
      },
    });
    expect(parseJsonTimeMap(json)).toMatchObject({
      ok: true,
      captures: [{ timestamp: '20201117093512' }, { timestamp: '20201206072020' }],
    });
    expect(parseJsonTimeMap('{"mementos": {}}')).toMatchObject({ ok: false });
    expect(parseJsonTimeMap('<!doctype html>')).toMatchObject({ ok: false });
  });

  it.each([
    ['Wed, 06 Dec 2000 21:15:00 GMT', '20001206211500'],
    ['6 Dec 2000 21:15:00 GMT', '20001206211500'],
    ['2000-12-06T21:15:00Z', '20001206211500'],
    ['2000-12-06T21:15:00.123+00:00', '20001206211500'],
    ['Wed, 06 Foo 2000 21:15:00 GMT', null],
    ['2000-12-06T21:15:00+02:00', null],
  ])('reads the date %s', (text, expected) => {
    expect(httpDateToTimestamp(text)).toBe(expected);
  });
});
