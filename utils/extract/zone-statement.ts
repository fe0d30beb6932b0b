/**
 * A sentence that says which zone a page's times are in, away from the times themselves: "The times indicated
 * are in UAE standard time.", "All times are CET", "Les horaires sont indiqués en heure de Paris"
 * (docs/extraction.md, "Zones").
 */
import { lookUpWrittenZone, parseWrittenOffset } from '../time/written-zones';
import { readableCount } from './event-page-text';
import { LOWER_LETTER } from '../common/letters';
import { lowerCaseInPlace } from './lower-case';

/** Run on the line lower-cased in place (no `i` or `u` flag: docs/extraction.md, "Speed"); the zone is the end. */
const W = `[${LOWER_LETTER}]+\\s+`;
const STATEMENT = new RegExp(
  String.raw`\b(?:all\s+)?(?:times?|hours|horaires|heures|horarios|hora)\s+(?:${W}){0,2}?(?:are|is|sont|est|son|es)\s+(?:${W}){0,2}?(?:in|en)\s+((?:${W}){0,3}(?:time|heure|hora)|[a-z]{2,5}|(?:utc|gmt)\s*[+−-]\s*\d{1,2}(?::\d{2})?|heure\s+(?:de\s+)?[${LOWER_LETTER}]+)`,
);
/** The words STATEMENT starts with, looked for first: most lines have none. */
const MAY_STATE = /tim|hour|horai|heure|hora/i;

/** The zone a page states for all its times, as written, or `null`. */
export function readPageZoneStatement(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, readableCount(lines, 400))) {
    if (!MAY_STATE.test(line)) continue;
    const m = STATEMENT.exec(lowerCaseInPlace(line));
    const end = m ? m.index + m[0].length : 0;
    const written = m?.[1] ? line.slice(end - m[1].length, end).trim() : undefined;
    if (written && (lookUpWrittenZone(written) || parseWrittenOffset(written) !== null)) return written;
  }
  return null;
}
