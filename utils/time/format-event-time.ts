/**
 * How the popup shows an event's time: in the event's own zone, in the reader's zone and in UTC, with the
 * offset valid on the event's date (luxon's historical rules) and the day change when there is one.
 */
import { DateTime } from 'luxon';
import type { EventDetails } from '../event-record';

export type TimeLine = {
  /** Where the line is for: the zone's name ("Europe/Paris", "UTC", "your time: Asia/Seoul"). */
  label: string;
  /** "Tue 17 Nov 2020, 13:00–14:30". */
  text: string;
  /** "UTC+1". */
  offset: string;
  /** The date differs from the event's own date ("Wed 18 Nov"), for a visible note. */
  dayChanged: boolean;
};

export type EventTimes = {
  /** "Tue 17 Nov 2020" or "Tue 15 – Thu 17 Sep 2010", always shown. */
  dateText: string;
  /** Lines per zone; empty when the page gives no clock time or the zone is unknown. */
  lines: TimeLine[];
  /** The page's own clock time when it cannot be placed in a zone ("13:00–14:30, zone unknown"). */
  unplacedTimeText: string | null;
};

export type TimeFormatOptions = {
  readerZone: string;
  locale: string;
  hour12: boolean;
  /** Zones the reader asked to see as well (remembered in the settings). */
  extraZones?: readonly string[];
  /** The label of the reader's own line, in the reader's language (default: "Your time (Asia/Seoul)"). */
  readerLabel?: (zone: string) => string;
};

function dateOnly(date: string, locale: string): DateTime {
  return DateTime.fromISO(date, { zone: 'UTC', locale });
}

function formatDay(dt: DateTime): string {
  return dt.toFormat('ccc d LLL yyyy');
}

function clock(dt: DateTime, hour12: boolean): string {
  return dt.toFormat(hour12 ? 'h:mm a' : 'HH:mm');
}

function offsetLabel(dt: DateTime): string {
  return dt.offset === 0 ? 'UTC' : `UTC${dt.toFormat('Z')}`;
}

function line(
  label: string,
  start: DateTime,
  end: DateTime | null,
  opts: TimeFormatOptions,
  eventDate: string,
): TimeLine {
  const sameDay = end === null || end.toISODate() === start.toISODate();
  const endText =
    end === null ? '' : sameDay ? `–${clock(end, opts.hour12)}` : ` – ${formatDay(end)}, ${clock(end, opts.hour12)}`;
  return {
    label,
    text: `${formatDay(start)}, ${clock(start, opts.hour12)}${endText}`,
    offset: offsetLabel(start),
    dayChanged: start.toISODate() !== eventDate,
  };
}

/** The lines the popup shows for an event's time. */
export function formatEventTimes(event: EventDetails, opts: TimeFormatOptions): EventTimes {
  const startDay = dateOnly(event.start.date, opts.locale);
  const endDay = dateOnly(event.end.date, opts.locale);
  const dateText =
    event.end.date === event.start.date ? formatDay(startDay) : `${formatDay(startDay)} – ${formatDay(endDay)}`;
  if (event.start.iso === null) {
    const unplaced = event.start.time ? `${event.start.time}${event.end.time ? `–${event.end.time}` : ''}` : null;
    return { dateText, lines: [], unplacedTimeText: unplaced };
  }
  const eventZone = event.timeZone.iana ?? 'UTC';
  const start = DateTime.fromISO(event.start.iso, { setZone: true, locale: opts.locale });
  const end = event.end.iso ? DateTime.fromISO(event.end.iso, { setZone: true, locale: opts.locale }) : null;
  const inZone = (dt: DateTime, zone: string) => dt.setZone(zone);
  const own = event.timeZone.iana ? inZone(start, eventZone) : start;
  const ownEnd = end && (event.timeZone.iana ? inZone(end, eventZone) : end);
  const lines: TimeLine[] = [line(event.timeZone.iana ?? offsetLabel(start), own, ownEnd, opts, event.start.date)];
  if (opts.readerZone !== eventZone) {
    lines.push(
      line(
        opts.readerLabel ? opts.readerLabel(opts.readerZone) : `Your time (${opts.readerZone})`,
        inZone(start, opts.readerZone),
        end && inZone(end, opts.readerZone),
        opts,
        event.start.date,
      ),
    );
  }
  if (eventZone !== 'UTC' && opts.readerZone !== 'UTC') {
    lines.push(line('UTC', inZone(start, 'UTC'), end && inZone(end, 'UTC'), opts, event.start.date));
  }
  for (const zone of opts.extraZones ?? []) {
    if (zone === eventZone || zone === opts.readerZone || zone === 'UTC' || !DateTime.local().setZone(zone).isValid)
      continue;
    lines.push(line(zone, inZone(start, zone), end && inZone(end, zone), opts, event.start.date));
  }
  return { dateText, lines, unplacedTimeText: null };
}

