/**
 * UTC offsets of IANA zones for a wall-clock date and time, from the browser's own tz database (Intl).
 * This is what luxon does internally; it lives here so the content script can place an event on the
 * time line without carrying luxon (see TOOLCHAIN.md, bundle budget). tests/time/zone-offset.test.ts
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
  const asUtc = Date.UTC(year, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

export type ZonedWallTime = {
  /** Minutes east of UTC at that moment. */
  offsetMinutes: number;
  /** The instant, in milliseconds since the epoch. */
  epochMs: number;
  /** The wall time did not exist (spring-forward gap) and was moved forward by the gap. */
  inGap: boolean;
};

/**
 * Places a wall-clock time in `zone` on the time line. A time in a spring-forward gap is read with the
 * offset before the change (02:30 becomes 03:30 summer time, `inGap`); a time in a fall-back overlap
 * gets the later of the two instants. These are luxon's choices (PROTOCOLS.md F.5). `null` for an
 * unknown zone. A date without a time is placed at noon, which is clear of every DST change.
 */
export function resolveWallTime(zone: string, date: string, time: string | null): ZonedWallTime | null {
  if (!isKnownZone(zone)) return null;
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 12, mi = 0] = time === null ? [12, 0] : time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const o1 = offsetAtInstant(zone, wall);
  const o2 = offsetAtInstant(zone, wall - o1 * 60000);
  if (o1 === o2) return { offsetMinutes: o1, epochMs: wall - o1 * 60000, inGap: false };
  const o3 = offsetAtInstant(zone, wall - o2 * 60000);
  if (o2 === o3) return { offsetMinutes: o2, epochMs: wall - o2 * 60000, inGap: false };
  return { offsetMinutes: Math.max(o2, o3), epochMs: wall - Math.min(o2, o3) * 60000, inGap: true };
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
