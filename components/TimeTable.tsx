import type { Translate } from '../utils/i18n/translate';
import type { TimeRow } from '../utils/time/format-event-time';

type Props = {
  t: Translate;
  times: { rows: readonly TimeRow[]; unplacedTimeText: string | null };
  /** Where the event's zone came from ("Europe/Paris, written as “CET” (stated on the page)"), beside the table. */
  zoneSource?: string | null;
};

/**
 * The event's time in its own zone, the reader's, UTC and any others chosen: one row per zone with its place,
 * the times there (never broken inside a time) and the offset valid on that date. The date is said once, above.
 */
export function TimeTable({ t, times, zoneSource }: Props) {
  if (times.rows.length === 0) {
    return (
      <p class="time-unplaced" data-testid="event-time">
        {times.unplacedTimeText ? t('timeZoneUnknown', times.unplacedTimeText) : t('allDay')}
      </p>
    );
  }
  return (
    <table class="times" data-testid="event-time">
      {zoneSource && (
        <caption class="zone-source" data-testid="zone-source">
          {zoneSource}
        </caption>
      )}
      <tbody>
        {times.rows.map((r) => (
          <tr key={`${r.kind}-${r.place}`} class={`zone-${r.kind}`} title={r.zone ?? undefined}>
            <th scope="row">{r.kind === 'reader' ? t('readerZone', r.place) : r.place}</th>
            <td class="clock">{r.clock}</td>
            <td class="offset">
              {r.offset}
              {r.dayChanged && <span class="day-change"> {t('anotherDay')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
