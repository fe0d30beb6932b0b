/** SHA-256 of a byte range of a file: how the restart journal knows an input again (docs/batch-at-scale.md). */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

export function hashRange(path: string, start: number, end: number): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4 << 20);
    for (let at = start; at < end;) {
      const read = readSync(fd, buf, 0, Math.min(buf.length, end - at), at);
      if (read === 0) break;
      hash.update(buf.subarray(0, read));
      at += read;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
