/**
 * Writes WARC files for the tests and the benchmark with warcio: response records of HTML (or anything else),
 * each its own gzip member as crawlers write them (or an uncompressed WARC), plus deliberately broken ones (a
 * response whose payload is not HTTP, a record cut in half: a truncated gzip member), anywhere in the file.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

export type WarcEntry =
  | { url: string; date: string; body: string; contentType?: string; status?: number }
  | { broken: 'not-http'; url: string; date: string }
  | { broken: 'truncated'; url: string; date: string; body: string };

const encoder = new TextEncoder();

async function serialize(
  url: string,
  date: string,
  body: string,
  contentType: string,
  status: number,
  gzip: boolean,
): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url,
      date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}`,
      httpHeaders: { 'Content-Type': contentType },
    },
    [encoder.encode(body)],
  );
  return WARCSerializer.serialize(record, { gzip });
}

function notHttp(url: string, date: string, gzip: boolean): Uint8Array {
  const payload = 'THIS IS NOT AN HTTP RESPONSE\r\n\u0000\u0001garbage';
  const head =
    `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: ${date}\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nContent-Type: application/http; msgtype=response\r\n` +
    `Content-Length: ${encoder.encode(payload).length}\r\n\r\n`;
  const bytes = encoder.encode(`${head}${payload}\r\n\r\n`);
  return gzip ? gzipSync(bytes) : bytes;
}

export async function writeWarc(
  path: string,
  entries: readonly WarcEntry[],
  { gzip = true }: { gzip?: boolean } = {},
): Promise<void> {
  writeFileSync(path, '');
  for (const entry of entries) {
    if ('broken' in entry && entry.broken === 'not-http') {
      appendFileSync(path, notHttp(entry.url, entry.date, gzip));
    } else if ('broken' in entry) {
      const whole = await serialize(entry.url, entry.date, entry.body, 'text/html', 200, gzip);
      appendFileSync(path, whole.slice(0, Math.floor(whole.length / 2)));
    } else {
      appendFileSync(
        path,
        await serialize(
          entry.url,
          entry.date,
          entry.body,
          entry.contentType ?? 'text/html; charset=utf-8',
          entry.status ?? 200,
          gzip,
        ),
      );
    }
  }
}
