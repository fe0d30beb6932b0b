/**
 * Wayback-style archive timestamps: `yyyyMMddHHmmss`, always UTC, possibly truncated to any prefix
 * (`2020`, `202011`, ...). A truncated stamp means the earliest instant it covers, which is how
 * pywb pads the lower bound (docs/archives.md, "The archival address").
 */
const TIMESTAMP = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?$/;

/** `20201206072020` → `2020-12-06T07:20:20Z`; `null` for anything that is not a real instant. */
export function archiveTimestampToIso(timestamp: string): string | null {
  const m = TIMESTAMP.exec(timestamp);
  if (!m) return null;
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined) return null;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  // Date.UTC rolls 31 April over into 1 May: that is not a timestamp an archive would serve.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return back.toISOString().replace('.000Z', 'Z');
}
