/**
 * What the popup and the card say about an event beyond its facts, each thing once: the time zone Event Lens
 * assumed (said in the reader's language, with the way to correct it) and the extractor's other notes (in
 * English). The extractor also writes the assumption among its notes; shown once, not twice (issue 18).
 */
import type { EventDetails } from '../event-record';

/**
 * How the extractor's note on an assumed zone begins (utils/time/event-zone.ts). TODO [2027-06-01]: match a
 * typed code instead, once the extractor's notes carry one (issue 18 asks for typed readings).
 */
const ZONE_NOTE_PREFIX = 'The page gives no time zone';

export type EventNotes = {
  /** The zone assumed for an event with a clock time but no stated zone (`zone` `null`: shown as written). */
  zoneAssumed: { zone: string | null } | null;
  /** The extractor's notes, in English, without the one the translated assumption already says. */
  warnings: string[];
};

export function eventNotes(event: EventDetails): EventNotes {
  const { basis, iana } = event.timeZone;
  const assumed = event.start.time !== null && (basis === 'site-default' || basis === 'none');
  return {
    zoneAssumed: assumed ? { zone: iana } : null,
    warnings: assumed ? event.warnings.filter((w) => !w.startsWith(ZONE_NOTE_PREFIX)) : event.warnings,
  };
}
