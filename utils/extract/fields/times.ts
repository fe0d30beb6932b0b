/**
 * Clock times and the zone written after them: "13:00–14.30h (CET)", "4pm – 6pm (CEST)",
 * "7:00pm to 9:00pm", "13.00-14.00h CET", "10:00 UTC+2", "09:00 – 17:00 local time".
 */
import { WRITTEN_ZONE_NAMES } from '../../time/written-zones';

export type TimeRange = { start: string; end: string | null; zoneText: string | null; text: string };

const CLOCK = String.raw`(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?`;
const RANGE_DASH = String.raw`\s*h?\s*(?:[-–—]|to|until|à|a|au|hasta|bis)\s*`;
const ZONE_WORDS = WRITTEN_ZONE_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const ZONE = String.raw`(?:\s*h(?:rs?)?\b)?,?\s*\(?\s*((?:UTC|GMT)\s*[+\-\u2212–]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|local time|heure locale|hora local|${ZONE_WORDS})?\)?`;
const TIME_RANGE = new RegExp(`(?<![\\d/.:])${CLOCK}(?:${RANGE_DASH}${CLOCK})?${ZONE}`, 'giu');

function to24h(h: string | undefined, m: string | undefined, meridiem: string | undefined): string | null {
  let hour = Number(h);
  const minute = m === undefined || m === '' ? 0 : Number(m);
  if (!Number.isInteger(hour) || minute > 59) return null;
  const mer = meridiem?.toLowerCase().replace(/\./g, '');
  if (mer) {
    if (hour < 1 || hour > 12) return null;
    if (mer === 'pm' && hour !== 12) hour += 12;
    if (mer === 'am' && hour === 12) hour = 0;
  }
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A short abbreviation only counts in capitals ("CET", not "cet"): lower-case words are prose. */
function acceptZone(zone: string | undefined): string | null {
  if (!zone) return null;
  const z = zone.trim();
  if (z.length <= 5 && z !== z.toUpperCase()) return null;
  return z;
}

/**
 * The first clock time or time range in `text`. A lone number only counts as a time with minutes or
 * am/pm ("13:00", "4pm"), so years, days and phone numbers are not read as times.
 */
export function findTimeRange(text: string): TimeRange | null {
  TIME_RANGE.lastIndex = 0;
  for (let m = TIME_RANGE.exec(text); m; m = TIME_RANGE.exec(text)) {
    const [whole, h1, m1, mer1, h2, m2, mer2, zone] = m;
    if (m.index === TIME_RANGE.lastIndex) TIME_RANGE.lastIndex++;
    const startIsClock = m1 !== undefined || mer1 !== undefined;
    if (!startIsClock) continue;
    // "4 – 6pm": the start borrows the end's am/pm.
    const start = to24h(h1, m1, mer1 ?? (h2 !== undefined ? mer2 : undefined));
    const end = h2 !== undefined && (m2 !== undefined || mer2 !== undefined) ? to24h(h2, m2, mer2) : null;
    if (!start) continue;
    return { start, end, zoneText: acceptZone(zone), text: whole.trim() };
  }
  return null;
}
