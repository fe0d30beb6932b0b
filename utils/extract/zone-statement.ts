/**
 * A sentence that says which zone a page's times are in, away from the times themselves: "The times indicated
 * are in UAE standard time.", "All times are CET", "Les horaires sont indiqués en heure de Paris"
 * (docs/extraction.md, "Zones").
 */
import { lookUpWrittenZone, parseWrittenOffset } from '../time/written-zones';
import { readableCount } from './event-page-text';

const STATEMENT =
  /\b(?:all\s+)?(?:times?|hours|horaires|heures|horarios|hora)\s+(?:\p{L}+\s+){0,2}?(?:are|is|sont|est|son|es)\s+(?:\p{L}+\s+){0,2}?(?:in|en)\s+((?:[\p{L}]+\s+){0,3}(?:time|heure|hora)|[A-Z]{2,5}|(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::\d{2})?|heure\s+(?:de\s+)?\p{L}+)/iu;

/** The words STATEMENT starts with, looked for first: most lines have none, and cost no Unicode matching. */
const MAY_STATE = /tim|hour|horai|heure|hora/i;

/** The zone a page states for all its times, as written, or `null`. */
export function readPageZoneStatement(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, readableCount(lines, 400))) {
    if (!MAY_STATE.test(line)) continue;
    const written = STATEMENT.exec(line)?.[1]?.trim();
    if (written && (lookUpWrittenZone(written) || parseWrittenOffset(written) !== null)) return written;
  }
  return null;
}
