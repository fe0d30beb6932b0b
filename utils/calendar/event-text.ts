/** The event as plain text, for "copy as text": what a person would paste into an e-mail or a note. */
import type { EventRecord } from '../event-record';
import { formatCaptureTime, formatEventTimes, type TimeFormatOptions } from '../time/format-event-time';

export function eventAsText(record: EventRecord, opts: TimeFormatOptions): string | null {
  const event = record.event;
  if (!event) return null;
  const times = formatEventTimes(event, opts);
  const lines = [event.title, times.dateText];
  for (const l of times.lines) lines.push(`${l.label}: ${l.text} (${l.offset})`);
  if (times.unplacedTimeText) lines.push(`${times.unplacedTimeText} (time zone unknown)`);
  if (event.status !== 'scheduled') lines.push(`Status: ${event.status}`);
  const where = [
    event.location.mode === 'hybrid' ? 'Hybrid' : event.location.online ? 'Online' : null,
    event.location.text !== 'Online' ? event.location.text : null,
  ]
    .filter(Boolean)
    .join(': ');
  if (where) lines.push(`Where: ${where}`);
  for (const link of event.links) lines.push(`${link.kind[0]?.toUpperCase() ?? ''}${link.kind.slice(1)}: ${link.url}`);
  lines.push(`Page: ${record.page.originalUrl}`);
  if (record.page.archive) {
    const when = record.page.capturedAt ? `, captured ${formatCaptureTime(record.page.capturedAt)}` : '';
    lines.push(`Archived: ${record.page.url} (${record.page.archive.name}${when})`);
  }
  return lines.join('\n');
}
