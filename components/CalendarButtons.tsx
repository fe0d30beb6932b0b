import type { CalendarLinks } from '../utils/calendar/calendar-links';
import type { Translate } from '../utils/i18n/translate';

type Props = { t: Translate; links: CalendarLinks; onDownloadIcs: () => void };

/** Add the event to a calendar: an .ics file (any calendar), Google Calendar, Outlook. */
export function CalendarButtons({ t, links, onDownloadIcs }: Props) {
  return (
    <nav class="calendar" aria-label={t('addToCalendar')} data-testid="calendar-buttons">
      <button type="button" class="button" onClick={onDownloadIcs} data-testid="download-ics">
        {t('downloadIcs')}
      </button>
      <a class="button" href={links.googleUrl} target="_blank" rel="noopener noreferrer" data-testid="google-calendar">
        Google Calendar
      </a>
      <a
        class="button"
        href={links.outlookUrl}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="outlook-calendar"
      >
        Outlook
      </a>
    </nav>
  );
}
