/**
 * UTC offsets of IANA zones for a wall-clock date and time, from the browser's own tz database (Intl).
 * This is what luxon does internally; it lives here so the content script can place an event on the
 * time line without carrying luxon (docs/building.md, "Bundle budget"). tests/time/zone-offset.test.ts
 * checks it against luxon over DST gaps, overlaps and historical rules.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether `zone` is an IANA zone name this browser knows. */
export function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offset in minutes east of UTC that `zone` had at the instant `epochMs`. */
function offsetAtInstant(zone: string, epochMs: number): number {
  const parts: Record<string, number> = {};
  let bc = false;
  for (const p of formatterFor(zone).formatToParts(epochMs)) {
    if (p.type === 'era') bc = p.value.startsWith('B');
    else if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const year = bc ? 1 - (parts.year ?? 0) : (parts.year ?? 0);
  const asUtc = Date.UTC(
    year,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

export type ZonedWallTime = {
  /** Minutes east of UTC at that moment. */
  offsetMinutes: number;
  /** The instant, in milliseconds since the epoch. */
  epochMs: number;
  /** The wall time did not exist (spring-forward gap) and was moved forward by the gap. */
  inGap: boolean;
  /** The wall time happened twice (fall-back overlap); the first occurrence was taken. */
  inOverlap: boolean;
};

const DAY_MS = 86_400_000;

/**
 * Places a wall-clock time in `zone` on the time line, as RFC 5545 §3.3.5 reads local times: a time that
 * occurs twice (fall-back overlap) is its first occurrence; a time that does not exist (spring-forward
 * gap) is read with the offset before the gap, so 02:30 becomes 03:30 summer time. A date without a time
 * is placed at noon, clear of every DST change. `null` for an unknown zone.
 */
export function resolveWallTime(zone: string, date: string, time: string | null): ZonedWallTime | null {
  if (!isKnownZone(zone)) return null;
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 12, mi = 0] = time === null ? [12, 0] : time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Zones change offset at most once in two days; the offsets a day either side are the candidates.
  const before = offsetAtInstant(zone, wall - DAY_MS);
  const after = offsetAtInstant(zone, wall + DAY_MS);
  const valid = [...new Set([before, after])]
    .filter((o) => offsetAtInstant(zone, wall - o * 60000) === o)
    .sort((a, b) => b - a);
  const first = valid[0];
  if (first !== undefined)
    return { offsetMinutes: first, epochMs: wall - first * 60000, inGap: false, inOverlap: valid.length > 1 };
  const epochMs = wall - before * 60000;
  return { offsetMinutes: offsetAtInstant(zone, epochMs), epochMs, inGap: true, inOverlap: false };
}

/** The local ISO form `2020-11-17T13:00:00+01:00` of an instant at a fixed offset. */
export function toOffsetIso(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offsetMinutes)}`;
}

/** `60` → `+01:00`, `-210` → `-03:30`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `+01:00` / `-03:30` / `Z` → minutes; `null` when malformed. */
export function parseOffset(offset: string): number | null {
  if (offset === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}
