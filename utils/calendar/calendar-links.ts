/**
 * "Add to Google Calendar" and "Add to Outlook" links (docs/calendar.md, "Google Calendar link", "Outlook link"). Times
 * go in UTC with a `Z`, so neither service shifts them by the reader's zone; all-day events use dates (Google's end
 * exclusive).
 */
import type { EventRecord } from '../event-record';
import { toEventExport } from './event-export';

/** `20201117T120000Z` */
function compactUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `2020-11-17T12:00:00Z` */
function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}/, '');
}

const MAX_DETAILS = 1500;

export function googleCalendarUrl(record: EventRecord): string | null {
  const e = toEventExport(record);
  if (!e) return null;
  const dates =
    e.timing.kind === 'timed'
      ? `${compactUtc(e.timing.startMs)}/${compactUtc(e.timing.endMs)}`
      : `${e.timing.startDate.replace(/-/g, '')}/${e.timing.endDateExclusive.replace(/-/g, '')}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: e.title,
    dates,
    details: e.description.slice(0, MAX_DETAILS),
  });
  if (e.location) params.set('location', e.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

export function outlookCalendarUrl(
  record: EventRecord,
  service: 'outlook.live.com' | 'outlook.office.com' = 'outlook.live.com',
): string | null {
  const e = toEventExport(record);
  if (!e) return null;
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: e.title,
    body: e.description.slice(0, MAX_DETAILS),
  });
  if (e.timing.kind === 'timed') {
    params.set('startdt', isoUtc(e.timing.startMs));
    params.set('enddt', isoUtc(e.timing.endMs));
  } else {
    params.set('startdt', e.timing.startDate);
    params.set('enddt', e.timing.endDateExclusive);
    params.set('allday', 'true');
  }
  if (e.location) params.set('location', e.location);
  return `https://${service}/calendar/0/deeplink/compose?${params.toString()}`;
}

export type CalendarLinks = { googleUrl: string; outlookUrl: string };

/** The links the popup's calendar buttons open, or `null` when the record holds no event. */
export function calendarLinks(record: EventRecord): CalendarLinks | null {
  const googleUrl = googleCalendarUrl(record);
  const outlookUrl = outlookCalendarUrl(record);
  return googleUrl && outlookUrl ? { googleUrl, outlookUrl } : null;
}
