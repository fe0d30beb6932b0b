/** Saved events as CSV (utils/common/csv.ts), one row per event, the main fields flattened. */
import { toEventExport } from '../calendar/event-export';
import { csvTable } from '../common/csv';
import type { EventRecord } from '../event-record';

const HEADER = [
  'title',
  'start_date',
  'start_time',
  'end_date',
  'end_time',
  'time_zone',
  'start_utc',
  'end_utc',
  'location',
  'online',
  'status',
  'registration',
  'page_url',
  'archived_url',
  'archive',
  'captured_at',
];

/** `seenIn`, when given, adds a `seen_in` column: the capture dates each event was seen in (batch mode). */
export function eventsCsv(records: readonly EventRecord[], seenIn?: readonly (readonly string[])[]): string {
  const rows = records.flatMap((record, index) => {
    const event = record.event;
    if (!event) return [];
    const timing = toEventExport(record)?.timing;
    const utc = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
    return [
      [
        event.title,
        event.start.date,
        event.start.time ?? '',
        event.end.date,
        event.end.time ?? '',
        event.timeZone.iana ?? '',
        timing?.kind === 'timed' ? utc(timing.startMs) : '',
        timing?.kind === 'timed' && timing.endGiven ? utc(timing.endMs) : '',
        event.location.text ?? '',
        event.location.online ? 'yes' : 'no',
        event.status,
        event.links.find((l) => l.kind === 'registration')?.url ?? '',
        record.page.originalUrl,
        record.page.archive ? record.page.url : '',
        record.page.archive?.name ?? '',
        record.page.capturedAt ?? '',
        ...(seenIn ? [(seenIn[index] ?? []).join(' ')] : []),
      ],
    ];
  });
  return csvTable(seenIn ? [...HEADER, 'seen_in'] : HEADER, rows);
}
