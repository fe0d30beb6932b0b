/**
 * Decides an event's time zone and places its start and end on the time line, DST-correct for the event's own date.
 * Order of evidence: a written offset ("UTC+2"), a written zone ("CET"), the venue, the site's default. Every
 * assumption and conflict becomes a warning in plain words (docs/time-zones.md, "A season the date does not have").
 */
import type { EventTimeZone, TimePoint, Warning } from '../event-record';
import { warning } from '../warnings/english';
import { formatOffset, resolveWallTime, toOffsetIso } from './zone-offset';
import { isLocalTimeText, lookUpWrittenZone, parseWrittenOffset } from './written-zones';
import { defaultZoneOfSite, zoneOfVenue } from './venue-zones';

export type ZoneEvidence = {
  /** The zone as written after the time ("CET", "UTC+2", "local time"), or `null`. */
  zoneText: string | null;
  /** The venue text, for "local time" and unstated zones. */
  venueText: string | null;
  /** The original page's host, for the site default. */
  site: string;
  online: boolean;
};

export type PlacedTimes = { timeZone: EventTimeZone; start: TimePoint; end: TimePoint; warnings: Warning[] };

/** Standard (winter) offset of a zone in the event's year: the smaller of January's and July's. */
function standardOffset(zone: string, year: string): number | null {
  const jan = resolveWallTime(zone, `${year}-01-15`, '12:00');
  const jul = resolveWallTime(zone, `${year}-07-15`, '12:00');
  return jan && jul ? Math.min(jan.offsetMinutes, jul.offsetMinutes) : null;
}

function decideZone(
  ev: ZoneEvidence & { date: string; time: string | null },
  hasTime: boolean,
): {
  iana: string | null;
  fixed: number | null;
  basis: EventTimeZone['basis'];
  season: 'standard' | 'daylight' | null;
  warnings: Warning[];
} {
  const warnings: Warning[] = [];
  if (ev.zoneText && !isLocalTimeText(ev.zoneText)) {
    const fixed = parseWrittenOffset(ev.zoneText);
    if (fixed !== null) {
      // The written offset is what counts; the venue's (or site's) zone is named when it had that very offset.
      const local = (ev.venueText && !ev.online ? zoneOfVenue(ev.venueText) : null) ?? defaultZoneOfSite(ev.site);
      const localOffset = local ? resolveWallTime(local, ev.date, ev.time)?.offsetMinutes : undefined;
      const iana = fixed === 0 ? 'UTC' : local && localOffset === fixed ? local : null;
      return { iana, fixed, basis: 'stated-offset', season: null, warnings };
    }
    const written = lookUpWrittenZone(ev.zoneText);
    if (written) {
      // "IST" at a venue in Dublin is Irish time, "CST" in Beijing China's: the place picks among the readings.
      const local = (ev.venueText ? zoneOfVenue(ev.venueText) : null) ?? defaultZoneOfSite(ev.site);
      const iana = local && written.alternatives.includes(local) ? local : written.iana;
      return {
        iana,
        fixed: null,
        basis: 'stated-zone',
        season: iana === written.iana ? written.season : null,
        warnings,
      };
    }
  }
  const venueZone = ev.venueText && !ev.online ? zoneOfVenue(ev.venueText) : null;
  if (venueZone) return { iana: venueZone, fixed: null, basis: 'venue', season: null, warnings };
  if (!hasTime) return { iana: null, fixed: null, basis: 'none', season: null, warnings };
  const siteZone = defaultZoneOfSite(ev.site);
  if (siteZone) {
    warnings.push(
      ev.zoneText
        ? warning('zone-assumed-written', { written: ev.zoneText, zone: siteZone, site: ev.site })
        : warning('zone-assumed', { zone: siteZone, site: ev.site }),
    );
    return { iana: siteZone, fixed: null, basis: 'site-default', season: null, warnings };
  }
  warnings.push(warning('zone-unknown'));
  return { iana: null, fixed: null, basis: 'none', season: null, warnings };
}

function place(
  date: string,
  time: string | null,
  iana: string | null,
  fixed: number | null,
  warnings: Warning[],
): { point: TimePoint; offset: number | null } {
  if (time === null)
    return {
      point: { date, time, iso: null },
      offset: iana ? (resolveWallTime(iana, date, null)?.offsetMinutes ?? null) : fixed,
    };
  // A written offset is kept literally, for the end too, even where the named zone changed offset.
  if (fixed !== null) {
    const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
    const [h = 0, mi = 0] = time.split(':').map(Number);
    const epoch = Date.UTC(y, mo - 1, d, h, mi) - fixed * 60000;
    return { point: { date, time, iso: toOffsetIso(epoch, fixed) }, offset: fixed };
  }
  if (iana === null) return { point: { date, time, iso: null }, offset: null };
  const wall = resolveWallTime(iana, date, time);
  if (!wall) return { point: { date, time, iso: null }, offset: null };
  if (wall.inOverlap) warnings.push(warning('time-repeated', { time, date, zone: iana }));
  if (wall.inGap) {
    const readAs = toOffsetIso(wall.epochMs, wall.offsetMinutes).slice(11, 16);
    warnings.push(warning('time-skipped', { time, date, zone: iana, readAs }));
  }
  return { point: { date, time, iso: toOffsetIso(wall.epochMs, wall.offsetMinutes) }, offset: wall.offsetMinutes };
}

/** Places the event's start and end in its zone, with the zone's basis and any warnings. */
export function placeEventTimes(
  startDate: string,
  startTime: string | null,
  endDate: string,
  endTime: string | null,
  ev: ZoneEvidence,
): PlacedTimes {
  const zone = decideZone({ ...ev, date: startDate, time: startTime }, startTime !== null);
  const warnings = [...zone.warnings];
  const start = place(startDate, startTime, zone.iana, zone.fixed, warnings);
  const end = place(endDate, endTime, zone.iana, zone.fixed, warnings);
  if (zone.season && zone.iana && start.offset !== null) {
    const std = standardOffset(zone.iana, startDate.slice(0, 4));
    const isSummer = std !== null && start.offset > std;
    if ((zone.season === 'standard') === isSummer) {
      const params = {
        written: ev.zoneText ?? '',
        date: startDate,
        zone: zone.iana,
        offset: formatOffset(start.offset),
      };
      warnings.push(warning(isSummer ? 'zone-season-summer' : 'zone-season-standard', params));
    }
  }
  return {
    timeZone: {
      iana: zone.iana,
      offset: start.offset === null ? null : formatOffset(start.offset),
      text: ev.zoneText,
      basis: zone.basis,
    },
    start: start.point,
    end: end.point,
    warnings,
  };
}
