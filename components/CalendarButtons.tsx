import type { CalendarActions } from '../utils/calendar/build-ics';

type Props = { actions: CalendarActions };

/** Add the event to a calendar: an .ics file (any calendar), Google Calendar, Outlook. */
export function CalendarButtons({ actions }: Props) {
  return (
    <nav class="calendar" aria-label="Add to calendar" data-testid="calendar-buttons">
      <a class="button" href={actions.icsHref} download={actions.icsFileName} data-testid="download-ics">
        Download .ics
      </a>
      <a
        class="button"
        href={actions.googleUrl}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="google-calendar"
      >
        Google Calendar
      </a>
      <a
        class="button"
        href={actions.outlookUrl}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="outlook-calendar"
      >
        Outlook
      </a>
    </nav>
  );
}