/** "6 Dec 2020 07:20 UTC" for capture times (month names in `locale`). */
export function formatCaptureTime(iso: string, locale = 'en-GB'): string {
  const dt = DateTime.fromISO(iso, { zone: 'UTC', locale });
  return dt.isValid ? `${dt.toFormat('d LLL yyyy HH:mm')} UTC` : iso;
}

/** The reader's zone and whether their locale uses a 12-hour clock. */
export function readerPreferences(): { readerZone: string; locale: string; hour12: boolean } {
  const resolved = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions();
  return { readerZone: resolved.timeZone, locale: resolved.locale, hour12: resolved.hour12 ?? false };
}

/**
 * The time options every page of the extension shows events with: the reader's settings (home zone when set
 * and valid, clock, extra zones) over the browser's own.
 */
export function displayPreferences(
  settings: { homeZone: string | null; hourCycle: 'locale' | 'h12' | 'h23'; extraZones: readonly string[] },
  readerLabel: (zone: string) => string,
): TimeFormatOptions {
  const reader = readerPreferences();
  const home = settings.homeZone && DateTime.local().setZone(settings.homeZone).isValid ? settings.homeZone : null;
  return {
    ...reader,
    readerZone: home ?? reader.readerZone,
    readerLabel,
    hour12: isTwelveHourClock(settings.hourCycle, reader.hour12),
    extraZones: settings.extraZones,
  };
}

/** Milliseconds since the epoch of an ISO instant with an offset; `null` when it is not one. */
export function isoToEpochMs(iso: string): number | null {
  const dt = DateTime.fromISO(iso, { setZone: true });
  return dt.isValid ? dt.toMillis() : null;
}

/** The day after an ISO date (`2020-11-17` → `2020-11-18`), for exclusive all-day ends. */
export function nextIsoDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toISODate() ?? date;
}

/** Every IANA zone the browser knows, as the zone picker offers them ("Asia/Seoul" → "Seoul (Asia)"). */
export function zoneChoices(): { zone: string; label: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return zones.map((zone) => {
    const parts = zone.split('/');
    const city = (parts[parts.length - 1] ?? zone).replace(/_/g, ' ');
    return { zone, label: parts.length > 1 ? `${city} (${parts.slice(0, -1).join('/')})` : city };
  });
}

/** Whether the reader's locale uses a 12-hour clock, or the setting that overrides it. */
export function isTwelveHourClock(setting: 'locale' | 'h12' | 'h23', localeDefault: boolean): boolean {
  return setting === 'locale' ? localeDefault : setting === 'h12';
}

/**
 * The zone a reader means by what they typed: an IANA name or a picker label ("Seoul (Asia)"), any case, or
 * the first label that starts with it ("seoul"). `null` when nothing matches.
 */
export function findZoneChoice(
  choices: readonly { zone: string; label: string }[],
  query: string,
): { zone: string; label: string } | null {
  const q = query.trim().toLowerCase();
  if (q === '') return null;
  return (
    choices.find((c) => c.zone.toLowerCase() === q || c.label.toLowerCase() === q) ??
    choices.find((c) => c.label.toLowerCase().startsWith(q)) ??
    null
  );
}
