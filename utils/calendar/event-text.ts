/** The event as plain text, for "copy as text": what a person would paste into an e-mail or a note. */
import type { EventRecord } from '../event-record';
import type { Translate } from '../i18n/translate';
import { formatCaptureTime, formatEventTimes, type TimeFormatOptions } from '../time/format-event-time';

export function eventAsText(record: EventRecord, opts: TimeFormatOptions, t: Translate): string | null {
  const event = record.event;
  if (!event) return null;
  const times = formatEventTimes(event, opts);
  const lines = [event.title, times.dateText];
  for (const l of times.lines) lines.push(`${l.label}: ${l.text} (${l.offset})`);
  if (times.unplacedTimeText) lines.push(t('timeZoneUnknown', times.unplacedTimeText));
  if (event.status !== 'scheduled')
    lines.push(t('textStatus', event.status === 'postponed' ? t('statusPostponed') : t('statusCancelled')));
  const where = [
    event.location.mode ? t(`mode_${event.location.mode}`) : null,
    event.location.text !== 'Online' ? event.location.text : null,
  ]
    .filter(Boolean)
    .join(': ');
  if (where) lines.push(t('textWhere', where));
  for (const link of event.links) lines.push(`${t(`kind_${link.kind}`)}: ${link.url}`);
  lines.push(t('textPage', record.page.originalUrl));
  if (record.page.archive) {
    const { url } = record.page;
    const archive = record.page.archive.name;
    lines.push(
      record.page.capturedAt
        ? t('textArchivedAt', [url, archive, formatCaptureTime(record.page.capturedAt, opts.locale)])
        : t('textArchived', [url, archive]),
    );
  }
  return lines.join('\n');
}
