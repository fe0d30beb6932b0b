/**
 * What the popup and the card say about an event beyond its facts, each thing once: the time zone Event Lens
 * assumed (said with the way to correct it) and the extractor's other notes. The extractor also writes the
 * assumption among its notes (`zone-assumed`, `zone-assumed-written`, `zone-unknown`): shown once, not twice
 * (issue 18), found by its code.
 */
import type { EventDetails, Warning, WarningCode } from '../event-record';

/** The extractor's notes that say the zone was assumed or is unknown (utils/time/event-zone.ts). */
const ZONE_NOTES: readonly WarningCode[] = ['zone-assumed', 'zone-assumed-written', 'zone-unknown'];

export type EventNotes = {
  /** The zone assumed for an event with a clock time but no stated zone (`zone` `null`: shown as written). */
  zoneAssumed: { zone: string | null } | null;
  /** The extractor's notes, without the one the assumption line already says. */
  warnings: Warning[];
};

export function eventNotes(event: EventDetails): EventNotes {
  const { basis, iana } = event.timeZone;
  const assumed = event.start.time !== null && (basis === 'site-default' || basis === 'none');
  return {
    zoneAssumed: assumed ? { zone: iana } : null,
    warnings: assumed ? event.warnings.filter((w) => !ZONE_NOTES.includes(w.code)) : event.warnings,
  };
}
