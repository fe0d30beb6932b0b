/** Postponed or cancelled events say so in the title or next to the date; anything else is scheduled. */
import type { EventStatus } from '../../event-record';

const POSTPONED = /\b(?:postponed|rescheduled|reporté(?:e|s)?|aplazad[oa]s?|pospuest[oa]s?)\b/i;
const CANCELLED = /\b(?:cancel+ed|annulé(?:e|s)?|cancelad[oa]s?|suspendid[oa])\b/i;

export function readStatus(texts: readonly string[]): { status: EventStatus; text: string | null } {
  for (const t of texts) {
    if (CANCELLED.test(t)) return { status: 'cancelled', text: t };
    if (POSTPONED.test(t)) return { status: 'postponed', text: t };
  }
  return { status: 'scheduled', text: null };
}
