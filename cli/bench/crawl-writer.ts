/**
 * Writes large WARC files for the benchmarks quickly: each record a gzip member of its own, as crawlers write them
 * (warcio's writer, used for the test fixtures, inflates and hashes in JavaScript: minutes for 60,000 records).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export type BenchRecord = { url: string; date: string; body: Buffer; contentType: string; status?: number };

export function warcRecord({ url, date, body, contentType, status = 200 }: BenchRecord, index: number): Buffer {
  const http = Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}\r\nContent-Type: ${contentType}\r\n`),
    Buffer.from(`Content-Length: ${body.length}\r\n\r\n`),
    body,
  ]);
  const head =
    `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: ${date}\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}>\r\n` +
    `Content-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return gzipSync(Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]));
}

/** Writes the records made by `recordAt(i)` for `i` in `[0, count)`. */
export function writeBenchWarc(path: string, count: number, recordAt: (i: number) => BenchRecord): void {
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < count; i++) writeSync(fd, warcRecord(recordAt(i), i));
  } finally {
    closeSync(fd);
  }
}

/** The ISO date of the `i`-th record: a minute apart from 2020. */
export function recordDate(i: number): string {
  return new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z');
}
