/**
 * The last step of reading an event: its time zone decided and its times placed on the time line (utils/time/
 * event-zone.ts), from what the record already says: the zone as written (`timeZone.text`), the place, the
 * site. Kept apart from the reading itself: the reading finds what the page says, this step decides what it means
 * on the time line with the time-zone data (whose first use in a fresh script context costs 50-100 ms;
 * docs/extraction.md, "Speed").
 */
import type { EventDetails, EventRecord, FieldSource, SourceOrigin } from '../event-record';
import { placeEventTimes } from '../time/event-zone';

const ZONE_ORIGIN: Partial<Record<string, SourceOrigin>> = {
  'stated-zone': 'written-zone',
  'stated-offset': 'written-zone',
  venue: 'venue',
  'site-default': 'site-default',
};

/** An event read by the extractor, with its zone decided and its start and end placed. */
export function placeEventZone(event: EventDetails, site: string): EventDetails {
  const placed = placeEventTimes(event.start.date, event.start.time, event.end.date, event.end.time, {
    zoneText: event.timeZone.text,
    venueText: event.location.text,
    site,
    online: event.location.mode === 'online',
  });
  const sources = { ...event.sources };
  const basis = placed.timeZone.basis;
  if (placed.timeZone.text || basis !== 'none') {
    const text = basis === 'venue' ? (event.sources.location?.text ?? '') : (event.sources.timeZone?.text ?? '');
    const zone: FieldSource = { text, rule: `zone:${basis}` };
    const origin = ZONE_ORIGIN[basis];
    sources.timeZone = origin ? { ...zone, origin } : zone;
  } else delete sources.timeZone;
  return {
    ...event,
    start: placed.start,
    end: placed.end,
    timeZone: placed.timeZone,
    sources,
    warnings: [...event.warnings, ...placed.warnings],
  };
}

/** A record whose events the extractor read with their times not yet placed, placed. */
export function placeRecordZones(record: EventRecord): EventRecord {
  const place = (e: EventDetails) => placeEventZone(e, record.page.site);
  return {
    ...record,
    event: record.event && place(record.event),
    ...(record.events && { events: record.events.map(place) }),
  };
}
