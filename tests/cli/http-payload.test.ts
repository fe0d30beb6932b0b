// @vitest-environment node
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { warcDateIso } from '../../utils/batch/archive-records';
import { decodeBody, dechunk, decodeHtml, parseHttpHead } from '../../utils/batch/http-payload';

const headers = (entries: Record<string, string>) => new Map(Object.entries(entries));
const HTML = Buffer.from('<html><body><h1>Événement</h1></body></html>');

describe('the HTTP message inside a record', () => {
  it.each([
    ['HTTP/1.1 200 OK', 200],
    ['HTTP/1.0 302 ', 302],
    ['HTTP/1.0 302', 302],
    ['HTTP/2 404 Not Found', 404],
  ])('reads the status line %j', (line, status) => {
    expect(parseHttpHead(Buffer.from(`${line}\r\nContent-Type: text/html\r\n\r\nbody`))).toMatchObject({
      status,
      bodyStart: line.length + 29,
    });
  });

  it.each(['THIS IS NOT HTTP\r\n\r\n', 'HTTP/1.1 OK\r\n\r\n', '<html>'])('is no HTTP response: %j', (text) => {
    expect(parseHttpHead(Buffer.from(text))).toBeNull();
  });

  it('de-chunks, and reads a body that is not validly chunked as it is', () => {
    const chunked = Buffer.from('5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n');
    expect(dechunk(chunked, 100)?.toString()).toBe('Hello, world');
    expect(dechunk(Buffer.from('<html>not chunked'), 100)).toBeNull();
    expect(dechunk(chunked, 8)).toBe('over-cap');
    const body = decodeBody(Buffer.from('<html>not chunked'), headers({ 'transfer-encoding': 'chunked' }), 100);
    expect(body).toEqual({ ok: true, body: Buffer.from('<html>not chunked') });
  });

  it.each([
    ['gzip', gzipSync(HTML)],
    ['x-gzip', gzipSync(HTML)],
    ['br', brotliCompressSync(HTML)],
    ['deflate', deflateSync(HTML)],
    ['deflate', deflateRawSync(HTML)],
    ['gzip, br', brotliCompressSync(gzipSync(HTML))],
  ])('decodes Content-Encoding: %s', (coding, bytes) => {
    expect(decodeBody(bytes, headers({ 'content-encoding': coding }), 1 << 20)).toEqual({ ok: true, body: HTML });
  });

  it('stops a body that inflates past the cap, and tells a mislabelled one from an undecodable one', () => {
    const bomb = gzipSync(Buffer.alloc(64 << 20));
    expect(decodeBody(bomb, headers({ 'content-encoding': 'gzip' }), 1 << 20)).toEqual({
      ok: false,
      reason: 'over-size-cap',
    });
    expect(decodeBody(HTML, headers({ 'content-encoding': 'gzip' }), 1 << 20)).toEqual({ ok: true, body: HTML });
    const binary = Buffer.from([0, 1, 2, 3, 0, 255]);
    expect(decodeBody(binary, headers({ 'content-encoding': 'br' }), 1 << 20)).toEqual({
      ok: false,
      reason: 'undecodable',
    });
  });

  it('decodes the page with the charset the response or the page declares', () => {
    const latin1 = Buffer.from('<p>Événement</p>', 'latin1');
    expect(decodeHtml(latin1, 'text/html; charset=ISO-8859-1')).toBe('<p>Événement</p>');
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin1]), null)).toContain(
      'Événement',
    );
    expect(decodeHtml(HTML, 'text/html; charset=nonsense')).toContain('Événement');
  });
});

describe('WARC-Date', () => {
  it.each([
    ['2020-12-06T07:20:20Z', '2020-12-06T07:20:20Z'],
    ['2020-01-20T10:00:00.123456Z', '2020-01-20T10:00:00Z'],
    ['2020-12-06T07:20Z', '2020-12-06T07:20:00Z'],
    ['2020-12-06', '2020-12-06T00:00:00Z'],
    ['2020-02-30T00:00:00Z', null],
    ['yesterday', null],
  ])('%s is %s', (value, iso) => {
    expect(warcDateIso(value)).toBe(iso);
  });
});
