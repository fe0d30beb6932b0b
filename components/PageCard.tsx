import type { CalendarLinks } from '../utils/calendar/calendar-links';
import type { EventDetails } from '../utils/event-record';
import { eventNotes } from '../utils/event-view/event-notes';
import { translateCount, type Translate } from '../utils/i18n/translate';
import { formatTimeRows, type TimeFormatOptions } from '../utils/time/format-event-time';
import { EventPlace } from './EventPlace';
import { ListingPicker, type ListingPickerProps } from './ListingPicker';
import { TimeTable } from './TimeTable';
import { WarningText } from './WarningText';

export type PageCardProps = {
  t: Translate;
  event: EventDetails;
  prefs: TimeFormatOptions;
  calendar: CalendarLinks | null;
  /** Other captures already known from an earlier look (never fetched for the card). */
  captureCount: number | null;
  /** A page that lists several events: which one the card (and the popup) are about. */
  listing: ListingPickerProps | null;
  collapsed: boolean;
  saved: boolean;
  onToggle: () => void;
  onAddToCalendar: () => void;
  onToggleSave: () => void;
  onDetails: () => void;
  onHideSite: () => void;
};

/**
 * The card Event Lens puts on a recognised event page, in its own shadow root: the same facts as the popup (how
 * one attends, the time in the reader's zone and the event's, what was assumed, the page's notes) and the same
 * calendar choices, as compact buttons.
 */
export function PageCard(p: PageCardProps) {
  const { t, event } = p;
  if (p.collapsed) {
    return (
      <aside class="card collapsed" aria-label={t('cardLabel')}>
        <button type="button" class="chip" onClick={p.onToggle} data-testid="card-expand">
          Event Lens · {t('cardExpand')}
        </button>
      </aside>
    );
  }
  const times = formatTimeRows(event, { ...p.prefs, extraZones: [] });
  const notes = eventNotes(event);
  return (
    <aside class="card" aria-label={t('cardLabel')} data-testid="page-card">
      <header>
        <span class="brand">Event Lens</span>
        <button
          type="button"
          class="icon"
          onClick={p.onToggle}
          aria-label={t('cardCollapse')}
          title={t('cardCollapse')}
        >
          –
        </button>
      </header>
      {p.listing && <ListingPicker t={t} id="card-listing" {...p.listing} />}
      <p class="title">{event.title}</p>
      <EventPlace t={t} event={event} />
      <p class="date">{times.dateText}</p>
      <TimeTable t={t} times={times} />
      <CardNotes t={t} notes={notes} locale={p.prefs.locale} />
      <CalendarChoices {...p} />
      <div class="actions">
        {p.saved && <span class="saved-state">✓ {t('savedState')}</span>}
        <button type="button" class="button small" onClick={p.onToggleSave} data-testid="card-save">
          {p.saved ? t('savedRemove') : t('saveEvent')}
        </button>
      </div>
      {p.captureCount !== null && <p class="quiet">{translateCount(t, 'cardCaptures', p.captureCount)}</p>}
      <p class="actions quiet">
        <button type="button" class="link" onClick={p.onDetails} data-testid="card-details">
          {t('cardDetails')}
        </button>
        <button type="button" class="link" onClick={p.onHideSite} data-testid="card-hide-site">
          {t('cardHideSite')}
        </button>
      </p>
    </aside>
  );
}

/** What was assumed and the page's notes, in the reader's language, each once. */
function CardNotes({ t, notes, locale }: { t: Translate; notes: ReturnType<typeof eventNotes>; locale: string }) {
  if (!notes.zoneAssumed && notes.warnings.length === 0) return null;
  return (
    <ul class="notes" data-testid="card-notes">
      {notes.zoneAssumed && (
        <li class="note-warn">
          {notes.zoneAssumed.zone ? t('zoneAssumed', notes.zoneAssumed.zone) : t('zoneUnknownAsWritten')}
        </li>
      )}
      {notes.warnings.map((w) => (
        <li key={w.text} data-code={w.code}>
          <WarningText t={t} warning={w} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** The popup's calendar choices, as compact buttons: the .ics file, Google Calendar, Outlook. */
function CalendarChoices(p: PageCardProps) {
  const { t } = p;
  return (
    <div class="actions" role="group" aria-label={t('addToCalendar')}>
      <button type="button" class="button small primary" onClick={p.onAddToCalendar} data-testid="card-ics">
        {t('downloadIcs')}
      </button>
      {p.calendar &&
        (
          [
            ['Google', p.calendar.googleUrl, 'card-google'],
            ['Outlook', p.calendar.outlookUrl, 'card-outlook'],
          ] as const
        ).map(([name, href, testId]) => (
          <a key={name} class="button small" href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
            {name}
          </a>
        ))}
    </div>
  );
}
