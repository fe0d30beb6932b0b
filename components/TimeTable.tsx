import type { Translate } from '../utils/i18n';
import type { EventTimes } from '../utils/time/format-event-time';

type Props = { t: Translate; times: EventTimes };

/** The event's time in its own zone, the reader's, and UTC; the offsets are the ones valid on that date. */
export function TimeTable({ t, times }: Props) {
  if (times.lines.length === 0) {
    return (
      <p class="time-unplaced" data-testid="event-time">
        {times.unplacedTimeText ? t('timeZoneUnknown', times.unplacedTimeText) : t('allDay')}
      </p>
    );
  }
  return (
    <table class="times" data-testid="event-time">
      <tbody>
        {times.lines.map((l) => (
          <tr key={l.label}>
            <th scope="row">{l.label}</th>
            <td>
              {l.text} <span class="offset">{l.offset}</span>
              {l.dayChanged && <span class="day-change"> {t('anotherDay')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
